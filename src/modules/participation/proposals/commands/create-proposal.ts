// A resident writes a proposal: published at once, or held for review when it looks like spam (spam.ts). The author
// follows it, so they hear of its answer (notifications/record.ts). One transaction with the history and audit rows.
import type { Tx } from '../../../../core/db/client.js';
import { appendAudit } from '../../../../core/audit/log.js';
import { auditActor, type Actor } from '../../../../core/policy.js';
import { follow } from '../../notifications/record.js';
import { participationProposalHistory, participationProposals, type ProposalCategory } from '../schema.js';
import { spamReasons } from '../../spam.js';

export interface CreateProposalInput {
  institutionId: number;
  processId: number;
  title: string;
  body: string;
  category: ProposalCategory;
  association?: string;
}

export async function createProposal(tx: Tx, input: CreateProposalInput, author: Pick<Actor, 'personId' | 'name'>) {
  const reasons = spamReasons(input.title, input.body);
  const state = reasons.length > 0 ? 'held' as const : 'published' as const;
  const [proposal] = await tx.insert(participationProposals)
    .values({ ...input, association: input.association?.trim() || null, authorId: author.personId, state }).returning();
  await tx.insert(participationProposalHistory).values({ proposalId: proposal!.id, institutionId: input.institutionId, toState: state });
  await follow(tx, author.personId, { type: 'proposal', id: proposal!.id, institutionId: input.institutionId, processId: input.processId });
  // A held proposal is not public yet, so neither is its audit entry (the reasons are for the reviewing official).
  await appendAudit(tx, {
    actor: auditActor(author), institutionId: input.institutionId, action: 'participation.proposal.create',
    resourceType: 'participation_proposal', resourceId: proposal!.id, public: state === 'published',
    summary: { title: input.title, processId: input.processId, state, ...(reasons.length ? { spamReasons: reasons } : {}) },
  });
  return proposal!;
}
