// Días hábiles administrativos. Ley 19.880 art. 25: "los plazos de días establecidos en esta ley son de días hábiles,
// entendiéndose que son inhábiles los días sábados, los domingos y los festivos", and they are counted "desde el día
// siguiente a aquél en que se notifique o publique el acto". Ley 20.285 art. 14 (20 días hábiles to answer an
// information request, 10 more on extension) and the oversight body's answer periods use this count.
//
// The rule implemented, on Santiago calendar dates:
// - the start day (submission or notification) never counts, whatever kind of day it is;
// - day 1 is the first business day after it, so a start on a Friday, Saturday or Sunday all give Monday as day 1;
// - the due date is the n-th business day, and the deadline runs to the end of that day (endOfSantiagoDay);
// - n = 0 gives the start day itself, with nothing skipped.
import { fromDayNumber, isWeekendDay, toDayNumber, type CalendarDate } from './calendar-date.js';
import { lookupHolidays, type CalendarOptions, type Holiday } from './holidays.js';

/** A day passed over while counting, and why; a holiday on a weekend is reported as the holiday (it says more). */
export type SkippedDay =
  | { date: CalendarDate; reason: 'weekend' }
  | { date: CalendarDate; reason: 'holiday'; name: string; law?: string };

/** A computed deadline with its provenance (DESIGN.md convention 3). */
export type Deadline = { start: CalendarDate; businessDays: number; due: CalendarDate; skipped: SkippedDay[] };

type HolidayOn = (date: CalendarDate) => Holiday | undefined;

const isInhabil = (day: number, holidayOn: HolidayOn) => isWeekendDay(day) || holidayOn(fromDayNumber(day)) !== undefined;

export function isBusinessDay(date: CalendarDate, opts: CalendarOptions = {}): boolean {
  return !isInhabil(toDayNumber(date), lookupHolidays(opts));
}

/** The n-th business day after `start` (Ley 19.880 art. 25), with the days skipped on the way. */
export function addBusinessDays(start: CalendarDate, n: number, opts: CalendarOptions = {}): Deadline {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`business days must be a whole number >= 0: ${n}`);
  const holidayOn = lookupHolidays(opts);
  const skipped: SkippedDay[] = [];
  let day = toDayNumber(start);
  for (let counted = 0; counted < n; ) {
    day += 1;
    const date = fromDayNumber(day);
    const holiday = holidayOn(date);
    if (holiday) skipped.push({ date, reason: 'holiday', name: holiday.name, ...(holiday.law ? { law: holiday.law } : {}) });
    else if (isWeekendDay(day)) skipped.push({ date, reason: 'weekend' });
    else counted += 1;
  }
  return { start, businessDays: n, due: fromDayNumber(day), skipped };
}

/**
 * Business days in (a, b]: those elapsed after `a` up to and including `b`, so that
 * businessDaysBetween(start, addBusinessDays(start, n).due) === n. Negative when b is before a.
 */
export function businessDaysBetween(a: CalendarDate, b: CalendarDate, opts: CalendarOptions = {}): number {
  const from = toDayNumber(a);
  const to = toDayNumber(b);
  if (to < from) return -businessDaysBetween(b, a, opts);
  const holidayOn = lookupHolidays(opts);
  let count = 0;
  for (let day = from + 1; day <= to; day++) if (!isInhabil(day, holidayOn)) count += 1;
  return count;
}
