// An official opens a binding vote: the vote and its options in one transaction with the audit row (DESIGN.md rule 2).
// The audit summary carries the vote's public settings only, no personal data.
import type { Tx } from '../../../../core/db/client.js';
import { appendAudit } from '../../../../core/audit/log.js';
import { auditActor, type Actor } from '../../../../core/policy.js';
import { participationVoteOptions, participationVotes, type BudgetBallotRule, type ChoiceKind } from '../schema.js';

export const CREATE_VOTE_ACTION = 'participation.vote.create';

export interface CreateVoteInput {
  institutionId: number;
  /** Checked by the caller to be a process of the same institution. */
  processId: number | null;
  title: string;
  description: string;
  options: string[];
  choice: ChoiceKind;
  maxChoices: number;
  opensAt: Date;
  closesAt: Date;
  allowReplace: boolean;
  eligibilityListId: number | null;
  minTurnoutPercent: number | null;
  eligibleCount: number | null;
  /** A participatory budget's vote (budgets/): its ballot rule, and each option's cost in pesos, aligned with `options`. */
  ballotRule?: BudgetBallotRule;
  costs?: bigint[];
}

export async function createVote(tx: Tx, input: CreateVoteInput, official: Actor) {
  const { options, costs, ...fields } = input;
  const [vote] = await tx.insert(participationVotes).values({ ...fields, createdBy: official.personId }).returning();
  const rows = await tx.insert(participationVoteOptions)
    .values(options.map((label, position) => ({ voteId: vote!.id, institutionId: input.institutionId, label, position, cost: costs?.[position] ?? null })))
    .returning();
  await appendAudit(tx, {
    actor: auditActor(official), institutionId: input.institutionId, action: CREATE_VOTE_ACTION, resourceType: 'participation_vote',
    resourceId: vote!.id, public: true,
    summary: { title: input.title, processId: input.processId, options: options.length, choice: input.choice, maxChoices: input.maxChoices,
      opensAt: input.opensAt.toISOString(), closesAt: input.closesAt.toISOString(), allowReplace: input.allowReplace,
      eligibilityListId: input.eligibilityListId, minTurnoutPercent: input.minTurnoutPercent, eligibleCount: input.eligibleCount,
      ...(input.ballotRule ? { ballotRule: input.ballotRule } : {}) },
  });
  return { vote: vote!, options: rows };
}
