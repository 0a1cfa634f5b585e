// Facts inserted per second by `cabildo budget import` (commands/import-dataset.ts: one unnest() of column arrays per
// 50,000 facts), side by side with the alternative it was chosen over: drizzle multi-row VALUES in batches of 4,000
// (15 parameters a row, under PostgreSQL's 65,535). Both run in one transaction, technology flags included.
//   npx tsx bench/budget-import.ts                                   (embedded PGlite, in memory)
//   bash .ci/with-postgres sh -c 'TEST_DATABASE_URL=$PG_URL npx tsx bench/budget-import.ts'   (PostgreSQL)
// BENCH_FACTS (default 1,000,000) sets the size. Never part of the test suite. Target: ≥ 100,000 facts/s on PostgreSQL.
import { eq } from 'drizzle-orm';
import { createTestDatabase } from '../src/test-support/app.js';
import { findInstitution } from '../src/core/tenancy/queries.js';
import { importDataset } from '../src/modules/budget/commands/import-dataset.js';
import { budgetDatasets, budgetFacts, budgetTechnologyRules } from '../src/modules/budget/schema.js';
import { syntheticBudget } from '../src/modules/budget/synthetic.js';
import { technologyMatcher } from '../src/modules/budget/technology.js';

const FACTS = Number(process.env.BENCH_FACTS ?? 1_000_000);
const VALUES_BATCH = 4000;

async function main() {
  const testDb = await createTestDatabase();
  const { db, kind } = testDb.database;
  const institutionId = (await findInstitution(db, 'dipres'))!.id;
  const budget = syntheticBudget(FACTS);
  const input = { institutionId, year: 2017, format: 'dipres-ejecucion' as const, kind: 'ejecucion' as const, sourceNames: ['bench.csv'], checksum: '0'.repeat(64), budget };
  const rate = (ms: number) => Math.round(FACTS / (ms / 1000)).toLocaleString('en');

  const timed = async (fn: () => Promise<unknown>) => { const t0 = performance.now(); await fn(); return performance.now() - t0; };
  const unnest = await timed(() => db.transaction((tx) => importDataset(tx, { ...input, cube: 'bench-unnest' }, { id: null, label: 'bench' })));
  // Re-import of the same cube: the old million facts are deleted (cascade) in the same transaction.
  const reimport = await timed(() => db.transaction((tx) => importDataset(tx, { ...input, cube: 'bench-unnest' }, { id: null, label: 'bench' })));

  const values = await timed(() => db.transaction(async (tx) => {
    const rules = await tx.select({ code: budgetTechnologyRules.code }).from(budgetTechnologyRules).where(eq(budgetTechnologyRules.active, true));
    const isTechnology = technologyMatcher(rules);
    const [dataset] = await tx.insert(budgetDatasets).values({ ...input, cube: 'bench-values', factCount: FACTS }).returning({ id: budgetDatasets.id });
    for (let done = 0; done < FACTS; done += VALUES_BATCH) {
      await tx.insert(budgetFacts).values(budget.facts.slice(done, done + VALUES_BATCH).map(({ line: _line, ...f }) => ({
        ...f, datasetId: dataset.id, institutionId, tecnologia: isTechnology(f),
      })));
    }
  }));

  console.log(`${kind}, ${FACTS.toLocaleString('en')} facts`);
  console.log(`  unnest (kept):        ${(unnest / 1000).toFixed(1)} s  ${rate(unnest)} facts/s`);
  console.log(`  unnest, re-import:    ${(reimport / 1000).toFixed(1)} s  ${rate(reimport)} facts/s (incl. deleting the previous ones)`);
  console.log(`  multi-row VALUES:     ${(values / 1000).toFixed(1)} s  ${rate(values)} facts/s`);
  await testDb.drop();
}

await main();
