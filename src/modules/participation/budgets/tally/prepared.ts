// The election in the shape the rules work on: projects by index, identical ballots merged into weighted groups
// (Wieliczka 2023: 6,586 ballots, 1,190 distinct), and the fixed tie-breaking rank.
import type { Election } from './types.js';

export interface Supporter {
  group: number;
  points: bigint;
}

export interface Prepared {
  election: Election;
  costs: bigint[];
  /** Voters per group; a group is one distinct non-empty ballot. */
  weights: bigint[];
  /** Every ballot, empty ones included: each voter's share is budget / n. */
  n: bigint;
  supporters: Supporter[][];
  /** Number of voters supporting each project and their total points (= approvals for approval ballots). */
  supportCount: bigint[];
  score: bigint[];
  /** Σ voters × points over each project's supporters. */
  totalPoints: bigint[];
  /** rank[p] < rank[q] when p wins a tie: lower cost, then more supporters, then file order (SOURCES.md). */
  rank: number[];
}

export function prepareElection(election: Election): Prepared {
  const index = new Map(election.projects.map((p, i) => [p.id, i]));
  if (index.size !== election.projects.length) throw new Error('duplicate project id in the election');
  const costs = election.projects.map((p) => p.cost);
  if (costs.some((c) => c <= 0n)) throw new Error('every project must cost more than zero');
  const groupOf = new Map<string, number>();
  const weights: bigint[] = [];
  const supporters: Supporter[][] = costs.map(() => []);
  const supportCount = costs.map(() => 0n);
  const score = costs.map(() => 0n);
  for (const ballot of election.ballots) {
    const entries = Object.entries(ballot).filter(([, points]) => points !== 0).sort(([a], [b]) => (a < b ? -1 : 1));
    for (const [id, points] of entries) {
      if (!index.has(id)) throw new Error(`a ballot supports the unknown project ${id}`);
      if (!Number.isSafeInteger(points) || points < 0) throw new Error(`points must be whole and positive, not ${points}`);
      supportCount[index.get(id)!] += 1n;
      score[index.get(id)!] += BigInt(points);
    }
    if (entries.length === 0) continue;
    const key = JSON.stringify(entries);
    let group = groupOf.get(key);
    if (group === undefined) {
      group = weights.length;
      groupOf.set(key, group);
      weights.push(0n);
      for (const [id, points] of entries) supporters[index.get(id)!].push({ group, points: BigInt(points) });
    }
    weights[group] += 1n;
  }
  const rank = rankForTies(costs, supportCount);
  const totalPoints = supporters.map((list) => list.reduce((sum, s) => sum + weights[s.group] * s.points, 0n));
  return { election, costs, weights, n: BigInt(election.ballots.length), supporters, supportCount, score, totalPoints, rank };
}

function rankForTies(costs: bigint[], supportCount: bigint[]): number[] {
  const order = costs.map((_, i) => i).sort((a, b) =>
    costs[a] !== costs[b] ? (costs[a] < costs[b] ? -1 : 1)
      : supportCount[a] !== supportCount[b] ? (supportCount[a] > supportCount[b] ? -1 : 1)
        : a - b);
  const rank: number[] = [];
  order.forEach((p, r) => { rank[p] = r; });
  return rank;
}

export const sumCosts = (prepared: Prepared, selected: readonly number[]) => selected.reduce((sum, p) => sum + prepared.costs[p], 0n);
