// Indicator figures as people read them, in the reader's language: grades with one decimal ("5,8" in es-CL), shares
// with one decimal and "%", pesos whole ("$1.234.567"), counts and durations with at most one decimal; a change as a
// signed figure (percentage points for a share) and, when the base is not zero, as a relative change.
import type { Locale, Translate } from '../../../../core/i18n/index.js';
import type { IndicatorUnit } from '../schema.js';
import type { Change } from '../series.js';

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) { f = new Intl.NumberFormat(locale, options); cache.set(key, f); }
  return f;
}

const OPTIONS: Record<IndicatorUnit, Intl.NumberFormatOptions> = {
  count: { maximumFractionDigits: 1 },
  percent: { minimumFractionDigits: 1, maximumFractionDigits: 1 },
  minutes: { maximumFractionDigits: 1 },
  hours: { maximumFractionDigits: 1 },
  days: { maximumFractionDigits: 1 },
  pesos: { maximumFractionDigits: 0 },
  grade_1_7: { minimumFractionDigits: 1, maximumFractionDigits: 1 },
};

/** The bare number, as the unit is shown (no unit word): for tables whose header names the unit. */
export const formatNumber = (locale: Locale, unit: IndicatorUnit, value: number) => numberFormat(locale, OPTIONS[unit]).format(value);

/** A value with its unit, never split across lines (a no-break space): "62,5 %", "$1.234.567", "5,8", "12 días". */
export function formatValue(t: Translate, locale: Locale, unit: IndicatorUnit, value: number): string {
  const n = formatNumber(locale, unit, value);
  if (unit === 'percent') return `${n}\u00a0%`;
  if (unit === 'pesos') return `$${n}`;
  if (unit === 'grade_1_7' || unit === 'count') return n;
  return `${n}\u00a0${t(`services.unit.${unit}`)}`;
}

/** "+3,5 pp" for a share, "−2 días (−14,3 %)" otherwise; a real minus sign, and the relative change when it exists. */
export function formatChange(t: Translate, locale: Locale, unit: IndicatorUnit, change: Change): string {
  const sign = (x: number) => (x > 0 ? '+' : x < 0 ? '−' : '±');
  const abs = formatNumber(locale, unit, Math.abs(change.delta));
  if (unit === 'percent') return t('services.impact.change.points', { delta: `${sign(change.delta)}${abs}` });
  const delta = `${sign(change.delta)}${unit === 'pesos' ? '$' : ''}${abs}`;
  if (change.ratio === null) return delta;
  return `${delta} (${sign(change.ratio)}${numberFormat(locale, { maximumFractionDigits: 1 }).format(Math.abs(change.ratio) * 100)}\u00a0%)`;
}

/** "octubre de 2026" / "October 2026" for 'YYYY-MM'. */
export function formatMonth(locale: Locale, month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return monthFormat(locale).format(new Date(Date.UTC(y, m - 1, 15)));
}
const monthFormats = new Map<Locale, Intl.DateTimeFormat>();
function monthFormat(locale: Locale): Intl.DateTimeFormat {
  let f = monthFormats.get(locale);
  if (!f) { f = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }); monthFormats.set(locale, f); }
  return f;
}

/** "oct 2026": table rows, short enough for a phone. */
export function formatMonthYear(locale: Locale, month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 15)));
}

/** "oct.", with the year for January and wherever the axis needs it (its ends): chart axis labels. */
export function formatShortMonth(locale: Locale, month: string, withYear = false): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 15))) + (withYear || m === 1 ? ` ${y}` : '');
}
