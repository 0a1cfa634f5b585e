// importDataset on a fresh database (PGlite, or PostgreSQL with TEST_DATABASE_URL), with hand-made parsed budgets.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq, sql } from 'drizzle-orm';
import { createTestDatabase, type TestDb } from '../../test-support/app.js';
import { queryRows, type Db } from '../../core/db/client.js';
import { auditLog } from '../../core/audit/schema.js';
import { findInstitution } from '../../core/tenancy/queries.js';
import { CubeTakenError, importDataset, type ImportDatasetInput } from './commands/import-dataset.js';
import { datasetTotals, findDataset, listDatasets } from './queries.js';
import { nationalGastoTotalOf } from './national-totals.js';
import { budgetFacts, budgetLabels, budgetTechnologyRules } from './schema.js';
import { fact, label, tinyNationalBudget } from './synthetic.js';

const ACTOR = { id: null, label: 'cli' };
let testDb: TestDb;
let db: Db;
let dipres: number;
let temuco: number;

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = testDb.database.db;
  dipres = (await findInstitution(db, 'dipres'))!.id;
  temuco = (await findInstitution(db, 'temuco'))!.id;
});
afterAll(() => testDb.drop());

const ley2017 = (): ImportDatasetInput => ({
  institutionId: dipres, year: 2017, format: 'dipres-ley', kind: 'ley', sourceNames: ['2017.csv'], checksum: 'a'.repeat(64),
  budget: {
    year: 2017,
    facts: [
      fact('07.01.01.29.06', 1_500_000n),
      fact('07.01.01.29.07', 2_000_001n),
      fact('07.01.01.29.05', 400n),
      fact('07.01.01.22', 9_000_000_000_000n), // a subtítulo-22 total: not technology, though it holds 22.11.003
      fact('07.01.01.09', 12_500_000n),
      fact('07.01.01.22.11.003', 7n, { moneda: 'USD' }),
    ],
    labels: [label('07', 'MINISTERIO DE ECONOMÍA'), label('07.01.01.29.06', 'Equipos Informáticos'), label('07', 'duplicado')],
  },
});

const factsOf = (datasetId: number) => db.select({ subtitulo: budgetFacts.subtitulo, item: budgetFacts.item, tecnologia: budgetFacts.tecnologia })
  .from(budgetFacts).where(eq(budgetFacts.datasetId, datasetId)).orderBy(asc(budgetFacts.subtitulo), asc(budgetFacts.item), asc(budgetFacts.moneda));

describe('importDataset', () => {
  it('stores facts, labels and technology flags under the default cube name, with a public audit entry', async () => {
    const result = await db.transaction((tx) => importDataset(tx, ley2017(), ACTOR));
    expect(result).toMatchObject({ cube: 'dipres-2017-ley', facts: 6 });

    const dataset = await findDataset(db, 'dipres-2017-ley');
    expect(dataset).toMatchObject({ institutionId: dipres, year: 2017, kind: 'ley', sourceNames: ['2017.csv'], factCount: 6 });
    expect((await listDatasets(db, dipres)).map((d) => d.cube)).toEqual(['dipres-2017-ley']);
    expect(await factsOf(result.datasetId)).toEqual([
      { subtitulo: '09', item: '', tecnologia: false },
      { subtitulo: '22', item: '', tecnologia: false },
      { subtitulo: '22', item: '11', tecnologia: true },
      { subtitulo: '29', item: '05', tecnologia: false },
      { subtitulo: '29', item: '06', tecnologia: true },
      { subtitulo: '29', item: '07', tecnologia: true },
    ]);
    const labels = await db.select({ label: budgetLabels.label }).from(budgetLabels).where(eq(budgetLabels.datasetId, result.datasetId));
    expect(labels.map((l) => l.label).sort()).toEqual(['Equipos Informáticos', 'MINISTERIO DE ECONOMÍA']);

    // Bigint pesos survive the round trip exactly, beyond 2^53.
    expect(await datasetTotals(db, result.datasetId)).toEqual([
      { tipo: 'gasto', moneda: 'CLP', inicial: 9_000_003_500_401n, vigente: null, ejecutado: null },
      { tipo: 'gasto', moneda: 'USD', inicial: 7n, vigente: null, ejecutado: null },
      { tipo: 'ingreso', moneda: 'CLP', inicial: 12_500_000n, vigente: null, ejecutado: null },
    ]);
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.action, 'budget_dataset.import'));
    expect(entry).toMatchObject({ public: true, institutionId: dipres, resourceType: 'budget_dataset', resourceId: 'dipres-2017-ley', actorLabel: 'cli' });
    expect(entry.summary).toMatchObject({ cube: 'dipres-2017-ley', year: 2017, facts: 6, labels: 3, replacedFacts: null });
    expect(entry.summary.totals).toContainEqual({ tipo: 'gasto', moneda: 'CLP', inicial: '9000003500401', vigente: null, ejecutado: null });
  });

  it('replaces the dataset of the same cube, and a re-import that fails half-way leaves the old one whole', async () => {
    const before = (await findDataset(db, 'dipres-2017-ley'))!;
    const smaller = ley2017();
    smaller.budget.facts = smaller.budget.facts.slice(0, 2);
    smaller.checksum = 'b'.repeat(64);
    const result = await db.transaction((tx) => importDataset(tx, smaller, ACTOR));
    expect(result).toMatchObject({ cube: 'dipres-2017-ley', facts: 2 });
    expect(result.datasetId).not.toBe(before.id);
    expect(await factsOf(before.id)).toEqual([]); // cascaded away with the old dataset
    expect(await findDataset(db, 'dipres-2017-ley')).toMatchObject({ factCount: 2, checksum: 'b'.repeat(64) });

    const broken = ley2017();
    broken.budget.facts.push(fact('07.01.01.21', 2n ** 63n)); // past bigint: the facts' insert fails after the delete
    await expect(db.transaction((tx) => importDataset(tx, broken, ACTOR))).rejects
      .toMatchObject({ cause: expect.objectContaining({ message: expect.stringMatching(/out of range/) }) });
    const failedLater = ley2017();
    await expect(db.transaction(async (tx) => {
      await importDataset(tx, failedLater, ACTOR);
      throw new Error('the caller fails after the import');
    })).rejects.toThrow('the caller fails after the import');
    expect(await findDataset(db, 'dipres-2017-ley')).toMatchObject({ id: result.datasetId, factCount: 2 });
    expect(await factsOf(result.datasetId)).toHaveLength(2);
    const audits = await db.select({ summary: auditLog.summary }).from(auditLog).where(eq(auditLog.action, 'budget_dataset.import'));
    expect(audits.map((a) => a.summary.replacedFacts)).toEqual([null, 6]);
  });

  it('stores codes exactly, even with the characters an array literal must escape', async () => {
    const odd = { ...ley2017(), cube: 'odd-codes', budget: { year: 2017, labels: [], facts: [fact('a"b\\c.{1,2}.NULL. x', 1n)] } };
    const { datasetId } = await db.transaction((tx) => importDataset(tx, odd, ACTOR));
    expect(await db.select({ partida: budgetFacts.partida, capitulo: budgetFacts.capitulo, programa: budgetFacts.programa, subtitulo: budgetFacts.subtitulo })
      .from(budgetFacts).where(eq(budgetFacts.datasetId, datasetId))).toEqual([{ partida: 'a"b\\c', capitulo: '{1,2}', programa: 'NULL', subtitulo: ' x' }]);
  });

  it('never replaces another institution\'s cube', async () => {
    const input = { ...ley2017(), institutionId: temuco, cube: 'dipres-2017-ley' };
    await expect(db.transaction((tx) => importDataset(tx, input, ACTOR))).rejects.toThrow(CubeTakenError);
    expect(await findDataset(db, 'dipres-2017-ley')).toMatchObject({ institutionId: dipres });
  });

  it('flags technology by the active rules only', async () => {
    await db.update(budgetTechnologyRules).set({ active: false }).where(eq(budgetTechnologyRules.code, '29.07'));
    const input = { ...ley2017(), institutionId: temuco, kind: 'ejecucion' as const, format: 'cabildo-csv' as const };
    const result = await db.transaction((tx) => importDataset(tx, input, ACTOR));
    expect(result.cube).toBe('temuco-2017-ejecucion');
    const flagged = await db.select({ item: budgetFacts.item }).from(budgetFacts)
      .where(and(eq(budgetFacts.datasetId, result.datasetId), eq(budgetFacts.tecnologia, true))).orderBy(asc(budgetFacts.item));
    expect(flagged.map((f) => f.item)).toEqual(['06', '11']);
    await db.update(budgetTechnologyRules).set({ active: true }).where(eq(budgetTechnologyRules.code, '29.07'));
  });

  it('sums national gasto without the Tesoro Público\'s aporte fiscal, in SQL as in memory', async () => {
    const input = { ...ley2017(), cube: 'nacional-tiny', budget: tinyNationalBudget() };
    const { datasetId } = await db.transaction((tx) => importDataset(tx, input, ACTOR));
    expect(await nationalGastoTotalOf(db, datasetId, 'inicial')).toBe(1115n);
    const [raw] = await queryRows<{ n: string }>(db, sql`select sum(inicial)::text as n from budget_facts where dataset_id = ${datasetId} and tipo = 'gasto' and moneda = 'CLP'`);
    expect(raw.n).toBe('1225');
  });
});
