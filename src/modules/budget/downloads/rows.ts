// The rows of the streamed downloads, in the Babbage API's shape (babbage/present.ts), so a downloaded file has the
// columns of /api/3/cubes/{cube}/facts and /aggregate: only the paging is gone.
import type { DbOrTx } from '../../../core/db/client.js';
import type { BudgetDataset } from '../queries.js';
import { MAX_PAGE_SIZE, type BabbageQuery, type Cut } from '../babbage/grammar.js';
import { DIMENSION_NAMES, isLevel } from '../babbage/model.js';
import { nested, presentAggregate, presentFact } from '../babbage/present.js';
import { aggregateCube } from '../babbage/queries.js';
import { assertSameDataset, factBatches, type FactRow } from './facts.js';

/** Babbage's label columns: a level's node name, or its code where the source names none (as babbage/sql.ts does). */
const withLabels = (row: FactRow) => ({
  ...row,
  ...Object.fromEntries(DIMENSION_NAMES.map((d) => [`l_${d}`, isLevel(d) ? row[`n_${d}`] ?? row[`d_${d}`] : row[`d_${d}`]])),
});

export async function* factRows(db: DbOrTx, dataset: BudgetDataset, cuts: readonly Cut[]): AsyncGenerator<object> {
  for await (const batch of factBatches(db, dataset, cuts)) {
    for (const row of batch) yield nested(presentFact(withLabels(row)));
  }
}

/**
 * Every cell of an aggregate, page after page of the Babbage query itself (10,000 cells each, read from the rollups):
 * the same cells in the same order as the paged API, and one page in memory at a time.
 */
export async function* aggregateRows(db: DbOrTx, dataset: BudgetDataset, query: BabbageQuery): AsyncGenerator<object> {
  for (let page = 1; ; page++) {
    const q = { ...query, page, pageSize: MAX_PAGE_SIZE };
    const result = await aggregateCube(db, dataset, q);
    for (const cell of presentAggregate(q, result).cells) yield nested(cell);
    if (result.cells.length < MAX_PAGE_SIZE) {
      await assertSameDataset(db, dataset);
      return;
    }
  }
}
