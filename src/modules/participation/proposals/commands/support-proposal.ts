// Supports (apoyos): one per person and proposal, enforced by the primary key (proposal_id, person_id); the count is
// moved in the same transaction, under the proposal row's lock, so 50 concurrent requests from 25 people count 25.
// Reaching the process's threshold moves a published proposal to evaluation exactly once (threshold_reached_at).
// Audit entries are private: whom a person supports is their data (Ley 19.628); the count is the public record.
// Both commands first lock the proposal's row and re-read its state: an official's answer (which updates that row)
// may have closed it since the caller read it, and a support must not land on an accepted or rejected proposal.
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../../../../core/db/client.js';
import { appendAudit } from '../../../../core/audit/log.js';
import { auditActor, type Actor } from '../../../../core/policy.js';
import { recordEvent } from '../../notifications/record.js';
import { participationProposalHistory, participationProposalSupports as sup, participationProposals as p } from '../schema.js';
import { acceptsSupports, next } from '../lifecycle.js';
import { conflict } from '../../../../core/http/errors.js';

export interface SupportTarget { id: number; institutionId: number; processId: number }

export async function supportProposal(tx: Tx, proposal: SupportTarget, supporter: Pick<Actor, 'personId' | 'name'>, threshold: number) {
  await lockOpen(tx, proposal.id);
  const inserted = await tx.insert(sup).values({ proposalId: proposal.id, personId: supporter.personId, institutionId: proposal.institutionId })
    .onConflictDoNothing().returning({ personId: sup.personId });
  if (inserted.length === 0) return { changed: false };
  const [row] = await tx.update(p).set({ supportsCount: sql`${p.supportsCount} + 1` }).where(eq(p.id, proposal.id))
    .returning({ supportsCount: p.supportsCount, state: p.state, thresholdReachedAt: p.thresholdReachedAt });
  await audit(tx, proposal, supporter, 'participation.proposal.support');
  const to = next(row!.state, 'thresholdReached');
  if (row!.supportsCount >= threshold && row!.thresholdReachedAt === null && to) {
    await tx.update(p).set({ state: to, thresholdReachedAt: new Date() }).where(and(eq(p.id, proposal.id), isNull(p.thresholdReachedAt)));
    await tx.insert(participationProposalHistory).values({ proposalId: proposal.id, institutionId: proposal.institutionId, fromState: row!.state, toState: to,
      note: String(threshold) });
    await recordEvent(tx, { type: 'proposal', ...proposal }, 'proposal.thresholdReached', { threshold, supports: row!.supportsCount });
  }
  return { changed: true };
}

export async function withdrawSupport(tx: Tx, proposal: SupportTarget, supporter: Pick<Actor, 'personId' | 'name'>) {
  await lockOpen(tx, proposal.id);
  const deleted = await tx.delete(sup).where(and(eq(sup.proposalId, proposal.id), eq(sup.personId, supporter.personId)))
    .returning({ personId: sup.personId });
  if (deleted.length === 0) return { changed: false };
  // A proposal that reached evaluation stays there: the threshold is a moment, not a running condition.
  await tx.update(p).set({ supportsCount: sql`${p.supportsCount} - 1` }).where(eq(p.id, proposal.id));
  await audit(tx, proposal, supporter, 'participation.proposal.withdrawSupport');
  return { changed: true };
}

async function lockOpen(tx: Tx, id: number) {
  const [row] = await tx.select({ state: p.state }).from(p).where(eq(p.id, id)).for('update');
  if (!row || !acceptsSupports(row.state)) throw conflict('participation.proposal.notSupportable');
}

const audit = (tx: Tx, proposal: SupportTarget, supporter: Pick<Actor, 'personId' | 'name'>, action: string) => appendAudit(tx, {
  actor: auditActor(supporter), institutionId: proposal.institutionId, action, resourceType: 'participation_proposal', resourceId: proposal.id, public: false,
});
