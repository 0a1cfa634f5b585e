// Withdrawing a bid, by a representative of its supplier, up to and including the deadline (the same boundary as
// submitting): the way to change a bid is to withdraw it and bid again (one live bid per supplier and lot). A withdrawn
// bid is never opened, so its sealed content and documents are erased now: keeping ciphertext nobody will ever need
// only keeps a risk. The sizes stay, for the bidder's history.
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../../../core/db/client.js';
import type { Actor } from '../../../../core/policy.js';
import { auditActor } from '../../../../core/policy.js';
import { appendAudit } from '../../../../core/audit/log.js';
import { conflict, notFound } from '../../../../core/http/errors.js';
import { procurementBidDocuments as docs, procurementBids as bids, procurementCalls as calls, procurementSupplierRepresentatives as reps } from '../../schema.js';
import { findBidForBidder } from '../queries.js';

export async function withdrawBid(tx: Tx, bidId: number, actor: Pick<Actor, 'personId' | 'name'>, at = new Date()): Promise<void> {
  const ref = await findBidForBidder(tx, bidId);
  if (!ref) throw notFound();
  // Serialised with opening, which locks the call FOR UPDATE (see submit-bid.ts).
  await tx.select({ id: calls.id }).from(calls).where(eq(calls.id, ref.callId)).for('share');
  const bid = (await findBidForBidder(tx, bidId))!;
  const [represents] = await tx.select({ id: reps.supplierId }).from(reps).where(and(eq(reps.supplierId, bid.supplierId), eq(reps.personId, actor.personId)));
  // Not 403: whether a bid with this id exists is nobody else's business before opening.
  if (!represents) throw notFound();
  if (bid.state !== 'submitted') throw conflict('procurement.bid.error.alreadyWithdrawn');
  if (bid.lotState !== 'open' || at.getTime() > bid.bidsUntil.getTime()) throw conflict('procurement.bid.error.withdrawAfterDeadline');
  await tx.update(bids).set({ state: 'withdrawn', withdrawnAt: at, sealed: Buffer.alloc(0) }).where(eq(bids.id, bid.id));
  await tx.update(docs).set({ sealed: Buffer.alloc(0) }).where(eq(docs.bidId, bid.id));
  await appendAudit(tx, {
    actor: auditActor(actor), institutionId: bid.institutionId, action: 'procurement.bid.withdrawn', resourceType: 'procurement_bid',
    resourceId: bid.id, public: false, summary: { lotId: bid.lotId },
  });
}
