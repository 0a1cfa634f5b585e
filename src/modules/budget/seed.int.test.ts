// The budget demo seed on a fresh database: the three cubes, their files byte for byte the published ones (the
// reference copies in ../shared), their totals those of the parsed files, and the illustrative Temuco budget's own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testConfig, type TestDb } from '../../test-support/app.js';
import type { Db } from '../../core/db/client.js';
import { seedDemoIfEmpty } from '../../core/seed-demo.js';
import { budgetModule } from './index.js';
import { datasetTotals, findDataset, listDatasets, type MeasureTotals } from './queries.js';
import { findInstitution } from '../../core/tenancy/queries.js';
import { IMPORTERS, checksumOf } from './import/importers.js';
import { readImportFiles } from './import/files.js';
import { budgetData } from './test-support.js';
import type { BudgetFormat } from './schema.js';

let testDb: TestDb;
let db: Db;
let seconds: number;
beforeAll(async () => {
  testDb = await createTestDatabase();
  db = testDb.database.db;
  const started = performance.now();
  await seedDemoIfEmpty(db, [budgetModule], () => {}, testConfig());
  seconds = (performance.now() - started) / 1000;
}, 180_000);
afterAll(() => testDb.drop());

/** Sums of the parsed reference files, as datasetTotals gives them. */
async function parsedTotals(path: string, format: BudgetFormat): Promise<{ checksum: string; totals: MeasureTotals[] }> {
  const files = await readImportFiles(budgetData(path));
  const parsed = IMPORTERS[format]!.parse(files, 2017);
  if (!parsed.ok) throw new Error(`${path} should parse`);
  const groups = new Map<string, MeasureTotals>();
  const add = (a: bigint | null, b: bigint | null) => (a === null ? b : b === null ? a : a + b);
  for (const f of parsed.budget.facts) {
    const key = `${f.tipo}|${f.moneda}`;
    const g = groups.get(key) ?? { tipo: f.tipo, moneda: f.moneda, inicial: null, vigente: null, ejecutado: null };
    groups.set(key, { ...g, inicial: add(g.inicial, f.inicial), vigente: add(g.vigente, f.vigente), ejecutado: add(g.ejecutado, f.ejecutado) });
  }
  return { checksum: checksumOf(files), totals: [...groups.keys()].sort().map((k) => groups.get(k)!) };
}

describe('budget demo seed', () => {
  it('loads the national budget 2017 under DIPRES and a municipal budget for Temuco, in reasonable time', async () => {
    const dipres = (await findInstitution(db, 'dipres'))!;
    const temuco = (await findInstitution(db, 'temuco'))!;
    expect((await listDatasets(db, dipres.id)).map((d) => [d.cube, d.kind, d.year])).toEqual([['dipres-2017-ejecucion', 'ejecucion', 2017], ['dipres-2017-ley', 'ley', 2017]]);
    expect((await listDatasets(db, temuco.id)).map((d) => [d.cube, d.format, d.sourceNames])).toEqual([['temuco-2024-ejecucion', 'cabildo-csv', ['temuco-2024-demo-ilustrativo.csv']]]);
    expect(seconds).toBeLessThan(60);
  });

  it.each([
    ['dipres-2017-ley', 'ley/2017.csv', 'dipres-ley'],
    ['dipres-2017-ejecucion', 'ejecucion-2017/original', 'dipres-ejecucion'],
  ] as const)('%s holds the published files, with their totals', async (cube, path, format) => {
    const dataset = (await findDataset(db, cube))!;
    const expected = await parsedTotals(path, format);
    expect(dataset.checksum).toBe(expected.checksum);
    expect(await datasetTotals(db, dataset.id)).toEqual(expected.totals);
  });

  it('gives Temuco a balanced budget with monthly execution and technology spending', async () => {
    const dataset = (await findDataset(db, 'temuco-2024-ejecucion'))!;
    expect(dataset.factCount).toBe(1248);
    expect(await datasetTotals(db, dataset.id)).toEqual([
      { tipo: 'gasto', moneda: 'CLP', inicial: 103_346_412_252n, vigente: 115_602_579_011n, ejecutado: 104_706_255_525n },
      { tipo: 'ingreso', moneda: 'CLP', inicial: 103_346_412_252n, vigente: 115_602_579_011n, ejecutado: 111_075_441_845n },
    ]);
  });

  it('does nothing on a database that already has people', async () => {
    await seedDemoIfEmpty(db, [budgetModule], () => {}, testConfig());
    expect(await listDatasets(db, (await findInstitution(db, 'dipres'))!.id)).toHaveLength(2);
  });
});
