// Reads behind the observatory's public pages and index API: the current method version, the years it has results
// for, one year's results for all 345 municipalities (a municipality without a score row is still listed, with no
// score), one municipality across years, and the indicator values behind a score.
import { and, asc, desc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../core/db/client.js';
import { comunas, institutions, regions } from '../../../core/tenancy/schema.js';
import { observatoryAdoptionEvents } from '../adoption/schema.js';
import { observatoryValues } from '../indicators/schema.js';
import { observatoryScores as s, type Group } from '../index/schema.js';
import { findCurrentMethod, headlineYear, listScoredYears, type CurrentMethod } from '../index/queries.js';
import type { IndicatorDetail } from '../index/types.js';

export interface ScoreFilter { region?: string; peerGroup?: string }

export interface ScoreRow {
  cut: string;
  name: string;
  slug: string;
  regionCode: string;
  regionName: string;
  score: number | null;
  rank: number | null;
  group: Group | null;
  peerGroup: string | null;
  peerRank: number | null;
  pillars: Record<string, number | null>;
  coverage: number | null;
  scoreChange: number | null;
  rankChange: number | null;
}

const scoreFields = {
  cut: comunas.code, name: comunas.name, slug: institutions.slug, regionCode: regions.code, regionName: regions.name,
  score: s.score, rank: s.rank, group: s.group, peerGroup: s.peerGroup, peerRank: s.peerRank, pillars: s.pillars,
  coverage: s.coverage, scoreChange: s.scoreChange, rankChange: s.rankChange,
};

/**
 * Every municipality (institutions of kind municipality: 345, Antártica has none) with its result for this method
 * version and year, best rank first and those without a score last, by name.
 */
export async function listYearScores(db: DbOrTx, version: number, year: number, filter: ScoreFilter = {}): Promise<ScoreRow[]> {
  const rows = await db.select(scoreFields).from(institutions)
    .innerJoin(comunas, eq(comunas.code, institutions.cutCode))
    .innerJoin(regions, eq(regions.code, comunas.regionCode))
    .leftJoin(s, and(eq(s.cut, comunas.code), eq(s.methodVersion, version), eq(s.year, year)))
    .where(and(
      eq(institutions.kind, 'municipality'),
      filter.region ? eq(comunas.regionCode, filter.region) : undefined,
      filter.peerGroup ? eq(s.peerGroup, filter.peerGroup) : undefined,
    ))
    .orderBy(sql`${s.rank} asc nulls last`, asc(institutions.sortKey));
  return rows.map((r) => ({ ...r, pillars: r.pillars ?? {} }));
}

/** Per indicator, the details of every municipality of a peer group that year (for "what to improve first"). */
export async function listPeerDetails(db: DbOrTx, version: number, year: number, peerGroup: string): Promise<Array<Record<string, IndicatorDetail>>> {
  const rows = await db.select({ detail: s.detail }).from(s)
    .where(and(eq(s.methodVersion, version), eq(s.year, year), eq(s.peerGroup, peerGroup)));
  return rows.map((r) => r.detail);
}

export interface MunicipalityYear extends Omit<ScoreRow, 'cut' | 'name' | 'slug' | 'regionCode' | 'regionName'> {
  year: number;
  detail: Record<string, IndicatorDetail>;
  /** How many municipalities have a rank that year (the n of "rank r of n"). */
  ranked: number;
}

/** One municipality's results across years under this method version, earliest first. */
export async function listMunicipalityYears(db: DbOrTx, version: number, cut: string): Promise<MunicipalityYear[]> {
  const [rows, ranked] = await Promise.all([
    db.select({
      year: s.year, score: s.score, rank: s.rank, group: s.group, peerGroup: s.peerGroup, peerRank: s.peerRank, pillars: s.pillars,
      coverage: s.coverage, scoreChange: s.scoreChange, rankChange: s.rankChange, detail: s.detail,
    }).from(s).where(and(eq(s.methodVersion, version), eq(s.cut, cut))).orderBy(asc(s.year)),
    db.select({ year: s.year, n: sql<number>`count(*)::int` }).from(s)
      .where(and(eq(s.methodVersion, version), sql`${s.rank} is not null`)).groupBy(s.year),
  ]);
  const rankedIn = new Map(ranked.map((r) => [r.year, Number(r.n)]));
  return rows.map((r) => ({ ...r, ranked: rankedIn.get(r.year) ?? 0 }));
}

/** How many municipalities of a year and method have a rank (overall, or within a peer group). */
export async function countRanked(db: DbOrTx, version: number, year: number, peerGroup?: string): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(s)
    .where(and(eq(s.methodVersion, version), eq(s.year, year), sql`${s.rank} is not null`, peerGroup ? eq(s.peerGroup, peerGroup) : undefined));
  return Number(row?.n ?? 0);
}

export interface ValueRow { indicator: string; year: number; value: number; origin: string; source: string; provenance: Record<string, unknown> | null }

/**
 * The values of a municipality that a year's page shows: for each indicator the latest value up to that year (the
 * context figures are not measured every year), each with its source and provenance.
 */
export async function listMunicipalityValues(db: DbOrTx, cut: string, year: number): Promise<ValueRow[]> {
  const rows = await db.select({
    indicator: observatoryValues.indicator, year: observatoryValues.year, value: observatoryValues.value,
    origin: observatoryValues.origin, source: observatoryValues.source, provenance: observatoryValues.provenance,
  }).from(observatoryValues).where(and(eq(observatoryValues.cut, cut), lte(observatoryValues.year, year)))
    .orderBy(asc(observatoryValues.indicator), desc(observatoryValues.year));
  const latest = new Map<string, ValueRow>();
  for (const r of rows) if (!latest.has(r.indicator)) latest.set(r.indicator, r);
  return [...latest.values()];
}

export interface Place { cut: string; name: string; slug: string; regionCode: string; regionName: string }

/** A comuna that has a municipality (null for unknown codes and for 12202 Antártica). */
export async function findMunicipalityPlace(db: DbOrTx, cut: string): Promise<Place | null> {
  const [row] = await db.select({ cut: comunas.code, name: comunas.name, slug: institutions.slug, regionCode: regions.code, regionName: regions.name })
    .from(institutions).innerJoin(comunas, eq(comunas.code, institutions.cutCode)).innerJoin(regions, eq(regions.code, comunas.regionCode))
    .where(and(eq(institutions.kind, 'municipality'), eq(institutions.cutCode, cut)));
  return row ?? null;
}

export async function listRegions(db: DbOrTx): Promise<Array<{ code: string; name: string }>> {
  return db.select({ code: regions.code, name: regions.name }).from(regions).orderBy(asc(regions.code));
}

/** Whether the regional adoption tracker holds a record for these comunas (the municipality page links to it). */
export async function listTrackedCuts(db: DbOrTx, cuts: string[]): Promise<Set<string>> {
  if (cuts.length === 0) return new Set();
  const rows = await db.selectDistinct({ cut: observatoryAdoptionEvents.cut }).from(observatoryAdoptionEvents)
    .where(inArray(observatoryAdoptionEvents.cut, cuts));
  return new Set(rows.map((r) => r.cut));
}

export interface Results { method: CurrentMethod; years: number[]; year: number }

/**
 * The current method and the year a page or the API shows: the one asked for, or the latest with scores. Null when
 * the index has no results yet, or not for the year asked for.
 */
export async function findResults(db: DbOrTx, requested?: number): Promise<{ method: CurrentMethod | null; years: number[]; results: Results | null }> {
  const method = await findCurrentMethod(db);
  const counted = method ? await listScoredYears(db, method.version) : [];
  const years = counted.map((y) => y.year);
  const year = requested ?? headlineYear(counted);
  return { method, years, results: method && year !== undefined && years.includes(year) ? { method, years, year } : null };
}
