// Reads for the index: the current method version, the engine's input for a year (the 345 municipalities with their
// peer group, and the index indicators' values), and the years that have values.
import { and, asc, desc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../core/db/client.js';
import { comunas, institutions } from '../../../core/tenancy/schema.js';
import { observatoryMethods, observatoryScores, observatoryValues } from '../schema.js';
import { INDEX_INDICATORS } from '../indicators/catalogue.js';
import type { MethodSpec, PeerGroup } from './method.js';
import type { IndexInput, IndexUnit, Observation } from './types.js';

const INDEX_CODES = INDEX_INDICATORS.map((d) => d.code);
const POPULATION = 'context.population';
const RURAL_SHARE = 'context.rural_share';

export interface CurrentMethod { version: number; spec: MethodSpec; note: string; publishedAt: Date }

/** The latest published version (null before the index was first computed: recompute writes version 1). */
export async function findCurrentMethod(db: DbOrTx): Promise<CurrentMethod | null> {
  const [row] = await db.select({ version: observatoryMethods.version, spec: observatoryMethods.spec, note: observatoryMethods.note, publishedAt: observatoryMethods.publishedAt })
    .from(observatoryMethods).orderBy(desc(observatoryMethods.version)).limit(1);
  return row ?? null;
}

/** Years with at least one value of an index indicator, ascending. */
export async function listIndexYears(db: DbOrTx): Promise<number[]> {
  const rows = await db.selectDistinct({ year: observatoryValues.year }).from(observatoryValues)
    .where(inArray(observatoryValues.indicator, INDEX_CODES)).orderBy(asc(observatoryValues.year));
  return rows.map((r) => r.year);
}

/** Years with at least one score under this method version, latest first, with how many municipalities have one. */
export async function listScoredYears(db: DbOrTx, version: number): Promise<Array<{ year: number; scored: number }>> {
  const s = observatoryScores;
  return db.select({ year: s.year, scored: sql<number>`count(*)::int` }).from(s)
    .where(and(eq(s.methodVersion, version), sql`${s.score} is not null`)).groupBy(s.year).orderBy(desc(s.year));
}

/**
 * The year the pages show when none is asked for: the latest in which at least half as many municipalities have a
 * score as in the best-covered year. The newest year often rests on a few early figures (one region's adoption
 * tracker before the national data of that year is out), and a national map of 32 scores would read as the country's.
 */
export function headlineYear(years: ReadonlyArray<{ year: number; scored: number }>): number | undefined {
  const most = Math.max(0, ...years.map((y) => y.scored));
  return [...years].sort((a, b) => b.year - a.year).find((y) => y.scored * 2 >= most)?.year;
}

/**
 * Typology of municipalities (method.peerGroups; SINIM's context figures): large and medium by population; the
 * smaller ones rural or small urban by their rural share. Population and rural share are the year's SINIM values,
 * else the latest earlier ones; population then falls back to the nearest census in the reference data (2017 or 2024).
 * A rural share never reported counts as urban: the typology does not guess rurality.
 */
export function classifyPeerGroup(population: number | null, ruralShare: number | null, rule: MethodSpec['peerGroups']): PeerGroup {
  if (population !== null && population >= rule.large) return 'large';
  if (population !== null && population >= rule.medium) return 'medium';
  return ruralShare !== null && ruralShare >= rule.ruralShare ? 'rural' : 'small_urban';
}

/** The engine's input for `year`: every municipality, and the values of `year` and the `carryForwardYears` before. */
export async function loadIndexInput(db: DbOrTx, year: number, method: MethodSpec): Promise<IndexInput> {
  return (await loadIndexInputs(db, [year], method))[0]!;
}

/** The inputs of several years (ascending), read in three queries whatever their number: recomputing every year reads each value once. */
export async function loadIndexInputs(db: DbOrTx, years: number[], method: MethodSpec): Promise<IndexInput[]> {
  if (years.length === 0) return [];
  const first = Math.min(...years);
  const last = Math.max(...years);
  const municipalities = await db.select({ cut: comunas.code, name: comunas.name, regionCode: comunas.regionCode, population2017: comunas.population2017, population2024: comunas.population2024 })
    .from(institutions).innerJoin(comunas, eq(comunas.code, institutions.cutCode))
    .where(eq(institutions.kind, 'municipality')).orderBy(asc(comunas.code));
  const context = await db.select({ cut: observatoryValues.cut, indicator: observatoryValues.indicator, year: observatoryValues.year, value: observatoryValues.value })
    .from(observatoryValues)
    .where(and(inArray(observatoryValues.indicator, [POPULATION, RURAL_SHARE]), lte(observatoryValues.year, last)))
    .orderBy(asc(observatoryValues.year));
  const values = await db.select({ cut: observatoryValues.cut, indicator: observatoryValues.indicator, year: observatoryValues.year, value: observatoryValues.value })
    .from(observatoryValues)
    .where(and(inArray(observatoryValues.indicator, INDEX_CODES), lte(observatoryValues.year, last), gte(observatoryValues.year, first - method.carryForwardYears)));
  return years.map((year) => ({
    year,
    units: classifyUnits(municipalities, context.filter((c) => c.year <= year), year, method),
    observations: values.filter((v) => v.year <= year && v.year >= year - method.carryForwardYears),
  }));
}

interface Municipality { cut: string; name: string; regionCode: string; population2017: number | null; population2024: number | null }

function classifyUnits(municipalities: Municipality[], context: Observation[], year: number, method: MethodSpec): IndexUnit[] {
  // Ascending years: the last write per comuna is the year's value or the latest before it.
  const latest = new Map<string, number>();
  for (const c of context) latest.set(`${c.indicator}|${c.cut}`, c.value);
  return municipalities.map((m) => {
    const census = year >= 2021 ? m.population2024 ?? m.population2017 : m.population2017 ?? m.population2024;
    const population = latest.get(`${POPULATION}|${m.cut}`) ?? census ?? null;
    const ruralShare = latest.get(`${RURAL_SHARE}|${m.cut}`) ?? null;
    return { cut: m.cut, name: m.name, regionCode: m.regionCode, peerGroup: classifyPeerGroup(population, ruralShare, method.peerGroups) };
  });
}
