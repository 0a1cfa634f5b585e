// Reads over imported budget datasets: enough for the importer's output and its tests; the aggregate API comes later.
import { asc, desc, eq, sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../core/db/client.js';
import { and } from 'drizzle-orm';
import { budgetDatasets, budgetFacts, budgetLabels } from './schema.js';
import { HIERARCHY } from './babbage/model.js';

export async function findDataset(db: DbOrTx, cube: string) {
  const [row] = await db.select().from(budgetDatasets).where(eq(budgetDatasets.cube, cube));
  return row ?? null;
}
export type BudgetDataset = NonNullable<Awaited<ReturnType<typeof findDataset>>>;

/**
 * The measure a dataset is read by: the Ley has only the initial budget, an execution report also the current one,
 * and procurement payments (procurement-execution.ts) only what was paid.
 */
export const mainMeasure = (d: Pick<BudgetDataset, 'kind' | 'format'>): 'inicial' | 'vigente' | 'ejecutado' =>
  (d.format === 'cabildo-procurement' ? 'ejecutado' : d.kind === 'ley' ? 'inicial' : 'vigente');

/** Whether the dataset has one measure only (the Ley; procurement payments), so the explorer offers no other. */
export const hasOneMeasure = (d: Pick<BudgetDataset, 'kind' | 'format'>) => d.kind === 'ley' || d.format === 'cabildo-procurement';

export function listDatasets(db: DbOrTx, institutionId: number) {
  return db.select().from(budgetDatasets).where(eq(budgetDatasets.institutionId, institutionId))
    .orderBy(desc(budgetDatasets.year), asc(budgetDatasets.cube));
}

export interface MeasureTotals {
  tipo: 'ingreso' | 'gasto';
  moneda: 'CLP' | 'USD';
  /** Null when no fact of the group gives the measure (e.g. ejecutado in the Ley). */
  inicial: bigint | null;
  vigente: bigint | null;
  ejecutado: bigint | null;
}

/**
 * Sums of every fact of a dataset per tipo and moneda (pesos and dollars never added together). Facts are leaves, so
 * nothing is double counted within one institution's budget; national figures apply national-totals.ts on top.
 */
export async function datasetTotals(db: DbOrTx, datasetId: number): Promise<MeasureTotals[]> {
  // sum(bigint) is numeric: read as text so no total passes through a float.
  const rows = await queryRows<{ tipo: MeasureTotals['tipo']; moneda: MeasureTotals['moneda']; inicial: string | null; vigente: string | null; ejecutado: string | null }>(db, sql`
    select ${budgetFacts.tipo} as tipo, ${budgetFacts.moneda} as moneda, sum(${budgetFacts.inicial})::text as inicial,
      sum(${budgetFacts.vigente})::text as vigente, sum(${budgetFacts.ejecutado})::text as ejecutado
    from ${budgetFacts} where ${budgetFacts.datasetId} = ${datasetId}
    group by 1, 2 order by 1, 2`);
  return rows.map((r) => ({ tipo: r.tipo, moneda: r.moneda, inicial: toBigint(r.inicial), vigente: toBigint(r.vigente), ejecutado: toBigint(r.ejecutado) }));
}

export const toBigint = (value: string | null) => (value === null ? null : BigInt(value));

/**
 * The label of one node of a dataset's clasificador, by its codes from partida down ('' for a level the budget does not
 * use, e.g. a municipal budget's partida); null when the dataset has no such node. Other modules link to budget lines
 * through this (e.g. the oversight body's observations), not through the tables.
 */
export async function findNodeLabel(db: DbOrTx, datasetId: number, codes: readonly string[]): Promise<string | null> {
  const [row] = await db.select({ label: budgetLabels.label }).from(budgetLabels)
    .where(and(eq(budgetLabels.datasetId, datasetId), ...HIERARCHY.map((level, i) => eq(budgetLabels[level], codes[i] ?? ''))));
  return row?.label ?? null;
}
