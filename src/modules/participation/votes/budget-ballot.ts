// A participatory budget's ballot (issue 6), checked before it is stored like any ballot (validation.ts): distinct
// options of the vote, between the rule's minimum and maximum number of projects, and by kind: knapsack ballots
// spend at most the district's (or budget's) amount and at least the minimum spend; cumulative ballots give each
// marked project a whole number of points, adding up to at most the ballot's total. A refusal is a 400 whose message
// says what to fix, with the amounts (pesos, es-CL grouping) the voter needs.
import { badRequest, type HttpError } from '../../../core/http/errors.js';
import { formatters } from '../../../core/i18n/index.js';
import type { BudgetBallotRule } from './schema.js';

export interface CostedOption { id: number; cost?: string }

const pesos = (n: bigint) => `$${formatters('es-CL').number.format(n)}`;

/** The total a set of choices spends, in pesos. */
export function ballotSpend(options: readonly CostedOption[], choices: readonly number[]): bigint {
  const cost = new Map(options.map((o) => [o.id, BigInt(o.cost ?? '0')]));
  return choices.reduce((sum, c) => sum + (cost.get(c) ?? 0n), 0n);
}

export function checkBudgetBallot(rule: BudgetBallotRule, options: readonly CostedOption[], choices: number[], points?: number[]): HttpError | null {
  const valid = new Set(options.map((o) => o.id));
  if (new Set(choices).size !== choices.length || !choices.every((c) => valid.has(c))) return badRequest('participation.budget.ballot.unknownProject');
  const min = rule.minProjects ?? 1;
  const max = rule.maxProjects ?? options.length;
  if (choices.length < min || choices.length > max) return badRequest('participation.budget.ballot.projectCount', { min, max, marked: choices.length });
  if (rule.kind === 'cumulative') {
    if (!points || points.length !== choices.length || !points.every((p) => Number.isInteger(p) && p >= 1)) return badRequest('participation.budget.ballot.badPoints');
    const total = points.reduce((a, b) => a + b, 0);
    if (total > (rule.points ?? 0)) return badRequest('participation.budget.ballot.tooManyPoints', { total, limit: rule.points ?? 0 });
    return null;
  }
  if (points !== undefined) return badRequest('participation.budget.ballot.noPoints');
  if (rule.kind !== 'knapsack') return null;
  const spent = ballotSpend(options, choices);
  const limit = BigInt(rule.limit);
  if (spent > limit) return badRequest('participation.budget.ballot.overBudget', { spent: pesos(spent), limit: pesos(limit) });
  const minSpend = BigInt(rule.minSpend ?? '0');
  if (spent < minSpend) return badRequest('participation.budget.ballot.underMinimum', { spent: pesos(spent), min: pesos(minSpend) });
  return null;
}
