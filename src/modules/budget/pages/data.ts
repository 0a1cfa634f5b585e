// The figures of one explorer view, read through the same aggregate queries as the OpenSpending API (aggregate.ts), so
// the page and its CSV/JSON links can never disagree.
import type { DbOrTx } from '../../../core/db/client.js';
import type { BudgetDataset } from '../queries.js';
import type { Level } from '../babbage/model.js';
import { aggregate, type Amounts } from './aggregate.js';
import { nationalGastoTotalOf, TESORO_PUBLICO_PARTIDA } from '../national-totals.js';
import { cutsOf, drilldownOf, nextLevel, type ExplorerState, type Path } from './state.js';

export type { Amounts } from './aggregate.js';
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
  /**
   * At the top of a national gasto view, where the Tesoro Público's transfers to the other partidas are counted twice:
   * the national gasto total without them (national-totals.ts). Null elsewhere.
   */
  nationalTotal: bigint | null;
}

export async function exploreView(db: DbOrTx, dataset: BudgetDataset, state: ExplorerState): Promise<ExplorerView> {
  let path = state.path;
  let level = nextLevel(path);
  // Drilled with the path's levels too: a capítulo or programa code names different bodies under different partidas.
  const childrenOf = (p: Path, l: Level | null) => aggregate(db, dataset, { cuts: cutsOf({ ...state, path: p }), drilldown: drilldownOf(p, l), largestBy: state.measure });
  let result = await childrenOf(path, level);
  // A single unnamed child is stepped through: municipal budgets leave partida, capítulo and programa empty, and the
  // Ley publishes subtítulo 22 as a total with nothing below it (a leaf above asignación).
  while (level && result.cells.length === 1 && result.cells[0].code[level] === '') {
    path = [...path, { level, code: '' }];
    level = nextLevel(path);
    if (level) result = await childrenOf(path, level);
  }
  const children = level ? result.cells.map((c) => ({ code: c.code[level!]!, label: c.label[level!]!, inicial: c.inicial, vigente: c.vigente, ejecutado: c.ejecutado })) : [];
  const here = { ...state, path };
  const national = state.tipo === 'gasto' && path.length === 0 && children.some((c) => c.code === TESORO_PUBLICO_PARTIDA);
  return {
    path, level, children, total: result.total, crumbs: await crumbsOf(db, dataset, here), months: await monthsOf(db, dataset, here),
    nationalTotal: national ? await nationalGastoTotalOf(db, dataset.id, state.measure) : null,
  };
}

/** The names of the path's nodes: one cell drilled by every named level of the path. */
async function crumbsOf(db: DbOrTx, dataset: BudgetDataset, state: ExplorerState): Promise<Crumb[]> {
  const named = state.path.filter((p) => p.code !== '');
  if (named.length === 0) return [];
  const { cells: [cell] } = await aggregate(db, dataset, { cuts: cutsOf(state), drilldown: named.map((p) => p.level) });
  return named.map((p) => ({ ...p, label: cell?.label[p.level] ?? p.code }));
}

async function monthsOf(db: DbOrTx, dataset: BudgetDataset, state: ExplorerState) {
  if (dataset.kind !== 'ejecucion') return [];
  const { cells } = await aggregate(db, dataset, { cuts: cutsOf(state), drilldown: ['mes'] });
  // Month codes are text ('10' < '2'): put them in calendar order before cumulating.
  return cells.filter((c) => c.code.mes !== null && c.ejecutado !== null).map((c) => ({ mes: Number(c.code.mes), ejecutado: c.ejecutado! }))
    .sort((a, b) => a.mes - b.mes);
}
