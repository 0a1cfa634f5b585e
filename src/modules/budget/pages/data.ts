// The figures of one explorer view, read through the same aggregate queries as the OpenSpending API (babbage/), so
// the page and its CSV/JSON links can never disagree.
import type { DbOrTx } from '../../../core/db/client.js';
import type { BudgetDataset } from '../queries.js';
import { toBigint } from '../queries.js';
import { aggregateCube, type Row } from '../babbage/queries.js';
import { AGGREGATE_NAMES, MEASURE_NAMES, type Dimension, type Level, type Measure } from '../babbage/model.js';
import { MAX_PAGE_SIZE, type BabbageQuery } from '../babbage/grammar.js';
import { codeColumn, labelColumn, sumColumn, summaryColumn } from '../babbage/sql.js';
import { cutsOf, nextLevel, type ExplorerState, type Path } from './state.js';

export type Amounts = Record<Measure, bigint | null>;
export interface Node extends Amounts { code: string; label: string }
export interface Crumb { level: Level; code: string; label: string }

export interface ExplorerView {
  /** The path with node names, after stepping through levels the budget does not use. */
  path: Path;
  crumbs: Crumb[];
  /** The level listed, or null at a leaf. */
  level: Level | null;
  children: Node[];
  total: Amounts;
  /** Execution per month reported (a flow; DIPRES's cumulative report has one month), ascending. */
  months: { mes: number; ejecutado: bigint }[];
}

const amounts = (row: Row, column: (m: Measure) => string): Amounts =>
  Object.fromEntries(MEASURE_NAMES.map((m) => [m, toBigint(row[column(m)] as string | null)])) as Amounts;

const query = (state: Pick<ExplorerState, 'tipo' | 'path' | 'measure'>, drilldown: Dimension[]): BabbageQuery => ({
  cuts: cutsOf(state), drilldown, aggregates: AGGREGATE_NAMES,
  order: drilldown.length > 0 ? [{ key: { kind: 'aggregate', aggregate: `${state.measure}.sum` }, direction: 'desc' }] : [],
  page: 1, pageSize: MAX_PAGE_SIZE,
});

export async function exploreView(db: DbOrTx, dataset: BudgetDataset, state: ExplorerState): Promise<ExplorerView> {
  let path = state.path;
  let level = nextLevel(path);
  let result = await aggregateCube(db, dataset, query({ ...state, path }, level ? [level] : []));
  // A single unnamed child is stepped through: municipal budgets leave partida, capítulo and programa empty, and the
  // Ley publishes subtítulo 22 as a total with nothing below it (a leaf above asignación).
  while (level && result.cells.length === 1 && result.cells[0][codeColumn(level)] === '') {
    path = [...path, { level, code: '' }];
    level = nextLevel(path);
    if (level) result = await aggregateCube(db, dataset, query({ ...state, path }, [level]));
  }
  const children = level ? result.cells.map((row) => ({
    code: row[codeColumn(level!)] as string, label: row[labelColumn(level!)] as string, ...amounts(row, sumColumn),
  })) : [];
  return { path, level, children, total: amounts(result.summary, summaryColumn), crumbs: await crumbsOf(db, dataset, { ...state, path }), months: await monthsOf(db, dataset, { ...state, path }) };
}

/** The names of the path's nodes: one cell drilled by every named level of the path. */
async function crumbsOf(db: DbOrTx, dataset: BudgetDataset, state: ExplorerState): Promise<Crumb[]> {
  const named = state.path.filter((p) => p.code !== '');
  if (named.length === 0) return [];
  const { cells } = await aggregateCube(db, dataset, query(state, named.map((p) => p.level)));
  const row = cells[0];
  return named.map((p) => ({ ...p, label: row ? String(row[labelColumn(p.level)]) : p.code }));
}

async function monthsOf(db: DbOrTx, dataset: BudgetDataset, state: ExplorerState) {
  if (dataset.kind !== 'ejecucion') return [];
  const { cells } = await aggregateCube(db, dataset, { ...query(state, ['mes']), order: [{ key: { kind: 'attribute', dimension: 'mes', attribute: 'code' }, direction: 'asc' }] });
  return cells.filter((row) => row[codeColumn('mes')] !== null && row[sumColumn('ejecutado')] !== null)
    .map((row) => ({ mes: Number(row[codeColumn('mes')]), ejecutado: BigInt(row[sumColumn('ejecutado')] as string) }));
}
