// A pabulib instance as an election. Amounts with decimals are scaled to the smallest unit any of them uses (a budget
// of 969245.38 becomes 96924538 with unit 100). Approval, choose-1 and ordinal ballots give 1 point to every listed
// project (ordinal preferences are read as approvals, as greedy and MES with approval ballots do); cumulative and
// scoring ballots keep their points.
import { scaleAmount, type PabulibInstance } from '../pabulib/instance.js';
import type { Ballot, Election } from './types.js';

const WITH_POINTS = new Set(['cumulative', 'scoring']);

export function buildElection(instance: PabulibInstance): Election {
  const decimals = Math.max(instance.budget.decimals, ...instance.projects.map((p) => p.cost.decimals));
  const usesPoints = WITH_POINTS.has(instance.voteType);
  const ballots: Ballot[] = instance.votes.map((v) =>
    Object.fromEntries(v.vote.map((id, i) => [id, usesPoints && v.points ? v.points[i] : 1])));
  return {
    projects: instance.projects.map((p) => ({ id: p.id, cost: scaleAmount(p.cost, decimals) })),
    budget: scaleAmount(instance.budget, decimals),
    unit: 10n ** BigInt(decimals),
    ballots,
  };
}

/** An amount of the election's money back in currency units, exact as text (e.g. 96924538n, unit 100n → "969245.38"). */
export function formatMoney(amount: bigint, unit: bigint): string {
  if (unit === 1n) return amount.toString();
  const decimals = unit.toString().length - 1;
  const digits = amount.toString().padStart(decimals + 1, '0');
  return `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
}
