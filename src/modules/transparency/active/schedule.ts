// When a category is out of date. Ley 20.285 art. 7 only says the information is kept "actualizada, al menos, una
// vez al mes"; the deadline within the month is not the law's: it is the Consejo para la Transparencia's Instrucción
// General N° 11 (sobre Transparencia Activa), which asks for each month's update within the first ten business days
// of the following month. Business days as Ley 19.880 art. 25 counts them, on the institution's own calendar (its
// regional and extra holidays), so the due day of month M's update is the 10th business day after M's last day.
import { addBusinessDays, type CalendarOptions, type CalendarDate } from '../../../core/calendar/index.js';
import { fromDayNumber, toDayNumber } from '../../../core/calendar/calendar-date.js';

export const UPDATE_BUSINESS_DAYS = 10;
/** Ley 20.285 came into force in April 2009, eight months after its publication: no update describes an earlier month. */
export const FIRST_PERIOD = '2009-04';
export const PERIOD_PATTERN = '^[0-9]{4}-(0[1-9]|1[0-2])$';

/** 'YYYY-MM' moved by n months. */
export function shiftPeriod(period: string, n: number): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The last day of the month a period names. */
const lastDayOf = (period: string): CalendarDate => fromDayNumber(toDayNumber(`${shiftPeriod(period, 1)}-01`) - 1);

/** The day by which the update describing `period` must be published: the 10th business day of the next month. */
export const updateDueOn = (period: string, calendar: CalendarOptions): CalendarDate =>
  addBusinessDays(lastDayOf(period), UPDATE_BUSINESS_DAYS, calendar).due;

/** The latest period whose update was due by `today` (a due day itself still gives the month before it). */
export function latestDuePeriod(today: CalendarDate, calendar: CalendarOptions): { period: string; dueOn: CalendarDate } {
  const previous = shiftPeriod(today.slice(0, 7), -1);
  const dueOn = updateDueOn(previous, calendar);
  if (today > dueOn) return { period: previous, dueOn };
  const before = shiftPeriod(previous, -1);
  return { period: before, dueOn: updateDueOn(before, calendar) };
}

export type UpdateStatus = { state: 'current' | 'missing' } | { state: 'late'; expected: string; dueOn: CalendarDate };

/** Whether a category whose newest period is `latest` (null: never published) is up to date on `today`. */
export function updateStatus(latest: string | null, today: CalendarDate, calendar: CalendarOptions): UpdateStatus {
  if (latest === null) return { state: 'missing' };
  const due = latestDuePeriod(today, calendar);
  return latest >= due.period ? { state: 'current' } : { state: 'late', expected: due.period, dueOn: due.dueOn };
}
