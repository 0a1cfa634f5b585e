// Ranks and groups. Ranks are competition ranks: 1 + the number of municipalities with a higher score (1 = best; tied
// scores share the best place of the tie and the next place is skipped: 1, 2, 2, 4), so two municipalities with the
// same score are never told apart by an accident of order. A difference under 1e-9 is a tie: floating-point noise is
// not a difference. Groups A–D follow the World Bank's GovTech Maturity Index (2022): bands of the score, not
// positions, so a group can be empty or crowded.
import type { MethodSpec } from '../method.js';
import type { Group } from '../schema.js';

const TIE = 1e-9;

/** Writes into `ranks` the competition rank of each of `scores` (all finite) among them; `sorted` is scratch space of the same length. */
export function rankInto(scores: Float64Array, ranks: Int32Array | Float64Array, sorted = new Float64Array(scores.length)): void {
  sorted.set(scores);
  sorted.sort();
  const n = sorted.length;
  for (let j = 0; j < n; j++) {
    // first position holding a score above scores[j] + TIE: everything from there on ranks above it
    const bound = scores[j]! + TIE;
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]! > bound) hi = mid;
      else lo = mid + 1;
    }
    ranks[j] = 1 + n - lo;
  }
}

/**
 * A ranker for many rankings of the same units (the Monte-Carlo runs), giving the ranks rankInto gives: the order of
 * the last ranking is the start of the next (insertion sort), since successive runs order municipalities much alike.
 */
export function createRanker(size: number): (scores: Float64Array, ranks: Int32Array) => void {
  const order = Int32Array.from({ length: size }, (_, i) => i);
  return (scores, ranks) => {
    for (let k = 1; k < size; k++) {
      const u = order[k]!;
      const s = scores[u]!;
      let i = k - 1;
      while (i >= 0 && (scores[order[i]!]! < s || (scores[order[i]!]! === s && order[i]! > u))) {
        order[i + 1] = order[i]!;
        i--;
      }
      order[i + 1] = u;
    }
    // descending scores: the units above score + TIE only grow in number down the list
    let above = 0;
    for (let k = 0; k < size; k++) {
      const bound = scores[order[k]!]! + TIE;
      while (above < size && scores[order[above]!]! > bound) above++;
      ranks[order[k]!] = above + 1;
    }
  };
}

/** Competition ranks of the scores (NaN: no rank, answered as 0); `among` limits the ranking to those units. */
export function rankScores(scores: ArrayLike<number>, among?: ArrayLike<number>): Int32Array {
  const ranks = new Int32Array(scores.length);
  const members = (among ? Array.from(among) : Array.from({ length: scores.length }, (_, i) => i)).filter((u) => !Number.isNaN(scores[u]!));
  const values = Float64Array.from(members, (u) => scores[u]!);
  const out = new Int32Array(members.length);
  rankInto(values, out);
  members.forEach((u, j) => { ranks[u] = out[j]!; });
  return ranks;
}

export function assignGroup(score: number, groups: MethodSpec['groups']): Group {
  return score >= groups.A ? 'A' : score >= groups.B ? 'B' : score >= groups.C ? 'C' : 'D';
}
