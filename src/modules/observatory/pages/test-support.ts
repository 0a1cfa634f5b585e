// Factories for the pages' tests: a method version and score rows written directly (the rows the engine's
// recomputeIndex writes), so a page test starts from the exact figures it asserts.
import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../core/db/client.js';
import { institutions } from '../../../core/tenancy/schema.js';
import { DEFAULT_METHOD, type MethodSpec } from '../index/method.js';
import { observatoryMethods, observatoryScores, type Group } from '../index/schema.js';
import { observatoryValues } from '../indicators/schema.js';
import type { IndicatorDetail } from '../index/types.js';
import { insertTestValues } from '../test-support.js';

export async function insertTestMethod(db: DbOrTx, version = 1, spec: MethodSpec = DEFAULT_METHOD): Promise<void> {
  await db.insert(observatoryMethods).values({ version, spec, note: `Versión ${version} (prueba)` });
}

export interface TestScore {
  cut: string;
  score: number | null;
  rank?: number | null;
  group?: Group | null;
  peerGroup?: string;
  peerRank?: number | null;
  pillars?: Record<string, number | null>;
  coverage?: number;
  detail?: Record<string, IndicatorDetail>;
  scoreChange?: number | null;
  rankChange?: number | null;
}

/** Score rows of one year; rank and group follow the score (DEFAULT_METHOD's bounds) unless given. */
export async function insertTestScores(db: DbOrTx, year: number, rows: TestScore[], version = 1): Promise<void> {
  const scored = rows.filter((r) => r.score !== null).map((r) => r.score!).sort((a, b) => b - a);
  const groupOf = (score: number): Group => (score >= 75 ? 'A' : score >= 50 ? 'B' : score >= 25 ? 'C' : 'D');
  await db.insert(observatoryScores).values(rows.map((r) => ({
    methodVersion: version, year, cut: r.cut, score: r.score,
    rank: r.rank !== undefined ? r.rank : r.score === null ? null : scored.indexOf(r.score) + 1,
    group: r.group !== undefined ? r.group : r.score === null ? null : groupOf(r.score),
    peerGroup: r.peerGroup ?? 'medium', peerRank: r.peerRank ?? null, pillars: r.pillars ?? {}, coverage: r.coverage ?? 1,
    detail: r.detail ?? {}, scoreChange: r.scoreChange ?? null, rankChange: r.rankChange ?? null,
  })));
}

/** Every municipality's CUT (345), for tests that fill a whole year. */
export async function listMunicipalityCuts(db: DbOrTx): Promise<string[]> {
  const rows = await db.select({ cut: institutions.cutCode }).from(institutions).where(eq(institutions.kind, 'municipality')).orderBy(asc(institutions.cutCode));
  return rows.map((r) => r.cut!);
}

/**
 * The pages' fixture, hand-computed: 2023 scores for five municipalities (Santiago 80, Las Condes 70,5, Temuco 62,3,
 * Valdivia 45, Carahue 20; Isla de Pascua with a row but no score), 2022 for two, and Temuco's values. Under
 * DEFAULT_METHOD (seven pillars, equal weights) procedures online weigh 1/7 · 1/2 and training spend 1/7 · 1/2.
 */
export async function insertPagesFixture(db: DbOrTx): Promise<void> {
  await insertTestMethod(db);
  const d = (normalised: number | null, imputed = false): IndicatorDetail => ({ raw: normalised, imputed, normalised });
  await insertTestScores(db, 2023, [
    { cut: '13101', score: 80, peerGroup: 'large', peerRank: 1, pillars: { platforms: 90, online_services: 85 },
      detail: { 'platforms.firmagob': d(100), 'online.procedures_online': d(90), 'capacities.training_spend': d(60) } },
    { cut: '13114', score: 70.5, peerGroup: 'large', peerRank: 2, detail: { 'online.procedures_online': d(70), 'capacities.training_spend': d(80) } },
    { cut: '09101', score: 62.3, peerGroup: 'large', peerRank: 3, coverage: 0.85, scoreChange: 1.5, rankChange: 2,
      pillars: { platforms: 80, online_services: 40, transparency: null, capacities: 55.55 },
      detail: { 'platforms.firmagob': d(100), 'online.procedures_online': d(20), 'capacities.training_spend': d(50, true) } },
    { cut: '14101', score: 45, peerGroup: 'medium', peerRank: 1 },
    { cut: '09102', score: 20, peerGroup: 'rural', peerRank: 1 },
    { cut: '05201', score: null, peerGroup: 'small_urban', coverage: 0 },
  ]);
  await insertTestScores(db, 2022, [
    { cut: '13101', score: 79, peerGroup: 'large' },
    { cut: '09101', score: 60.8, peerGroup: 'large' },
  ]);
  await insertTestValues(db, [
    { cut: '09101', year: 2023, indicator: 'platforms.firmagob', value: 3, origin: 'tracker', source: 'adoption-tracker' },
    { cut: '09101', year: 2023, indicator: 'online.procedures_online', value: 20, source: 'SINIM' },
    { cut: '09101', year: 2022, indicator: 'context.population', value: 282415, source: 'SINIM' },
  ]);
  await db.insert(observatoryValues).values({ cut: '09101', year: 2023, indicator: 'transparency.on_time_rate', value: 90, origin: 'computed',
    source: 'transparency', provenance: { answeredOnTime: 45, answered: 50 } });
}
