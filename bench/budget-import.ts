// Import throughput of `cabildo budget import`, parse and insert measured apart, for the real Ley de Presupuestos 2017
// (dipres-ley) and a generated bulk file in cabildo-csv (BENCH_CSV_ROWS rows, default 1,000,000, one fact each).
// Inserts side by side in one run: COPY (copy-rows.ts, copyFacts) and the unnest() of one array per column it replaced
// (kept here as the reference), then COPY with the rollups summed as the facts stream (rollups.ts), as the import does.
// Each runs in a transaction rolled back afterwards. "import" is the whole command (COPY of facts and labels, rollups,
// totals, audit) committed, as the CLI runs it: a first one, which pays for cold caches (V8 compiling the code, a new
// connection's catalog caches: most of a small file's time), another, and a re-import that replaces the first.
//   npx tsx bench/budget-import.ts                                                   (PGlite, in memory)
//   bash .ci/with-postgres sh -c 'BENCH_DATABASE_URL=$PG_URL npx tsx bench/budget-import.ts'   (then PostgreSQL)
// Never part of the test suite. Target: ≥ 100,000 rows/s on PostgreSQL.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { eq, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../src/core/db/client.js';
import { createTestDatabase } from '../src/test-support/app.js';
import { findInstitution } from '../src/core/tenancy/queries.js';
import { importDataset } from '../src/modules/budget/commands/import-dataset.js';
import { copyFacts } from '../src/modules/budget/copy-rows.js';
import { parseCabildoCsv } from '../src/modules/budget/import/cabildo-csv.js';
import { parseDipresLey } from '../src/modules/budget/import/dipres-ley.js';
import type { BudgetFact, ParsedBudget, ParseResult } from '../src/modules/budget/import/types.js';
import { RollupBuilder, refreshBudgetRollups } from '../src/modules/budget/rollups.js';
import { budgetDatasets, budgetFacts, budgetRollups, budgetTechnologyRules } from '../src/modules/budget/schema.js';
import { technologyMatcher, type TechnologyMatcher } from '../src/modules/budget/technology.js';

const LEY_2017 = fileURLToPath(new URL('../../shared/data/budget/ley/2017.csv', import.meta.url));
const CSV_ROWS = Number(process.env.BENCH_CSV_ROWS ?? 1_000_000);

/** Rows of distinct gasto asignaciones, 215.<21–35>.<01–99>.<001–999>, with amounts spread over six orders. */
function syntheticCsv(rows: number): Uint8Array {
  if (rows > 15 * 99 * 999) throw new Error('at most 1,483,515 distinct asignaciones');
  const lines = ['codigo,denominacion,inicial,vigente'];
  for (let i = 0; i < rows; i++) {
    const asignacion = String(1 + (i % 999)).padStart(3, '0');
    const item = String(1 + (Math.floor(i / 999) % 99)).padStart(2, '0');
    const subtitulo = 21 + Math.floor(i / (999 * 99));
    const inicial = (i * 7_919) % 1_000_000_000;
    lines.push(`215.${subtitulo}.${item}.${asignacion},Asignación ${i},${inicial},${inicial + (i % 1000)}`);
  }
  return new TextEncoder().encode(`${lines.join('\n')}\n`);
}

const timed = async <T>(fn: () => Promise<T> | T) => {
  const t0 = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - t0 };
};

function parsed(result: ParseResult): ParsedBudget {
  if (!result.ok) throw new Error(`did not parse: ${JSON.stringify(result.problems.slice(0, 3))}`);
  return result.budget;
}

const INPUTS = [
  { name: 'Ley 2017 (dipres-ley)', cube: 'bench-ley', format: 'dipres-ley' as const, kind: 'ley' as const,
    parse: () => parsed(parseDipresLey(readFileSync(LEY_2017), { year: 2017 })) },
  { name: `synthetic cabildo-csv, ${CSV_ROWS.toLocaleString('en')} rows`, cube: 'bench-csv', format: 'cabildo-csv' as const, kind: 'ejecucion' as const,
    parse: () => parsed(parseCabildoCsv(syntheticCsv(CSV_ROWS), { year: 2017 })) },
];

/** The insert COPY replaced: one unnest() of 13 array literals (one text parameter each) per 50,000 facts. */
async function unnestFacts(tx: Tx, datasetId: number, institutionId: number, facts: BudgetFact[], isTechnology: TechnologyMatcher) {
  for (let done = 0; done < facts.length; done += 50_000) {
    const c = arrayLiterals(facts.slice(done, done + 50_000), isTechnology);
    await tx.execute(sql`
      insert into ${budgetFacts} (dataset_id, institution_id, partida, capitulo, programa, subtitulo, item, asignacion,
        tipo, moneda, mes, inicial, vigente, ejecutado, tecnologia)
      select ${datasetId}::int, ${institutionId}::int, * from unnest(
        ${c.partida}::text[], ${c.capitulo}::text[], ${c.programa}::text[], ${c.subtitulo}::text[], ${c.item}::text[],
        ${c.asignacion}::text[], ${c.tipo}::text[], ${c.moneda}::text[], ${c.mes}::smallint[], ${c.inicial}::bigint[],
        ${c.vigente}::bigint[], ${c.ejecutado}::bigint[], ${c.tecnologia}::boolean[])`);
  }
}

const TEXT_COLUMNS = ['partida', 'capitulo', 'programa', 'subtitulo', 'item', 'asignacion', 'tipo', 'moneda'] as const;
const NUMBER_COLUMNS = ['mes', 'inicial', 'vigente', 'ejecutado'] as const;
type Column = (typeof TEXT_COLUMNS)[number] | (typeof NUMBER_COLUMNS)[number] | 'tecnologia';

function arrayLiterals(facts: BudgetFact[], isTechnology: TechnologyMatcher): Record<Column, string> {
  const out = { tecnologia: '{' } as Record<Column, string>;
  for (const k of [...TEXT_COLUMNS, ...NUMBER_COLUMNS]) out[k] = '{';
  facts.forEach((f, i) => {
    const sep = i === 0 ? '' : ',';
    for (const k of TEXT_COLUMNS) out[k] += `${sep}"${f[k].replace(/["\\]/g, '\\$&')}"`;
    for (const k of NUMBER_COLUMNS) out[k] += sep + (f[k] ?? 'NULL');
    out.tecnologia += sep + (isTechnology(f) ? 't' : 'f');
  });
  for (const k of Object.keys(out) as Column[]) out[k] += '}';
  return out;
}

class Rollback extends Error {}

async function benchDatabase(url: string | undefined, budgets: { input: (typeof INPUTS)[number]; budget: ParsedBudget }[]) {
  const testDb = await createTestDatabase(url);
  const { db, kind } = testDb.database;
  const institutionId = (await findInstitution(db, 'dipres'))!.id;
  const rules = await db.select({ code: budgetTechnologyRules.code }).from(budgetTechnologyRules).where(eq(budgetTechnologyRules.active, true));
  const isTechnology = technologyMatcher(rules);
  const actor = { id: null, label: 'bench' };

  /** Runs `insert` on a fresh dataset row in a transaction that is then rolled back; the insert's time. */
  const rolledBack = async (input: (typeof INPUTS)[number], insert: (tx: Tx, datasetId: number) => Promise<void>) => {
    let ms = 0;
    await db.transaction(async (tx) => {
      const [dataset] = await tx.insert(budgetDatasets).values({ institutionId, cube: `${input.cube}-scratch`, year: 2017, format: input.format,
        kind: input.kind, sourceNames: ['bench'], checksum: '0'.repeat(64), factCount: 0 }).returning({ id: budgetDatasets.id });
      ms = (await timed(() => insert(tx, dataset.id))).ms;
      throw new Rollback();
    }).catch((err) => { if (!(err instanceof Rollback)) throw err; });
    return ms;
  };

  for (const { input, budget } of budgets) {
    const n = budget.facts.length;
    const rate = (ms: number) => `${(ms / 1000).toFixed(2).padStart(6)} s  ${Math.round(n / (ms / 1000)).toLocaleString('en').padStart(9)} rows/s`;
    const importInput = { institutionId, cube: input.cube, year: 2017, format: input.format, kind: input.kind, sourceNames: ['bench'], checksum: '0'.repeat(64), budget };
    const first = await timed(() => db.transaction((tx) => importDataset(tx, importInput, actor)));
    const again = await timed(() => db.transaction((tx) => importDataset(tx, { ...importInput, cube: `${input.cube}-again` }, actor)));
    const reimported = await timed(() => db.transaction((tx) => importDataset(tx, importInput, actor)));
    const copy = await rolledBack(input, (tx, id) => copyFacts(tx, { datasetId: id, institutionId }, budget.facts, isTechnology));
    const unnest = await rolledBack(input, (tx, id) => unnestFacts(tx, id, institutionId, budget.facts, isTechnology));
    const withRollups = await rolledBack(input, async (tx, id) => {
      const rollups = new RollupBuilder(n);
      await copyFacts(tx, { datasetId: id, institutionId }, budget.facts, isTechnology, { onFact: (fields, f) => rollups.add(fields, f) });
      await rollups.write(tx, { datasetId: id, institutionId });
    });
    const refresh = await timed(() => db.transaction((tx) => refreshBudgetRollups(tx, reimported.value.datasetId)));
    const grains = await queryRows<{ grain: number; rows: number }>(db, sql`select grain, count(*)::int as rows from ${budgetRollups}
      where dataset_id = ${reimported.value.datasetId} group by grain order by grain`);
    console.log(`${kind}, ${input.name}: ${n.toLocaleString('en')} facts`);
    console.log(`  insert, COPY (kept)              ${rate(copy)}`);
    console.log(`  insert, unnest (before)          ${rate(unnest)}`);
    console.log(`  insert + rollups, COPY           ${rate(withRollups)}  (rollups summed as the facts stream)`);
    const built = grains.map((g) => `${g.grain}: ${g.rows.toLocaleString('en')}`).join(', ');
    console.log(`  rollups rebuilt from the facts   ${built ? `${rate(refresh.ms)}  (refreshBudgetRollups; rows by grain ${built})` : 'none (too few facts to need them)'}`);
    console.log(`  import, first                    ${rate(first.ms)}  (cold caches)`);
    console.log(`  import, again                    ${rate(again.ms)}  (another cube)`);
    console.log(`  re-import (replaces the first)   ${rate(reimported.ms)}`);
  }
  await testDb.drop();
}

async function main() {
  const budgets = [];
  for (const input of INPUTS) {
    const { value: budget, ms } = await timed(input.parse);
    console.log(`parse ${input.name}: ${budget.facts.length.toLocaleString('en')} facts in ${(ms / 1000).toFixed(2)} s, ${Math.round(budget.facts.length / (ms / 1000)).toLocaleString('en')} rows/s`);
    budgets.push({ input, budget });
  }
  await benchDatabase(undefined, budgets);
  if (process.env.BENCH_DATABASE_URL) await benchDatabase(process.env.BENCH_DATABASE_URL, budgets);
}

await main();
