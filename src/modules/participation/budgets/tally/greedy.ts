// Utilitarian greedy, the rule most cities use (SOURCES.md): projects by approvals (or total points), most first;
// each is funded if it still fits in what is left of the budget. `greedy-no-skip` stops at the first one that does not.
// Ties on score use the same chain as the Method of Equal Shares: lower cost, more supporters, file order.
import { sumCosts, type Prepared } from './prepared.js';

export function orderByScore(prepared: Prepared): number[] {
  const { score, rank } = prepared;
  return score.map((_, i) => i).sort((a, b) => (score[a] !== score[b] ? (score[a] > score[b] ? -1 : 1) : rank[a] - rank[b]));
}

/** Adds projects by score to `start` while they fit in `budget`; `skip` false stops at the first that does not fit. */
export function fillGreedily(prepared: Prepared, start: readonly number[], budget: bigint, skip = true): number[] {
  const selected = [...start];
  const chosen = new Set(start);
  let left = budget - sumCosts(prepared, start);
  for (const p of orderByScore(prepared)) {
    if (chosen.has(p) || prepared.score[p] === 0n) continue;
    if (prepared.costs[p] <= left) {
      selected.push(p);
      left -= prepared.costs[p];
    } else if (!skip) {
      break;
    }
  }
  return selected;
}

export const selectGreedily = (prepared: Prepared, skip: boolean) => fillGreedily(prepared, [], prepared.election.budget, skip);
