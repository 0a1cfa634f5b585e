// The rollups (rollups.ts) against the plain GROUP BY over budget_facts: every typical aggregate and members query must
// give exactly the same cells, sums, counts, labels and order, on the real Ley 2017 and execution of April 2017 (as they
// are, too small for rollups, and spread over twelve months, big enough) and on generated payments; and the rollups
// must follow the facts through re-imports and in-place changes.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { createTestDatabase, type TestDb } from '../../test-support/app.js';
import { queryRows, type Db } from '../../core/db/client.js';
import { findInstitution } from '../../core/tenancy/queries.js';
import { importDataset, type ImportDatasetInput, type BudgetSource } from './commands/import-dataset.js';
import { parseDipresEjecucion } from './import/dipres-ejecucion.js';
import { parseDipresLey } from './import/dipres-ley.js';
import { readImportFiles } from './import/files.js';
import type { ParsedBudget, ParseResult } from './import/types.js';
import { findDataset, type BudgetDataset } from './queries.js';
import { parseAggregateQuery, parseMembersQuery, type RawQuery } from './babbage/grammar.js';
import { aggregateCube } from './babbage/queries.js';
import { refreshBudgetRollups } from './rollups.js';
import { budgetFacts, budgetLabels, budgetRollupGrains, budgetRollups } from './schema.js';
import { syntheticPayments } from './synthetic.js';

const DATA = fileURLToPath(new URL('../../../../shared/data/budget/', import.meta.url));
const ACTOR = { id: null, label: 'test' };
let testDb: TestDb;
let db: Db;
let dipres: number;

const parsed = (result: ParseResult): ParsedBudget => {
  if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
  return result.budget;
};

const importCube = (cube: string, budget: BudgetSource, kind: 'ley' | 'ejecucion' = 'ejecucion') => {
  const input: ImportDatasetInput<BudgetSource> = {
    institutionId: dipres, cube, year: 2017, format: kind === 'ley' ? 'dipres-ley' : 'dipres-ejecucion', kind, sourceNames: [cube], checksum: 'd'.repeat(64), budget,
  };
  return db.transaction((tx) => importDataset(tx, input, ACTOR));
};

/** Each fact also executed over the twelve months (a made-up split of its first amount): real codes, 13 times the facts. */
const monthly = ({ facts, labels }: ParsedBudget): BudgetSource => ({ labels, facts: facts.flatMap((f) => [f, ...Array.from({ length: 12 }, (_, i) => ({
  ...f, mes: i + 1, inicial: null, vigente: null, ejecutado: ((f.inicial ?? f.ejecutado ?? 0n) * BigInt(i + 1)) / 78n,
}))]) });

const CUBES = ['ley-2017', 'ley-2017-mensual', 'ejecucion-2017', 'ejecucion-2017-mensual', 'pagos'];

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = testDb.database.db;
  dipres = (await findInstitution(db, 'dipres'))!.id;
  const ley = parsed(parseDipresLey(readFileSync(`${DATA}ley/2017.csv`), { year: 2017 }));
  const ejecucion = parsed(parseDipresEjecucion(await readImportFiles(`${DATA}ejecucion-2017/original`), { year: 2017 }));
  await importCube('ley-2017', ley, 'ley');
  await importCube('ley-2017-mensual', monthly(ley));
  await importCube('ejecucion-2017', ejecucion);
  await importCube('ejecucion-2017-mensual', monthly(ejecucion));
  await importCube('pagos', syntheticPayments(60_000, { partidas: 3 }));
}, 180_000);
afterAll(() => testDb.drop());

/** A program of the cube with the most facts, so the cuts below select something. */
async function busiestProgram(datasetId: number) {
  const [p] = await queryRows<{ partida: string; capitulo: string; programa: string }>(db, sql`
    select partida, capitulo, programa from ${budgetFacts} where dataset_id = ${datasetId}
    group by 1, 2, 3 order by count(*) desc, 1, 2, 3 limit 1`);
  return p;
}

/** The typical drilldowns of the explorer and API clients, and some with orders and pages. */
const typicalQueries = (p: { partida: string; capitulo: string; programa: string }): [string, RawQuery][] => [
  ['partida', { drilldown: 'partida' }],
  ['partida|capitulo cut by partida', { drilldown: 'partida|capitulo', cut: `partida:${p.partida}` }],
  ['subtitulo', { drilldown: 'subtitulo' }],
  ['mes', { drilldown: 'mes' }],
  ['tecnologia', { drilldown: 'tecnologia' }],
  ['technology spending by partida', { drilldown: 'partida', cut: 'tipo:gasto|tecnologia:true' }],
  ['one program by subtítulo', { drilldown: 'subtitulo', cut: `partida:${p.partida}|capitulo:${p.capitulo}|programa:${p.programa}` }],
  ['programa|subtitulo in a partida', { drilldown: 'programa|subtitulo', cut: `partida:${p.partida}` }],
  ['item|asignacion of subtítulo 22', { drilldown: 'item|asignacion', cut: 'subtitulo:22' }],
  ['asignaciones of a program', { drilldown: 'subtitulo|item|asignacion', cut: `partida:${p.partida}|programa:${p.programa}` }],
  ['moneda|tipo', { drilldown: 'moneda|tipo' }],
  ['totals only', {}],
  ['top asignaciones', { drilldown: 'asignacion', order: 'ejecutado.sum:desc', pagesize: 10 }],
  ['second page by count', { drilldown: 'partida|subtitulo|item', order: '_count:desc,partida.label', page: 2, pagesize: 50 }],
  ['two months', { drilldown: 'mes|subtitulo', cut: 'mes:3;12' }],
];

describe('the rollups give exactly the cells of budget_facts', () => {
  it.each(CUBES)('on %s', async (cube) => {
    const dataset = (await findDataset(db, cube))!;
    for (const [name, raw] of typicalQueries(await busiestProgram(dataset.id))) {
      const q = parseAggregateQuery(raw);
      const fromFacts = await aggregateCube(db, dataset, q, { rollups: false });
      expect(await aggregateCube(db, dataset, q), `${cube}: ${name}`).toEqual(fromFacts);
    }
    const members = parseMembersQuery('capitulo', { cut: 'tipo:gasto' });
    expect(await aggregateCube(db, dataset, members)).toEqual(await aggregateCube(db, dataset, members, { rollups: false }));
  });

  it('are stored where they fold the facts: every grain for payments, the coarse ones for monthly execution', async () => {
    const grainsOf = async (cube: string) => queryRows<{ grain: number; rows: number; facts: number }>(db, sql`
      select grain, count(*)::int as rows, sum(n)::int as facts from ${budgetRollups}
      where dataset_id = ${(await findDataset(db, cube))!.id} group by grain order by grain`);
    const payments = await grainsOf('pagos');
    expect(payments.map((g) => g.grain)).toEqual([0, 1, 2]);
    // Each grain accounts for every fact once, in at most half as many rows.
    expect(payments.map((g) => g.facts)).toEqual([60_000, 60_000, 60_000]);
    for (const g of payments) expect(g.rows).toBeLessThanOrEqual(30_000);
    const listed = await db.select().from(budgetRollupGrains).where(eq(budgetRollupGrains.datasetId, (await findDataset(db, 'pagos'))!.id));
    expect(listed.map((g) => [g.grain, g.rows]).sort()).toEqual(payments.map((g) => [g.grain, g.rows]));
    // One fact per code and month: the finest grain would copy the facts, so the aggregates that need it read them.
    expect((await grainsOf('ley-2017-mensual')).map((g) => g.grain)).toEqual([1, 2]);
    // The Ley as published is small enough to be summed as it is.
    expect(await grainsOf('ley-2017')).toEqual([]);
  });
});

describe('refreshing the rollups', () => {
  const cellsOf = (dataset: BudgetDataset, rollups: boolean) =>
    aggregateCube(db, dataset, parseAggregateQuery({ drilldown: 'partida|tecnologia' }), { rollups });

  it('rebuilds them on re-import, and deletes the old dataset\'s rows', async () => {
    const before = (await findDataset(db, 'pagos'))!;
    await importCube('pagos', syntheticPayments(50_000, { partidas: 2, seed: 7 }));
    const after = (await findDataset(db, 'pagos'))!;
    expect(after.id).not.toBe(before.id);
    for (const table of [budgetFacts, budgetLabels, budgetRollups, budgetRollupGrains]) expect(await db.$count(table, eq(table.datasetId, before.id))).toBe(0);
    const cells = await cellsOf(after, true);
    expect(cells).toEqual(await cellsOf(after, false));
    expect(cells.summary.s_n).toBe(50_000);
  });

  it('follows facts changed in place once refreshBudgetRollups runs in the same transaction', async () => {
    const dataset = (await findDataset(db, 'pagos'))!;
    const reflag = and(eq(budgetFacts.datasetId, dataset.id), eq(budgetFacts.subtitulo, '22'))!;
    const q = parseAggregateQuery({ drilldown: 'partida|tecnologia' });
    await db.transaction(async (tx) => {
      await tx.update(budgetFacts).set({ tecnologia: true }).where(reflag);
      // Stale until refreshed: the rollups still have the old flags.
      expect(await aggregateCube(tx, dataset, q)).not.toEqual(await aggregateCube(tx, dataset, q, { rollups: false }));
      await refreshBudgetRollups(tx, dataset.id);
    });
    const cells = await cellsOf(dataset, true);
    expect(cells).toEqual(await cellsOf(dataset, false));
    const flagged = cells.cells.filter((c) => c.d_tecnologia === 'true').reduce((n, c) => n + Number(c.n), 0);
    expect(flagged).toBeGreaterThanOrEqual(await db.$count(budgetFacts, reflag));
  });
});
