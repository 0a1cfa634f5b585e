// Amounts as Chileans read them: "$1.234.567" (es-CL: dot for thousands, no decimals for pesos) and "MM$1.235" for
// millions of pesos (the convention of DIPRES and municipal reports); English readers get "$1,234,567" and "$1,235M".
// Amounts are bigint pesos: Intl formats bigint exactly, so no figure passes through a float until it is a share.
import type { Locale } from '../../../core/i18n/index.js';

const integer = (locale: Locale) => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
const decimal = (locale: Locale, digits: number) => new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** "$1.234.567" / "-$1.234.567"; "US$" for dollar amounts. */
export function money(amount: bigint, locale: Locale, currency: 'CLP' | 'USD' = 'CLP'): string {
  const sign = amount < 0n ? '-' : '';
  const symbol = currency === 'USD' ? 'US$' : '$';
  return `${sign}${symbol}${integer(locale).format(amount < 0n ? -amount : amount)}`;
}

/** An amount, or a dash where the source gives none (the Ley has no executed figure). */
export const moneyOrDash = (amount: bigint | null, locale: Locale) => (amount === null ? '—' : money(amount, locale));

/**
 * Millions of pesos, rounded half away from zero: "MM$1.235" (es-CL), "$1,235M" (en), with one decimal below a hundred
 * millions ("MM$2,5") so small budgets keep their detail. Amounts under a million keep full pesos.
 */
export function millions(amount: bigint, locale: Locale): string {
  const abs = amount < 0n ? -amount : amount;
  if (abs < 1_000_000n) return money(amount, locale);
  const tenths = (abs + 50_000n) / 100_000n;
  const digits = tenths < 1000n ? decimal(locale, 1).format(Number(tenths) / 10) : integer(locale).format((abs + 500_000n) / 1_000_000n);
  const sign = amount < 0n ? '-' : '';
  return locale === 'en' ? `${sign}$${digits}M` : `${sign}MM$${digits}`;
}

/** part / whole as a percentage with one decimal ("12,5 %" / "12.5%"); null when the whole is zero. */
export function percent(part: bigint, whole: bigint, locale: Locale): string | null {
  if (whole === 0n) return null;
  // Tenths of a percent in integers, rounded half away from zero, then one decimal place.
  const tenths = (part * 2000n + (part >= 0n === whole > 0n ? whole : -whole)) / (2n * whole);
  const text = decimal(locale, 1).format(Number(tenths) / 10);
  return locale === 'en' ? `${text}%` : `${text} %`;
}

/** A share as a number 0–1 for drawing (never for showing: see percent). */
export const ratio = (part: bigint, whole: bigint) => (whole === 0n ? 0 : Number(part) / Number(whole));
