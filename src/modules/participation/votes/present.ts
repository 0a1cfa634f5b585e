// The public JSON of votes and their results (DESIGN.md rule 5): explicit fields; never who voted.
import { Type } from '@sinclair/typebox';
import type { VoteWithOptions } from './queries.js';

export const VoteJson = Type.Object({
  id: Type.Integer(), institutionId: Type.Integer(), title: Type.String(),
  choice: Type.String(), maxChoices: Type.Integer(), opensAt: Type.String(), closesAt: Type.String(), allowReplace: Type.Boolean(),
  eligibilityListId: Type.Union([Type.Integer(), Type.Null()]),
  bindingRule: Type.Union([Type.Object({ minTurnoutPercent: Type.Integer(), eligibleCount: Type.Integer() }), Type.Null()]),
  options: Type.Array(Type.Object({ id: Type.Integer(), label: Type.String() })),
});

export function presentVote(v: VoteWithOptions) {
  return {
    id: v.id, institutionId: v.institutionId, title: v.title, choice: v.choice, maxChoices: v.maxChoices,
    opensAt: v.opensAt.toISOString(), closesAt: v.closesAt.toISOString(), allowReplace: v.allowReplace,
    eligibilityListId: v.eligibilityListId,
    bindingRule: v.minTurnoutPercent !== null && v.eligibleCount !== null ? { minTurnoutPercent: v.minTurnoutPercent, eligibleCount: v.eligibleCount } : null,
    options: v.options,
  };
}

export const ResultsJson = Type.Object({
  voteId: Type.Integer(),
  options: Type.Array(Type.Object({ id: Type.Integer(), label: Type.String(), votes: Type.Integer() })),
  turnout: Type.Integer({ description: 'People who voted (participations)' }),
  countedBallots: Type.Integer(),
  binding: Type.Object({ rule: VoteJson.properties.bindingRule, met: Type.Boolean() }),
});

export const BulletinJson = Type.Object({
  voteId: Type.Integer(),
  ballots: Type.Array(Type.Object({ receiptHash: Type.String(), choices: Type.Array(Type.Integer()) })),
});
