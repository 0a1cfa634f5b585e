// The arithmetic of an indicator's monthly series, pure (no database, no clock): what the stats page, the API, the
// service page's headline and the reviews' evidence snapshot (snapshot.ts) all read, so they never disagree.
//
// Rules, each a decision the public pages state:
// - A month is 'YYYY-MM', a Santiago calendar month, never after the current one (a value for a month that has not
//   started is a typo or a forecast, and forecasts are what targets are for).
// - Gaps stay gaps: a month without a value is shown as missing, never interpolated nor zero-filled (a zero would
//   claim that nobody used the service; a straight line would claim figures nobody measured).
// - Targets are a trajectory: the target applying at a month is the first target at or after it (the next milestone
//   the team is heading for), so a January value is read against the June target until June has passed.
// - A target is judged on the value of its own month only: an earlier value would credit the team for a month it did
//   not report, and a gap is not evidence either way ('no_data'). A target with no value yet whose month is the
//   current one or later is 'pending'. 'down' indicators (days to get a permit) meet their target at or below it.
// - Yearly figures: counts add up over the months (procedures in a year); every other unit (a share, a grade, days per
//   procedure, pesos per procedure, minutes per visit) is a rate or an average per case, so its months are averaged.
//   Both say how many months carried a value, so a total over 9 of 12 months is not read as a full year.
import type { Direction, IndicatorUnit } from './schema.js';

export interface MonthValue { month: string; value: number }
export interface SeriesPoint { month: string; value: number | null }

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export const isMonth = (text: string) => MONTH.test(text);

/** The month `n` months after (or before, n < 0) `month`. */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + n;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Every month from `from` to `to`, both included (empty when from > to). */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) out.push(m);
  return out;
}

/** Why a month is refused, or null: not 'YYYY-MM' with a real month, or after the current Santiago month. */
export function monthProblem(month: string, currentMonth: string): 'month' | 'future' | null {
  if (!isMonth(month)) return 'month';
  return month > currentMonth ? 'future' : null;
}

export type ValueProblem = 'not_finite' | 'negative' | 'percent' | 'grade' | 'pesos';

/**
 * Why a value is refused for a unit, or null. Every unit is a quantity that cannot be negative; a share is 0–100; a
 * grade is on the Chilean school scale, 1.0 to 7.0; pesos are whole (DESIGN.md: money is integer pesos).
 */
export function valueProblem(unit: IndicatorUnit, value: number): ValueProblem | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'not_finite';
  if (unit === 'grade_1_7') return value >= 1 && value <= 7 ? null : 'grade';
  if (value < 0) return 'negative';
  if (unit === 'percent' && value > 100) return 'percent';
  if (unit === 'pesos' && !Number.isInteger(value)) return 'pesos';
  return null;
}

/** One point per month from `from` to `to`; months without a value are null (a gap, shown as one). */
export function buildSeries(values: readonly MonthValue[], from: string, to: string): SeriesPoint[] {
  const byMonth = new Map(values.map((v) => [v.month, v.value]));
  return monthsBetween(from, to).map((month) => ({ month, value: byMonth.get(month) ?? null }));
}

/** The span a series is drawn over: its first to its last month with a value or a target; null when it has neither. */
export function seriesSpan(values: readonly MonthValue[], targets: readonly MonthValue[]): { from: string; to: string } | null {
  const months = [...values, ...targets].map((v) => v.month).sort();
  return months.length === 0 ? null : { from: months[0]!, to: months.at(-1)! };
}

/** The target applying at `month`: the first one at or after it (targets sorted or not); null past the last target. */
export function targetAt(targets: readonly MonthValue[], month: string): MonthValue | null {
  let best: MonthValue | null = null;
  for (const t of targets) if (t.month >= month && (!best || t.month < best.month)) best = t;
  return best;
}

export const meetsTarget = (direction: Direction, value: number, target: number) => (direction === 'down' ? value <= target : value >= target);

export type TargetOutcome = 'met' | 'missed' | 'no_data' | 'pending';
export interface JudgedTarget extends MonthValue { outcome: TargetOutcome; actual: number | null }

/** Each target (oldest first) judged on its own month's value, as of `currentMonth`. */
export function judgeTargets(values: readonly MonthValue[], targets: readonly MonthValue[], direction: Direction, currentMonth: string): JudgedTarget[] {
  const byMonth = new Map(values.map((v) => [v.month, v.value]));
  return [...targets].sort((a, b) => a.month.localeCompare(b.month)).map((t) => {
    const actual = byMonth.get(t.month) ?? null;
    const outcome: TargetOutcome = actual !== null ? (meetsTarget(direction, actual, t.value) ? 'met' : 'missed')
      : t.month >= currentMonth ? 'pending' : 'no_data';
    return { ...t, actual, outcome };
  });
}

export interface Change { from: number; delta: number; ratio: number | null }
export interface Headline { month: string; value: number; previousMonth: Change | null; previousYear: Change | null }

const changeFrom = (base: number | undefined, value: number): Change | null =>
  base === undefined ? null : { from: base, delta: value - base, ratio: base === 0 ? null : (value - base) / base };

/**
 * The latest value up to `asOf` (all values when omitted) and its change against the month before and the same month a
 * year before, each only when that very month has a value (a gap is not replaced by an older value); null if none.
 */
export function headlineOf(values: readonly MonthValue[], asOf?: string): Headline | null {
  let latest: MonthValue | null = null;
  for (const v of values) if ((!asOf || v.month <= asOf) && (!latest || v.month > latest.month)) latest = v;
  if (!latest) return null;
  const byMonth = new Map(values.map((v) => [v.month, v.value]));
  return {
    month: latest.month, value: latest.value,
    previousMonth: changeFrom(byMonth.get(addMonths(latest.month, -1)), latest.value),
    previousYear: changeFrom(byMonth.get(addMonths(latest.month, -12)), latest.value),
  };
}

export interface YearFigure { year: number; kind: 'sum' | 'mean'; value: number; months: number }

/** Units whose monthly values add up to a yearly total; the rest are averaged. */
export const ADDITIVE_UNITS: ReadonlySet<IndicatorUnit> = new Set(['count']);

/** Each calendar year with values: their sum (counts) or mean (every other unit), and how many months had one. */
export function summarizeYears(unit: IndicatorUnit, values: readonly MonthValue[]): YearFigure[] {
  const byYear = new Map<number, number[]>();
  for (const v of values) {
    const year = Number(v.month.slice(0, 4));
    byYear.set(year, [...(byYear.get(year) ?? []), v.value]);
  }
  const kind = ADDITIVE_UNITS.has(unit) ? 'sum' : 'mean';
  return [...byYear.entries()].sort((a, b) => a[0] - b[0]).map(([year, list]) => {
    const sum = list.reduce((a, b) => a + b, 0);
    return { year, kind, value: kind === 'sum' ? sum : sum / list.length, months: list.length };
  });
}
