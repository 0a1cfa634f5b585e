// The pages' one way to read sums: the OpenSpending aggregate (babbage/) with typed cells, so every figure a page
// shows is the figure the API gives for the same cut (the pages link to it).
import type { DbOrTx } from '../../../core/db/client.js';
import type { BudgetDataset } from '../queries.js';
import { toBigint } from '../queries.js';
import { aggregateCube, type Row } from '../babbage/queries.js';
import { AGGREGATE_NAMES, MEASURE_NAMES, type Dimension, type Measure } from '../babbage/model.js';
import { MAX_PAGE_SIZE, type Cut, type Order } from '../babbage/grammar.js';
import { codeColumn, labelColumn, sumColumn, summaryColumn } from '../babbage/sql.js';

export type Amounts = Record<Measure, bigint | null>;
export interface Cell extends Amounts {
  code: Partial<Record<Dimension, string>>;
  label: Partial<Record<Dimension, string>>;
}

const amounts = (row: Row, column: (m: Measure) => string): Amounts =>
  Object.fromEntries(MEASURE_NAMES.map((m) => [m, toBigint(row[column(m)] as string | null)])) as Amounts;

export interface AggregateRequest {
  cuts: Cut[];
  drilldown: Dimension[];
  /** Largest first by this measure, or by the first drilldown's code when absent. */
  largestBy?: Measure;
  limit?: number;
}

export async function aggregate(db: DbOrTx, dataset: BudgetDataset, r: AggregateRequest): Promise<{ cells: Cell[]; total: Amounts }> {
  const order: Order[] = r.largestBy
    ? [{ key: { kind: 'aggregate', aggregate: `${r.largestBy}.sum` }, direction: 'desc' }]
    : r.drilldown.slice(0, 1).map((d) => ({ key: { kind: 'attribute', dimension: d, attribute: 'code' }, direction: 'asc' }));
  const { cells, summary } = await aggregateCube(db, dataset, {
    cuts: r.cuts, drilldown: r.drilldown, aggregates: AGGREGATE_NAMES, order, page: 1, pageSize: r.limit ?? MAX_PAGE_SIZE,
  });
  return {
    total: amounts(summary, summaryColumn),
    cells: cells.map((row) => ({
      code: Object.fromEntries(r.drilldown.map((d) => [d, row[codeColumn(d)] as string])),
      label: Object.fromEntries(r.drilldown.map((d) => [d, row[labelColumn(d)] as string])),
      ...amounts(row, sumColumn),
    })),
  };
}
