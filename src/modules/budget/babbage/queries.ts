// Runs the Babbage queries (sql.ts) for one cube: one statement each (an aggregate first looks up which rollup to
// read), rows as the database returns them.
import { asc, eq } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../../core/db/client.js';
import { institutions } from '../../../core/tenancy/schema.js';
import { budgetDatasets } from '../schema.js';
import type { BudgetDataset } from '../queries.js';
import type { BabbageQuery } from './grammar.js';
import { aggregateSql, factsSql } from './sql.js';
import { storedRollupGrain } from '../rollups.js';

/** Column name → text (codes, labels, decimal sums) or int (counts); null for an empty page's single summary row. */
export type Row = Record<string, string | number | null>;

const cubeOf = (dataset: BudgetDataset) => ({ datasetId: dataset.id, year: dataset.year });

/**
 * The summary on every row, the cell columns null on the one row of a page past the end. Read from the smallest
 * stored rollup that can answer, unless `rollups: false`: the plain GROUP BY over budget_facts that the rollups must
 * agree with (tests) and are measured against (bench/budget-aggregate.ts).
 */
export async function aggregateCube(db: DbOrTx, dataset: BudgetDataset, q: BabbageQuery, { rollups = true }: { rollups?: boolean } = {}) {
  const grain = rollups ? await storedRollupGrain(db, dataset.id, [...q.drilldown, ...q.cuts.map((c) => c.dimension)]) : null;
  const rows = await queryRows<Row>(db, aggregateSql(cubeOf(dataset), q, grain));
  return { summary: rows[0], cells: rows.filter((r) => r.n !== null) };
}

export async function cubeFacts(db: DbOrTx, dataset: BudgetDataset, q: BabbageQuery) {
  const rows = await queryRows<Row>(db, factsSql(cubeOf(dataset), q));
  // Every fact has a partida code (possibly ''), never null: a null one is the empty page's placeholder row.
  return { total: Number(rows[0].total_fact_count), facts: rows.filter((r) => r.d_partida !== null) };
}

/** Every cube of the installation (one per imported dataset), for GET /api/3/cubes. */
export function listCubes(db: DbOrTx) {
  return db.select({ cube: budgetDatasets.cube, year: budgetDatasets.year, kind: budgetDatasets.kind, institution: institutions.slug, importedAt: budgetDatasets.importedAt })
    .from(budgetDatasets).innerJoin(institutions, eq(institutions.id, budgetDatasets.institutionId)).orderBy(asc(budgetDatasets.cube));
}
