// Reads of the indicator values: what an import is checked against, the catalogue's coverage (how many municipalities
// have a value per indicator and year, so a reader sees how much of an index rests on imputation), and the values
// themselves by cursor, filtered, for the API and its CSV/JSON exports.
import { and, asc, eq, gt, isNotNull, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../../core/db/client.js';
import { toSantiagoDate } from '../../../core/calendar/index.js';
import { comunas, institutions } from '../../../core/tenancy/schema.js';
import { observatoryValues as v } from './schema.js';
import type { ParseContext } from './parsing.js';

/** The current calendar year in Chile (America/Santiago). */
export const currentYearInChile = (now = new Date()) => Number(toSantiagoDate(now).slice(0, 4));

export async function loadParseContext(db: DbOrTx, now = new Date()): Promise<ParseContext> {
  const [all, municipal] = await Promise.all([
    db.select({ code: comunas.code }).from(comunas),
    db.select({ cut: institutions.cutCode }).from(institutions).where(and(eq(institutions.kind, 'municipality'), isNotNull(institutions.cutCode))),
  ]);
  return { comunas: new Set(all.map((c) => c.code)), municipalities: new Set(municipal.map((m) => m.cut!)), currentYear: currentYearInChile(now) };
}

export interface Coverage { indicator: string; year: number; municipalities: number }

export function findCoverage(db: DbOrTx): Promise<Coverage[]> {
  return db.select({ indicator: v.indicator, year: v.year, municipalities: sql<number>`count(*)::int` })
    .from(v).groupBy(v.indicator, v.year).orderBy(asc(v.indicator), asc(v.year));
}

export interface ValueFilter { year?: number; indicator?: string; cut?: string; region?: string }
export type ValueKey = [number, string, string];

const filterOf = (f: ValueFilter): SQL | undefined => and(
  f.year === undefined ? undefined : eq(v.year, f.year),
  f.indicator === undefined ? undefined : eq(v.indicator, f.indicator),
  f.cut === undefined ? undefined : eq(v.cut, f.cut),
  f.region === undefined ? undefined : eq(comunas.regionCode, f.region),
);

/** A page of values in (year, cut, indicator) order, starting after `after`; `limit + 1` rows so the caller knows of a next page. */
export function findValues(db: DbOrTx, f: ValueFilter, after: ValueKey | null, limit: number) {
  const seek = after
    ? or(gt(v.year, after[0]), and(eq(v.year, after[0]), or(gt(v.cut, after[1]), and(eq(v.cut, after[1]), gt(v.indicator, after[2])))))
    : undefined;
  return db.select({
    cut: v.cut, name: comunas.name, region: comunas.regionCode, year: v.year, indicator: v.indicator, value: v.value,
    origin: v.origin, source: v.source, provenance: v.provenance, updatedAt: v.updatedAt,
  }).from(v).innerJoin(comunas, eq(comunas.code, v.cut)).where(and(filterOf(f), seek))
    .orderBy(asc(v.year), asc(v.cut), asc(v.indicator)).limit(limit + 1);
}
export type ValueRecord = Awaited<ReturnType<typeof findValues>>[number];

export const keyOfValue = (r: ValueRecord): ValueKey => [r.year, r.cut, r.indicator];

/** Every matching value, page by page: exports stream without holding the whole table. */
export async function* iterateValues(db: DbOrTx, f: ValueFilter, pageSize = 2000): AsyncGenerator<ValueRecord> {
  let after: ValueKey | null = null;
  for (;;) {
    const rows = await findValues(db, f, after, pageSize);
    yield* rows.slice(0, pageSize);
    if (rows.length <= pageSize) return;
    after = keyOfValue(rows[pageSize - 1]!);
  }
}
