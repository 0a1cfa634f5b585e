// What a method change does to the ranking: each municipality's rank under the published method and under the
// preview, computed on the same data in memory, and a summary a reader can quote (how many moved, by how much).
import type { IndexResult, IndexUnit } from '../index/types.js';

export interface RankMove {
  cut: string;
  name: string;
  publishedRank: number | null;
  previewRank: number | null;
  previewScore: number | null;
  /** Places gained (positive: up the ranking) or lost; null when either method gives no rank. */
  move: number | null;
}

export interface MoveSummary {
  /** Municipalities ranked under both methods. */
  compared: number;
  moved: number;
  up: number;
  down: number;
  meanAbsoluteMove: number;
  /** The largest moves, largest first (ties by preview rank). */
  biggest: RankMove[];
}

const BIGGEST = 5;

/** Rows sorted by preview rank (unranked last, by name). */
export function compareRanks(units: IndexUnit[], published: IndexResult, preview: IndexResult): { rows: RankMove[]; summary: MoveSummary } {
  const before = new Map(published.units.map((u) => [u.cut, u]));
  const after = new Map(preview.units.map((u) => [u.cut, u]));
  const rows = units.map((unit): RankMove => {
    const publishedRank = before.get(unit.cut)?.rank ?? null;
    const p = after.get(unit.cut);
    const previewRank = p?.rank ?? null;
    return {
      cut: unit.cut, name: unit.name, publishedRank, previewRank, previewScore: p?.score ?? null,
      move: publishedRank !== null && previewRank !== null ? publishedRank - previewRank : null,
    };
  }).sort(byPreviewRank);
  const compared = rows.filter((r) => r.move !== null);
  const moved = compared.filter((r) => r.move !== 0);
  const summary: MoveSummary = {
    compared: compared.length,
    moved: moved.length,
    up: moved.filter((r) => r.move! > 0).length,
    down: moved.filter((r) => r.move! < 0).length,
    meanAbsoluteMove: compared.length === 0 ? 0 : compared.reduce((s, r) => s + Math.abs(r.move!), 0) / compared.length,
    biggest: [...moved].sort((a, b) => Math.abs(b.move!) - Math.abs(a.move!) || byPreviewRank(a, b)).slice(0, BIGGEST),
  };
  return { rows, summary };
}

function byPreviewRank(a: RankMove, b: RankMove): number {
  if (a.previewRank === null || b.previewRank === null) return a.previewRank === b.previewRank ? a.name.localeCompare(b.name, 'es') : a.previewRank === null ? 1 : -1;
  return a.previewRank - b.previewRank || a.name.localeCompare(b.name, 'es');
}
