// Latency of the aggregate endpoint (GET /api/3/cubes/{cube}/aggregate, through app.inject) on one cube of generated
// transaction-level payments (synthetic.ts), side by side in one run with the plain GROUP BY over budget_facts that the
// rollups replace (aggregateCube with rollups: false). Targets: p95 ≤ 50 ms at 10 M facts on PostgreSQL, ≤ 300 ms at
// 1 M on PGlite. Also reports the generation and import time, the rollup build time and the tables' sizes.
//   npx tsx bench/budget-aggregate.ts                                                         (PGlite, 1 M facts)
//   bash .ci/with-postgres sh -c 'BENCH_DATABASE_URL=$PG_URL npx tsx bench/budget-aggregate.ts'   (then PostgreSQL, 10 M)
// BENCH_PGLITE_FACTS and BENCH_PG_FACTS set the sizes, BENCH_RUNS (default 30) the runs per query on the rollups, and
// BENCH_PLAIN_RUNS (default 5) on budget_facts, whose GROUP BY takes seconds a run. Never part of the test suite.
import { loadavg } from 'node:os';
import { sql } from 'drizzle-orm';
import { buildApp } from '../src/app.js';
import { queryRows } from '../src/core/db/client.js';
import { findInstitution } from '../src/core/tenancy/queries.js';
import { createTestDatabase, testConfig } from '../src/test-support/app.js';
import { importDataset } from '../src/modules/budget/commands/import-dataset.js';
import { findDataset } from '../src/modules/budget/queries.js';
import { parseAggregateQuery, type RawQuery } from '../src/modules/budget/babbage/grammar.js';
import { aggregateCube } from '../src/modules/budget/babbage/queries.js';
import { refreshBudgetRollups } from '../src/modules/budget/rollups.js';
import { syntheticPayments } from '../src/modules/budget/synthetic.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const PLAIN_RUNS = Number(process.env.BENCH_PLAIN_RUNS ?? 5);
const CUBE = 'bench-pagos';

/** The explorer's and API clients' typical requests; partida 07, capítulo 01, programa 01 exist at any size. */
const QUERIES: [string, RawQuery][] = [
  ['drilldown=partida', { drilldown: 'partida' }],
  ['partida|capitulo, cut partida:07', { drilldown: 'partida|capitulo', cut: 'partida:07' }],
  ['drilldown=subtitulo', { drilldown: 'subtitulo' }],
  ['drilldown=mes', { drilldown: 'mes' }],
  ['drilldown=tecnologia', { drilldown: 'tecnologia' }],
  ['tipo:gasto|tecnologia:true by partida', { drilldown: 'partida', cut: 'tipo:gasto|tecnologia:true' }],
  ['07.01.01 by subtitulo', { drilldown: 'subtitulo', cut: 'partida:07|capitulo:01|programa:01' }],
  ['programa|subtitulo, cut partida:07', { drilldown: 'programa|subtitulo', cut: 'partida:07' }],
  ['item|asignacion, cut subtitulo:22', { drilldown: 'item|asignacion', cut: 'subtitulo:22' }],
  ['07.01.01 by item|asignacion', { drilldown: 'item|asignacion', cut: 'partida:07|capitulo:01|programa:01' }],
  ['top 10 asignaciones by ejecutado', { drilldown: 'asignacion', order: 'ejecutado.sum:desc', pagesize: 10 }],
];

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function latencies(runs: number, fn: () => Promise<unknown>) {
  await fn(); // warms the caches and the plan, as a server that has answered once
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function benchDatabase(url: string | undefined, facts: number) {
  const testDb = await createTestDatabase(url);
  const { database } = testDb;
  const { db, kind } = database;
  const app = await buildApp(testConfig(), database, { logger: false });
  await app.ready();
  try {
    const institutionId = (await findInstitution(db, 'dipres'))!.id;
    const budget = syntheticPayments(facts);
    const t0 = performance.now();
    const { datasetId } = await db.transaction((tx) => importDataset(tx, {
      institutionId, cube: CUBE, year: budget.year, format: 'cabildo-csv', kind: 'ejecucion', sourceNames: ['synthetic'], checksum: '0'.repeat(64), budget,
    }, { id: null, label: 'bench' }));
    const imported = performance.now() - t0;
    const t1 = performance.now();
    await db.transaction((tx) => refreshBudgetRollups(tx, datasetId));
    const rebuilt = performance.now() - t1;
    // What autovacuum does soon after a big import: the plans below are those of a server in its steady state.
    await db.execute(sql`analyze budget_facts, budget_rollups, budget_labels`);

    const grains = await queryRows<{ grain: number; rows: number }>(db, sql`
      select grain, count(*)::int as rows from budget_rollups where dataset_id = ${datasetId} group by grain order by grain`);
    const [size] = await queryRows<{ facts: string; rollups: string }>(db, sql`
      select pg_size_pretty(pg_total_relation_size('budget_facts')) as facts, pg_size_pretty(pg_total_relation_size('budget_rollups')) as rollups`);
    console.log(`\n${kind}: ${facts.toLocaleString('en')} facts, ${budget.labels.length.toLocaleString('en')} labels (load ${loadavg()[0].toFixed(1)})`);
    console.log(`  generate + import (COPY, labels, rollups, totals, audit): ${seconds(imported)}, ${Math.round(facts / (imported / 1000)).toLocaleString('en')} facts/s`);
    console.log(`  rollup rebuild (refreshBudgetRollups): ${seconds(rebuilt)}; rows by grain ${grains.map((g) => `${g.grain}: ${g.rows.toLocaleString('en')}`).join(', ')}`);
    console.log(`  size: budget_facts ${size.facts}, budget_rollups ${size.rollups}`);
    console.log(`  ${'query'.padEnd(40)} ${'endpoint p50'.padStart(12)} ${'p95'.padStart(8)}   ${'GROUP BY facts p50'.padStart(18)} ${'p95'.padStart(8)}`);

    const dataset = (await findDataset(db, CUBE))!;
    for (const [name, raw] of QUERIES) {
      const params = new URLSearchParams(Object.entries(raw).map(([k, v]) => [k, String(v)]));
      const url = `/api/3/cubes/${CUBE}/aggregate?${params}`;
      const endpoint = await latencies(RUNS, async () => {
        const res = await app.inject({ method: 'GET', url });
        if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
      });
      const plain = await latencies(PLAIN_RUNS, () => aggregateCube(db, dataset, parseAggregateQuery(raw), { rollups: false }));
      const ms = (v: number) => `${v.toFixed(1)} ms`.padStart(10);
      console.log(`  ${name.padEnd(40)} ${ms(endpoint.p50)} ${ms(endpoint.p95)}   ${ms(plain.p50).padStart(18)} ${ms(plain.p95)}`);
    }
  } finally {
    await app.close();
    await testDb.drop();
  }
}

await benchDatabase(undefined, Number(process.env.BENCH_PGLITE_FACTS ?? 1_000_000));
if (process.env.BENCH_DATABASE_URL) await benchDatabase(process.env.BENCH_DATABASE_URL, Number(process.env.BENCH_PG_FACTS ?? 10_000_000));
