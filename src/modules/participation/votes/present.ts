// The public JSON of votes and their results (DESIGN.md rule 5): explicit fields; never who voted.
import { Type } from '@sinclair/typebox';
import type { VoteWithOptions } from './queries.js';
import type { VoteListRow } from './listing.js';
import { voteState } from './ballot-rules.js';

export const VoteJson = Type.Object({
  id: Type.Integer(), institutionId: Type.Integer(), processId: Type.Union([Type.Integer(), Type.Null()]), title: Type.String(), description: Type.String(),
  choice: Type.String(), maxChoices: Type.Integer(), opensAt: Type.String(), closesAt: Type.String(), allowReplace: Type.Boolean(),
  eligibilityListId: Type.Union([Type.Integer(), Type.Null()]),
  bindingRule: Type.Union([Type.Object({ minTurnoutPercent: Type.Integer(), eligibleCount: Type.Integer() }), Type.Null()]),
  options: Type.Array(Type.Object({ id: Type.Integer(), label: Type.String(), cost: Type.Optional(Type.String({ description: 'Budget votes: the project cost in pesos' })) })),
  ballotRule: Type.Optional(Type.Object({
    budgetId: Type.Integer(), kind: Type.String({ description: 'approval, knapsack or cumulative' }), limit: Type.String({ description: 'Pesos' }),
    minSpend: Type.Optional(Type.String()), minProjects: Type.Optional(Type.Integer()), maxProjects: Type.Optional(Type.Integer()), points: Type.Optional(Type.Integer()),
  }, { description: 'Participatory budget votes only: what a ballot must satisfy' })),
});

export function presentVote(v: VoteWithOptions) {
  return {
    id: v.id, institutionId: v.institutionId, processId: v.processId, title: v.title, description: v.description, choice: v.choice, maxChoices: v.maxChoices,
    opensAt: v.opensAt.toISOString(), closesAt: v.closesAt.toISOString(), allowReplace: v.allowReplace,
    eligibilityListId: v.eligibilityListId,
    bindingRule: v.minTurnoutPercent !== null && v.eligibleCount !== null ? { minTurnoutPercent: v.minTurnoutPercent, eligibleCount: v.eligibleCount } : null,
    options: v.options,
    ...(v.ballotRule ? { ballotRule: v.ballotRule } : {}),
  };
}

export const VoteListItemJson = Type.Object({
  id: Type.Integer(), institution: Type.String({ description: 'Slug' }), processId: Type.Union([Type.Integer(), Type.Null()]), title: Type.String(),
  choice: Type.String(), maxChoices: Type.Integer(), opensAt: Type.String(), closesAt: Type.String(), state: Type.String(),
  minTurnoutPercent: Type.Union([Type.Integer(), Type.Null()]), eligibleCount: Type.Union([Type.Integer(), Type.Null()]),
});

export function presentListItem(v: VoteListRow, now: Date) {
  return {
    id: v.id, institution: v.institutionSlug, processId: v.processId, title: v.title, choice: v.choice, maxChoices: v.maxChoices,
    opensAt: v.opensAt.toISOString(), closesAt: v.closesAt.toISOString(), state: voteState(v, now),
    minTurnoutPercent: v.minTurnoutPercent, eligibleCount: v.eligibleCount,
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
  ballots: Type.Array(Type.Object({ receiptHash: Type.String(), choices: Type.Array(Type.Integer()),
    points: Type.Optional(Type.Array(Type.Integer(), { description: 'Cumulative budget ballots: points per choice' })) })),
});
