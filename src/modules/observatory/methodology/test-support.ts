// Factories for the methodology area's tests: five Araucanía municipalities whose ranking turns over when the
// capacities pillar weighs more (hand-computed below), and a stored Monte-Carlo run.
import type { DbOrTx } from '../../../core/db/client.js';
import { insertTestValues } from '../test-support.js';
import { observatoryMethods, observatorySensitivity } from '../schema.js';
import { DEFAULT_METHOD } from '../index/method.js';
import type { FactorEffect, UnitSensitivity } from '../index/types.js';

/**
 * Professionalisation (capacities) rises as the on-time rate (transparency) falls. Min–max, equal weights:
 * Angol 52.2, Lautaro 51.5, Padre Las Casas 50.7, Temuco 50.0, Victoria 50.0 → Angol first. Capacities weighing 5:
 * Victoria 83.3, Angol 67.4, Lautaro 50.5, Padre Las Casas 33.6, Temuco 16.7 → Victoria first (up 3).
 */
export const RANKING_FIXTURE = [
  { cut: '09101', name: 'Temuco', professionalisation: 10, onTime: 90 },
  { cut: '09112', name: 'Padre Las Casas', professionalisation: 30, onTime: 70 },
  { cut: '09108', name: 'Lautaro', professionalisation: 50, onTime: 50 },
  { cut: '09201', name: 'Angol', professionalisation: 70, onTime: 30 },
  { cut: '09211', name: 'Victoria', professionalisation: 90, onTime: 5 },
];

export async function insertRankingFixture(db: DbOrTx, year = 2023): Promise<void> {
  await insertTestValues(db, RANKING_FIXTURE.flatMap((m) => [
    { cut: m.cut, year, indicator: 'capacities.professionalisation', value: m.professionalisation, source: 'SINIM' },
    { cut: m.cut, year, indicator: 'transparency.on_time_rate', value: m.onTime, origin: 'computed' as const, source: 'transparency' },
  ]));
}

export const TEST_UNITS: UnitSensitivity[] = [
  { cut: '09101', rank: 1, medianRank: 1, low: 1, high: 2 },
  { cut: '09112', rank: 2, medianRank: 3, low: 1, high: 5 },
  { cut: '09108', rank: 3, medianRank: 2.5, low: 2, high: 4 },
  { cut: '09201', rank: null, medianRank: null, low: null, high: null },
];
export const TEST_FACTORS: FactorEffect[] = [
  { factor: 'normalisation', firstOrder: 0.05, meanAbsoluteShift: 0.4 },
  { factor: 'weight:capacities', firstOrder: 0.42, meanAbsoluteShift: 1.6 },
  { factor: 'aggregation', firstOrder: 0.1, meanAbsoluteShift: 0.5 },
];

/** Version 1 (the default) and a stored run for `year`, as the recompute would leave them. */
export async function insertTestSensitivity(db: DbOrTx, year = 2023): Promise<void> {
  await db.insert(observatoryMethods).values({ version: 1, spec: DEFAULT_METHOD, note: 'Método por defecto' }).onConflictDoNothing();
  await db.insert(observatorySensitivity).values({ methodVersion: 1, year, seed: 42, runs: 500, units: TEST_UNITS, factors: TEST_FACTORS });
}
