// The index engine's cost on a country-sized case: 345 municipalities × every index indicator (synthetic, seeded, ~20 %
// gaps, five years), side by side in one run:
//   · computeIndex (one year, the published method);
//   · computeSensitivity, 1,000 Monte-Carlo runs, with the matrices that do not depend on the weights computed once
//     per combination of choices;
//   · a naive baseline: each run a full computeIndex under its drawn method (imputation, treatment and normalisation
//     recomputed every run) — BENCH_NAIVE_RUNS runs (default 100), extrapolated to 1,000;
//   · recomputeIndex of the five years in one transaction (index + sensitivity + rows + audit), then again (replacing).
//   npx tsx bench/observatory-index.ts                                                     (PGlite)
//   bash .ci/with-postgres sh -c 'BENCH_DATABASE_URL=$PG_URL npx tsx bench/observatory-index.ts'
// Never part of the test suite.
import { asc, eq } from 'drizzle-orm';
import { createTestDatabase } from '../src/test-support/app.js';
import { comunas, institutions } from '../src/core/tenancy/schema.js';
import { SYSTEM_ACTOR } from '../src/core/auth/actor.js';
import { insertTestValues } from '../src/modules/observatory/test-support.js';
import { methodWith, syntheticInput } from '../src/modules/observatory/index/test-support.js';
import { computeIndex } from '../src/modules/observatory/index/engine/compute-index.js';
import { computeSensitivity } from '../src/modules/observatory/index/engine/sensitivity.js';
import { createRandom } from '../src/modules/observatory/index/engine/prng.js';
import { recomputeIndex } from '../src/modules/observatory/index/commands/recompute.js';
import { DEFAULT_METHOD } from '../src/modules/observatory/index/method.js';
import { PILLARS } from '../src/modules/observatory/pillars.js';
import { measure } from './measure.js';

const NAIVE_RUNS = Number(process.env.BENCH_NAIVE_RUNS ?? 100);
const input = syntheticInput(345, { seed: 2026, gaps: 0.2, years: 5 });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
/** Wall time and this process's CPU time (the machine is shared: the CPU time is the engine's own cost). */
const timed = async <T>(work: () => Promise<T>) => {
  const cpu = process.cpuUsage();
  const m = await measure(work);
  const used = process.cpuUsage(cpu);
  return { ...m, cpuMs: (used.user + used.system) / 1000 };
};
const time = async (times: number, work: () => unknown) => {
  const runs: Array<{ ms: number; cpuMs: number }> = [];
  for (let i = 0; i < times; i++) runs.push(await timed(async () => work()));
  return `${median(runs.map((r) => r.ms)).toFixed(1)} ms wall, ${median(runs.map((r) => r.cpuMs)).toFixed(1)} ms CPU (medians of ${times})`;
};
console.log(`${input.units.length} municipalities, ${input.observations.length} values over 5 years (synthetic, seeded, ~20 % gaps)`);
console.log(`computeIndex (one year):                ${await time(7, () => computeIndex(input, DEFAULT_METHOD))}`);
const runs = DEFAULT_METHOD.sensitivity.runs;
console.log(`computeSensitivity (${runs} runs):         ${await time(5, () => computeSensitivity(input, DEFAULT_METHOD))}`);

/** The naive way: every run draws its method and computes the whole index again. */
function naiveSensitivity(draws: number) {
  const s = DEFAULT_METHOD.sensitivity;
  const random = createRandom(s.seed);
  const pick = <T>(list: readonly T[]) => list[Math.min(list.length - 1, Math.floor(random() * list.length))]!;
  const ranks: Array<Array<number | null>> = [];
  for (let r = 0; r < draws; r++) {
    const pillarWeights = Object.fromEntries(PILLARS.map((p) => [p, (DEFAULT_METHOD.pillarWeights[p] ?? 1) * (1 - s.weightRange + 2 * s.weightRange * random())]));
    const method = methodWith({ pillarWeights, normalisation: pick(s.normalisations), missing: pick(s.imputations), aggregation: pick(s.aggregations) });
    ranks.push(computeIndex(input, method).units.map((u) => u.rank));
  }
  return ranks;
}
const naive = await timed(async () => naiveSensitivity(NAIVE_RUNS));
console.log(`naive baseline (${NAIVE_RUNS} runs):             ${naive.ms.toFixed(0)} ms wall, ${naive.cpuMs.toFixed(0)} ms CPU → ${((naive.cpuMs * runs) / NAIVE_RUNS).toFixed(0)} ms CPU for ${runs} runs (extrapolated)`);

const testDb = await createTestDatabase(process.env.BENCH_DATABASE_URL);
const db = testDb.database.db;
const cuts = (await db.select({ cut: comunas.code }).from(institutions).innerJoin(comunas, eq(comunas.code, institutions.cutCode))
  .where(eq(institutions.kind, 'municipality')).orderBy(asc(comunas.code))).map((r) => r.cut);
const rows = input.observations.map((o) => ({ ...o, cut: cuts[Number(o.cut) - 10000]! }));
for (let i = 0; i < rows.length; i += 2000) await insertTestValues(db, rows.slice(i, i + 2000));
const kind = process.env.BENCH_DATABASE_URL ? 'PostgreSQL' : 'PGlite';
for (const pass of ['first', 'again']) {
  const r = await timed(() => db.transaction((tx) => recomputeIndex(tx, 'all', SYSTEM_ACTOR)));
  console.log(`recomputeIndex, 5 years on ${kind} (${pass}): ${r.ms.toFixed(0)} ms wall, ${r.cpuMs.toFixed(0)} ms CPU (${(r.cpuMs / 5).toFixed(0)} ms CPU a year), peak RSS +${r.peakMb.toFixed(0)} MB`);
}
await testDb.drop();
