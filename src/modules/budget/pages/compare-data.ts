// Two years of one institution's budget side by side, level by level, optionally in real terms: the earlier year's
// pesos restated in the later year's pesos by the IPC chain of deflators.ts (exact bigint arithmetic).
import type { DbOrTx } from '../../../core/db/client.js';
import { mainMeasure, type BudgetDataset } from '../queries.js';
import type { Deflators } from '../deflators.js';
import type { Level } from '../babbage/model.js';
import { exploreView, type Crumb } from './data.js';
import type { ExplorerState, Path } from './state.js';

export interface CompareLine {
  code: string;
  label: string;
  /** The earlier year's amount as published, then restated when real terms were asked for and possible. */
  before: bigint | null;
  after: bigint | null;
}

export interface Comparison {
  path: Path;
  crumbs: Crumb[];
  level: Level | null;
  lines: CompareLine[];
  total: { before: bigint | null; after: bigint | null };
  /** Real terms asked for but the chain lacks these years: the figures are nominal. */
  missingYears: number[];
  factor: number | null;
}

export async function compareYears(db: DbOrTx, before: BudgetDataset, after: BudgetDataset,
  state: Omit<ExplorerState, 'cube' | 'measure'>, real: { deflators: Deflators } | null): Promise<Comparison> {
  const measure = mainMeasure(after);
  const a = await exploreView(db, before, { ...state, cube: before.cube, measure });
  // The later year's view follows the path the earlier one settled on (levels stepped through are the same codes).
  const b = await exploreView(db, after, { ...state, path: a.path, cube: after.cube, measure });
  const missingYears = real ? real.deflators.missing(before.year, after.year) : [];
  const restate = (amount: bigint | null) =>
    (amount === null || !real || missingYears.length > 0 ? amount : real.deflators.convert(amount, before.year, after.year));
  const lines = new Map<string, CompareLine>();
  for (const n of a.children) lines.set(n.code, { code: n.code, label: n.label, before: restate(n[measure]), after: null });
  for (const n of b.children) lines.set(n.code, { code: n.code, label: n.label, before: lines.get(n.code)?.before ?? null, after: n[measure] });
  const size = (l: CompareLine) => (l.after ?? l.before ?? 0n);
  return {
    path: b.path, crumbs: b.crumbs.length >= a.crumbs.length ? b.crumbs : a.crumbs, level: b.level ?? a.level,
    lines: [...lines.values()].sort((x, y) => (size(y) > size(x) ? 1 : size(y) < size(x) ? -1 : x.code.localeCompare(y.code))),
    total: { before: restate(a.total[measure]), after: b.total[measure] },
    missingYears,
    factor: real && missingYears.length === 0 ? real.deflators.factor(before.year, after.year) : null,
  };
}
