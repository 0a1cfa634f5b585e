// Checks of a new vote and of a ballot's choices: pure functions returning the error to answer with (400), or null.
import { badRequest, type HttpError } from '../../../core/http/errors.js';
import type { BudgetBallotRule, ChoiceKind } from './schema.js';
import { checkBudgetBallot, type CostedOption } from './budget-ballot.js';

export interface VoteShape {
  options: string[];
  choice: ChoiceKind;
  maxChoices?: number;
  opensAt: Date;
  closesAt: Date;
  minTurnoutPercent?: number;
  eligibleCount?: number;
}

export function checkNewVote(v: VoteShape): HttpError | null {
  if (v.options.length < 2 || v.options.length > 100) return badRequest('participation.vote.optionCount');
  if (!(v.closesAt.getTime() > v.opensAt.getTime())) return badRequest('participation.vote.badDates');
  if (new Set(v.options.map((o) => o.trim())).size !== v.options.length) return badRequest('participation.vote.duplicateOption');
  const max = v.maxChoices ?? 1;
  if (max < 1 || max > v.options.length || (v.choice === 'single' && max !== 1)) {
    return badRequest('participation.vote.badMaxChoices', { max: v.options.length });
  }
  if ((v.minTurnoutPercent === undefined) !== (v.eligibleCount === undefined)) return badRequest('participation.vote.badBindingRule');
  return null;
}

/** 1 to maxChoices distinct options of this vote. */
export function checkChoices(choices: number[], optionIds: number[], maxChoices: number): HttpError | null {
  const valid = new Set(optionIds);
  const ok = choices.length >= 1 && choices.length <= maxChoices && new Set(choices).size === choices.length && choices.every((c) => valid.has(c));
  return ok ? null : badRequest('participation.ballot.badChoices', { max: maxChoices });
}

/** Any ballot: a budget vote's by its ballot rule (budget-ballot.ts), a plain vote's choices with no points. */
export function checkBallot(vote: { ballotRule: BudgetBallotRule | null; options: CostedOption[]; maxChoices: number }, choices: number[], points?: number[]): HttpError | null {
  if (vote.ballotRule) return checkBudgetBallot(vote.ballotRule, vote.options, choices, points);
  if (points !== undefined) return badRequest('participation.budget.ballot.noPoints');
  return checkChoices(choices, vote.options.map((o) => o.id), vote.maxChoices);
}
