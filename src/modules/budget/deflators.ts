// Real terms: pesos of one year expressed as pesos of another, by chaining the yearly variations of the consumer price
// index (IPC, INE: change of a year's average over the previous year's) kept in budget_deflators.
//
// Pesos of year A become pesos of year B (B > A) multiplied by (1 + v/100) for every year after A up to B: 2016 pesos
// are 2017 pesos × 1.022 when 2017's variation is 2.2 %. Going back divides by the same chain. A missing year in between
// breaks the chain: the answer is then null (and `missing` names the years), never a silent guess.
//
// Variations are stored with two decimals (numeric(6,2)), so every link is an exact fraction (10000 + hundredths) / 10000
// and `convert` works in bigint rationals: a total of trillions of pesos moves between years without a float rounding
// it. `factor` is the same ratio as a float, for display and charts.
import type { DbOrTx } from '../../core/db/client.js';
import { budgetDeflators } from './schema.js';

export interface Deflators {
  /** The multiplier turning pesos of `from` into pesos of `to` (1 for the same year), or null when a year is missing. */
  factor(from: number, to: number): number | null;
  /** Whole pesos of `from` as whole pesos of `to`, exact and rounded half away from zero; null when a year is missing. */
  convert(amount: bigint, from: number, to: number): bigint | null;
  /** The years the chain from → to needs whose variation the table lacks; empty when it can be computed. */
  missing(from: number, to: number): number[];
}

/** "2.20", "-1.5", "11" (percent, at most two decimals) in hundredths of a percent; null when not such a number. */
export function variationHundredths(text: string): number | null {
  const m = /^(-)?(\d{1,4})(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!m) return null;
  const value = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  return m[1] ? -value : value;
}

/** A fall of 100 % or more would make prices zero or negative: no IPC variation can be that. */
export const MIN_VARIATION_HUNDREDTHS = -9999;
const SCALE = 10_000n;

/** The chain over the given rows (variation as stored: a decimal string in percent). */
export function deflatorsFrom(rows: readonly { year: number; variation: string }[]): Deflators {
  const links = new Map<number, bigint>();
  for (const { year, variation } of rows) {
    const hundredths = variationHundredths(variation);
    if (hundredths === null || hundredths < MIN_VARIATION_HUNDREDTHS) throw new Error(`deflator ${year}: not a percent variation above -100: "${variation}"`);
    links.set(year, SCALE + BigInt(hundredths));
  }
  const yearsBetween = (from: number, to: number) => {
    const years: number[] = [];
    for (let y = Math.min(from, to) + 1; y <= Math.max(from, to); y++) years.push(y);
    return years;
  };
  const missing = (from: number, to: number) => yearsBetween(from, to).filter((y) => !links.has(y));
  /** to/from as num/den with den > 0, or null. */
  const ratio = (from: number, to: number) => {
    if (missing(from, to).length > 0) return null;
    let up = 1n;
    let down = 1n;
    for (const y of yearsBetween(from, to)) {
      up *= links.get(y)!;
      down *= SCALE;
    }
    return to >= from ? { num: up, den: down } : { num: down, den: up };
  };
  return {
    missing,
    factor(from, to) {
      const r = ratio(from, to);
      return r && Number(r.num) / Number(r.den);
    },
    convert(amount, from, to) {
      const r = ratio(from, to);
      if (!r) return null;
      const scaled = amount * r.num;
      const magnitude = ((scaled < 0n ? -scaled : scaled) * 2n + r.den) / (2n * r.den);
      return scaled < 0n ? -magnitude : magnitude;
    },
  };
}

export async function loadDeflators(db: DbOrTx): Promise<Deflators> {
  return deflatorsFrom(await db.select({ year: budgetDeflators.year, variation: budgetDeflators.variation }).from(budgetDeflators));
}
