// Chilean calendar dates: 'YYYY-MM-DD' strings naming a day in America/Santiago. Legal deadlines count whole days
// (Ley 19.880 art. 25), so they are computed on dates, not instants; instants (stored in UTC, DESIGN.md convention 9)
// are turned into their Santiago date first, and a due date back into the last instant of that day.
import { fromSantiagoLocal, toSantiagoLocal } from '../i18n/santiago-time.js';

/** A day in America/Santiago, written 'YYYY-MM-DD'. */
export type CalendarDate = string;

const DAY_MS = 86_400_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for a valid date; throws RangeError otherwise (a bad date must not yield a wrong deadline). */
export function toDayNumber(date: CalendarDate): number {
  const m = DATE_PATTERN.exec(date);
  const day = m ? Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!) / DAY_MS : NaN;
  // Date.UTC rolls 2025-02-29 over to 1 March and month 13 to January: only a date that reads back the same is real.
  if (Number.isNaN(day) || fromDayNumber(day) !== date) throw new RangeError(`not a calendar date: ${date}`);
  return day;
}

export function fromDayNumber(day: number): CalendarDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function isWeekendDay(day: number): boolean {
  const w = weekdayOf(day);
  return w === 0 || w === 6;
}

/** The Santiago date of an instant: 2025-07-15T03:59Z is still the 14th in Chile (UTC-4 in winter). */
export function toSantiagoDate(instant: Date): CalendarDate {
  return toSantiagoLocal(instant).slice(0, 10);
}

/**
 * The last millisecond of a date in Santiago: a deadline "expires at the end of the day" (Ley 19.880 art. 25), so
 * anything stamped up to this instant is on time. Built from 23:59 because Chile switches its clocks at 24:00: 23:59
 * always exists while the next midnight may not; and when clocks go back (April), 23:00–23:59 happens twice, so the
 * second pass is the real end.
 */
export function endOfSantiagoDay(date: CalendarDate): Date {
  toDayNumber(date);
  const first = fromSantiagoLocal(`${date}T23:59`)!.getTime() + 59_999;
  const repeated = first + 3_600_000;
  return new Date(toSantiagoDate(new Date(repeated)) === date ? repeated : first);
}
