// The public JSON of the Babbage API, in OpenSpending's field names ("partida.code", "inicial.sum", "_count").
// Sums are JSON numbers, which OpenSpending tools expect; a sum beyond Number.MAX_SAFE_INTEGER (9·10^15 pesos, some
// hundred times Chile's whole budget) is written as a decimal string instead, so no figure is ever silently rounded.
import type { BabbageQuery, Cut, Order } from './grammar.js';
import { DIMENSION_NAMES, MEASURE_NAMES, type Dimension, type Measure } from './model.js';
import type { Row } from './queries.js';
import { codeColumn, labelColumn, measureColumn, sumColumn, summaryColumn } from './sql.js';

export function amount(text: string | number | null): number | string | null {
  if (text === null) return null;
  const n = Number(text);
  return Number.isSafeInteger(n) ? n : String(text);
}

const measureOf = (aggregate: string) => aggregate.slice(0, -'.sum'.length) as Measure;

const attributes = (row: Row, dimensions: readonly Dimension[]) => Object.fromEntries(dimensions.flatMap((d) => [
  [`${d}.code`, row[codeColumn(d)]], [`${d}.label`, row[labelColumn(d)]],
]));

/** Babbage's echo of the cut: one entry per value, the implicit moneda:CLP included. */
const cell = (cuts: Cut[]) => cuts.flatMap((c) => c.values.map((value) => ({ ref: `${c.dimension}.code`, operator: ':', value })));

const order = (q: BabbageQuery) => q.order.map((o: Order) => {
  const k = o.key;
  const ref = k.kind === 'aggregate' ? k.aggregate : k.kind === 'measure' ? k.measure : `${k.dimension}.${k.attribute}`;
  return [ref, o.direction];
});

export function presentAggregate(q: BabbageQuery, result: { summary: Row; cells: Row[] }) {
  const values = (row: Row, column: (m: Measure) => string, count: string) => Object.fromEntries(q.aggregates.map((a) =>
    [a, a === '_count' ? row[count] : amount(row[column(measureOf(a))])]));
  return {
    cells: result.cells.map((row) => ({ ...attributes(row, q.drilldown), ...values(row, sumColumn, 'n') })),
    summary: values(result.summary, summaryColumn, 's_n'),
    total_cell_count: result.summary.total_cell_count,
    page: q.page,
    page_size: q.pageSize,
    aggregates: q.aggregates,
    attributes: q.drilldown.flatMap((d) => [`${d}.code`, `${d}.label`]),
    order: order(q),
    cell: cell(q.cuts),
  };
}

export const factFields = [...DIMENSION_NAMES.flatMap((d) => [`${d}.code`, `${d}.label`]), ...MEASURE_NAMES];

export const presentFact = (row: Row) => ({
  ...attributes(row, DIMENSION_NAMES),
  ...Object.fromEntries(MEASURE_NAMES.map((m) => [m, amount(row[measureColumn(m)])])),
});

export function presentFacts(q: BabbageQuery, result: { total: number; facts: Row[] }) {
  return { total_fact_count: result.total, data: result.facts.map(presentFact), fields: factFields, page: q.page, page_size: q.pageSize, order: order(q), cell: cell(q.cuts) };
}

export function presentMembers(q: BabbageQuery, result: { summary: Row; cells: Row[] }) {
  return {
    total_member_count: result.summary.total_cell_count,
    data: result.cells.map((row) => attributes(row, q.drilldown)),
    fields: q.drilldown.flatMap((d) => [`${d}.code`, `${d}.label`]),
    page: q.page, page_size: q.pageSize, order: order(q), cell: cell(q.cuts),
  };
}

/** OpenSpending names ("partida.code") as nested objects: the paths sendCsv reads (CSV columns stay "partida.code"). */
export function nested(row: Record<string, unknown>): object {
  const out: Record<string, Record<string, unknown> | unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    const [head, tail] = key.split('.');
    if (tail === undefined) out[head] = value;
    else out[head] = { ...(out[head] as object), [tail]: value };
  }
  return out;
}
