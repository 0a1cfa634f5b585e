// Officials answer a proposal (accepted / rejected / under evaluation) with reasons and an estimated cost, or review
// one held for spam (publish / discard). Each step follows the lifecycle table, is public in the history under the
// official's name, audited, and an answer is recorded as an event for the proposal's followers (its author first).
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../../../core/db/client.js';
import { appendAudit } from '../../../../core/audit/log.js';
import { auditActor, type Actor } from '../../../../core/policy.js';
import { recordEvent } from '../../notifications/record.js';
import { participationProposalHistory, participationProposals as p } from '../schema.js';
import { next, type Answer, type ProposalEvent, type ProposalState } from '../lifecycle.js';

export interface Answerable { id: number; institutionId: number; processId: number; state: ProposalState }

export interface AnswerInput { answer: Answer; text: string; estimatedCost: bigint | null }

/** False when the proposal's state does not take this step (now, or after a concurrent change). */
async function move(tx: Tx, proposal: Answerable, event: ProposalEvent, official: Pick<Actor, 'personId' | 'name'>,
  set: Partial<typeof p.$inferInsert>, note: string): Promise<boolean> {
  const to = next(proposal.state, event);
  if (!to) return false;
  const updated = await tx.update(p).set({ ...set, state: to }).where(and(eq(p.id, proposal.id), eq(p.state, proposal.state))).returning({ id: p.id });
  if (updated.length === 0) return false;
  await tx.insert(participationProposalHistory).values({
    proposalId: proposal.id, institutionId: proposal.institutionId, fromState: proposal.state, toState: to, officialName: official.name, note,
  });
  await appendAudit(tx, {
    actor: auditActor(official), institutionId: proposal.institutionId, action: `participation.proposal.${event}`,
    resourceType: 'participation_proposal', resourceId: proposal.id, public: to !== 'discarded',
    summary: { from: proposal.state, to, note, ...(set.estimatedCost != null ? { estimatedCost: String(set.estimatedCost) } : {}) },
  });
  return true;
}

export async function answerProposal(tx: Tx, proposal: Answerable, input: AnswerInput, official: Pick<Actor, 'personId' | 'name'>) {
  const done = await move(tx, proposal, `answer.${input.answer}`, official,
    { answer: input.text, estimatedCost: input.estimatedCost, answeredBy: official.personId, answeredAt: new Date() }, input.text);
  if (done) await recordEvent(tx, { type: 'proposal', id: proposal.id, institutionId: proposal.institutionId, processId: proposal.processId }, 'proposal.answered', { answer: input.answer, actorId: official.personId });
  return done;
}

export const reviewProposal = (tx: Tx, proposal: Answerable, decision: 'publish' | 'discard', note: string, official: Pick<Actor, 'personId' | 'name'>) =>
  move(tx, proposal, decision, official, {}, note);
