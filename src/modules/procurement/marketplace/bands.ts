// Lot-size bands of the open-calls filter, on the lot's fixed budget in integer pesos. The cuts follow who can bid,
// not round numbers: under 10 M sit quick purchases (compra ágil, capped at 100 UTM, about 7 M pesos in 2026) and the
// smallest tenders, the work a micro firm or a neighbourhood cooperative can take on alone; 10–50 M is the range of
// a small firm's yearly work (a micro firm sells at most 2,400 UF a year, about 95 M pesos, Ley 20.416 art. 2), so a
// lot there is a large but reachable contract for it; 50–200 M usually asks for a medium firm or a joint venture of
// small ones (uniones temporales de proveedores, Ley 19.886 art. 67 bis); above 200 M are the lots SMEs rarely win
// alone. A band is [min, max): a lot of exactly 10 M is in 10–50 M.
import { sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

const M = 1_000_000;
export const SIZE_BANDS = {
  'hasta-10m': [0, 10 * M],
  '10m-50m': [10 * M, 50 * M],
  '50m-200m': [50 * M, 200 * M],
  'sobre-200m': [200 * M, null],
} as const satisfies Record<string, readonly [number, number | null]>;
export type SizeBand = keyof typeof SIZE_BANDS;
export const SIZE_BAND_CODES = Object.keys(SIZE_BANDS) as SizeBand[];

/** The SQL condition that a budget column falls in a band. */
export function inBand(column: AnyPgColumn, band: SizeBand): SQL {
  const [min, max] = SIZE_BANDS[band];
  return max === null ? sql`${column} >= ${min}` : sql`${column} >= ${min} and ${column} < ${max}`;
}

