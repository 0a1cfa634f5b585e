// When a service's next milestone review falls due (issue 10 point 3: "milestones every six months"). beta.gouv.fr
// holds a "comité d'investissement" for each startup d'État every six months, where the team shows what it learnt and
// measured and the committee decides to go on, change course or stop; the issue asks for the same rhythm.
//
// The rule, on Santiago calendar dates, pure (the caller passes the incubator host's calendar and today):
// - while the current phase is an incubation phase (phases.ts INCUBATION_PHASES) a review is due; a service that was
//   transferred, is operated for good or has ended (transferido, operado, final phases) has none;
// - it falls six calendar months after the last review's heldOn, or after the start of the service's first phase
//   when it was never reviewed: the same day of the month, clamped to the month's last day (31 August → 28 February,
//   29 in a leap year), since "six months" means the calendar months, not 182 days;
// - a committee cannot sit on a day the host institution is closed, so a due date on a weekend or feriado (national,
//   regional by the host's territory, or the host's own extra holidays — core/calendar) moves to the next business
//   day (Ley 19.880 art. 25 calls those days inhábiles), and the days passed over are kept as the date's provenance;
// - a review is overdue when today (Santiago) is after its due date.
import type { CalendarDate, CalendarOptions } from '../../../core/calendar/index.js';
import { fromDayNumber, isWeekendDay, toDayNumber } from '../../../core/calendar/calendar-date.js';
import { lookupHolidays } from '../../../core/calendar/holidays.js';
import { currentPhase, isIncubationPhase, type DatedPhase, type Phase } from '../phases.js';

/** Six calendar months between milestone reviews (beta.gouv.fr's comités d'investissement; issue 10 point 3). */
export const REVIEW_INTERVAL_MONTHS = 6;

/** A day passed over on the way to the next business day, and why. */
export type MovedDay = { date: CalendarDate; reason: 'weekend' } | { date: CalendarDate; reason: 'holiday'; name: string };

export type ReviewSchedule =
  | {
    due: true;
    /** What the six months run from: the last review or the first phase's start, and that date. */
    from: 'review' | 'start'; fromDate: CalendarDate;
    /** Six months after fromDate (clamped), before moving off inhábil days. */
    nominalOn: CalendarDate;
    dueOn: CalendarDate;
    moved: MovedDay[];
    phase: Phase;
  }
  | { due: false; reason: 'no_phases' } | { due: false; reason: 'not_incubating'; phase: Phase };

/** `date` plus `months` calendar months, the day clamped to the target month's last day (2026-08-31 + 6 → 2027-02-28). */
export function addCalendarMonths(date: CalendarDate, months: number): CalendarDate {
  toDayNumber(date);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/** `date` itself when it is a business day on `calendar`, else the next one, with the days passed over. */
export function findNextBusinessDay(date: CalendarDate, calendar: CalendarOptions = {}): { date: CalendarDate; moved: MovedDay[] } {
  const holidayOn = lookupHolidays(calendar);
  const moved: MovedDay[] = [];
  for (let day = toDayNumber(date); ; day++) {
    const current = fromDayNumber(day);
    // A holiday on a weekend is reported as the holiday, as core/calendar's deadlines do: it says more.
    const holiday = holidayOn(current);
    if (holiday) moved.push({ date: current, reason: 'holiday', name: holiday.name });
    else if (isWeekendDay(day)) moved.push({ date: current, reason: 'weekend' });
    else return { date: current, moved };
  }
}

export interface ScheduleInput {
  phases: readonly DatedPhase[];
  /** heldOn of the service's latest review, or null when it has none. */
  lastHeldOn: CalendarDate | null;
  /** The incubator host institution's calendar (core/calendar findInstitutionCalendar). */
  calendar: CalendarOptions;
}

/** The service's next milestone review, or why it has none. */
export function scheduleNextReview({ phases, lastHeldOn, calendar }: ScheduleInput): ReviewSchedule {
  const current = currentPhase(phases);
  if (!current) return { due: false, reason: 'no_phases' };
  if (!isIncubationPhase(current.phase)) return { due: false, reason: 'not_incubating', phase: current.phase };
  const firstStart = phases.reduce((min, p) => (p.startedOn < min ? p.startedOn : min), current.startedOn);
  const from = lastHeldOn ? 'review' : 'start';
  const fromDate = lastHeldOn ?? firstStart;
  const nominalOn = addCalendarMonths(fromDate, REVIEW_INTERVAL_MONTHS);
  const next = findNextBusinessDay(nominalOn, calendar);
  return { due: true, from, fromDate, nominalOn, dueOn: next.date, moved: next.moved, phase: current.phase };
}

/** Overdue: today (Santiago) is after the due date; on the due date itself the review is still on time. */
export const isReviewOverdue = (schedule: ReviewSchedule, today: CalendarDate) => schedule.due && today > schedule.dueOn;
