// Checks of a new participatory budget, pure: the answer is the 400 to give, or null. Money is integer pesos (bigint).
import { badRequest, type HttpError } from '../../../core/http/errors.js';
import type { BudgetBallotKind } from '../votes/schema.js';
import type { BudgetDistrict, TallyRule } from './schema.js';

export interface BudgetShape {
  total: bigint;
  districts: BudgetDistrict[];
  ideasAt: Date;
  reviewAt: Date;
  votingAt: Date;
  resultsAt: Date;
  ballotKind: BudgetBallotKind;
  minProjects?: number;
  maxProjects?: number;
  minSpend?: bigint;
  points?: number;
  rule: TallyRule;
  completion?: string;
}

const CUT = /^\d{5}$/;

export function checkNewBudget(b: BudgetShape): HttpError | null {
  if (b.total <= 0n) return badRequest('participation.budget.badTotal');
  if (b.districts.length > 0) {
    if (b.districts.some((d) => !CUT.test(d.code) || !/^\d+$/.test(d.amount) || BigInt(d.amount) <= 0n)) return badRequest('participation.budget.badDistrict');
    if (new Set(b.districts.map((d) => d.code)).size !== b.districts.length) return badRequest('participation.budget.badDistrict');
    if (b.districts.reduce((sum, d) => sum + BigInt(d.amount), 0n) !== b.total) return badRequest('participation.budget.districtsSum');
  }
  const times = [b.ideasAt, b.reviewAt, b.votingAt, b.resultsAt].map((d) => d.getTime());
  if (times.some(Number.isNaN) || !(times[0]! <= times[1]! && times[1]! <= times[2]! && times[2]! < times[3]!)) return badRequest('participation.budget.badStages');
  if (b.minProjects !== undefined && b.maxProjects !== undefined && b.minProjects > b.maxProjects) return badRequest('participation.budget.badProjectCount');
  if (b.ballotKind === 'cumulative' && !(b.points && b.points > 0)) return badRequest('participation.budget.needsPoints');
  if (b.ballotKind !== 'cumulative' && b.points !== undefined) return badRequest('participation.budget.pointsOnlyCumulative');
  if (b.minSpend !== undefined) {
    const smallest = b.districts.length > 0 ? b.districts.map((d) => BigInt(d.amount)).reduce((a, c) => (c < a ? c : a)) : b.total;
    if (b.ballotKind !== 'knapsack' || b.minSpend < 0n || b.minSpend > smallest) return badRequest('participation.budget.badMinSpend');
  }
  if (b.rule !== 'mes' && b.completion !== undefined) return badRequest('participation.budget.completionOnlyMes');
  return null;
}

/** The stage a budget is in at `now` (ideas → technical review → voting → results). */
export const STAGES = ['upcoming', 'ideas', 'review', 'voting', 'results'] as const;
export type Stage = (typeof STAGES)[number];

export function stageAt(b: { ideasAt: Date; reviewAt: Date; votingAt: Date; resultsAt: Date }, now: Date): Stage {
  if (now < b.ideasAt) return 'upcoming';
  if (now < b.reviewAt) return 'ideas';
  if (now < b.votingAt) return 'review';
  return now < b.resultsAt ? 'voting' : 'results';
}

/** Utilities of MES by ballot kind (issue 6): cost utilities for approval and knapsack ballots (Wieliczka, Aarau), the
 * ballot's points for cumulative ones. */
export const utilitiesFor = (kind: BudgetBallotKind) => (kind === 'cumulative' ? 'approval' as const : 'cost' as const);
