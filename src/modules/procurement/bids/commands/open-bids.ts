// Opening a lot's bids once its deadline has passed: every submitted (not withdrawn) bid is unsealed into its clear
// columns (price, answers, openedAt) and the public step 'bids_opened' is recorded with their count, in one
// transaction. The lifecycle refuses the step before the deadline (process/lifecycle.ts) and so does the seal itself
// (seal.ts), so neither an early ticker nor an eager official reads a bid on time. Documents stay sealed in the table
// and are opened one by one when an entitled reader downloads them (routes.lot-bids.tsx).
//
// openDueLots is what the clock runs (the evaluation area's ticker): every open lot of a published call whose deadline
// has passed, each in its own transaction, so one lot that fails does not hold the others back.
import { and, asc, eq, isNull, lt } from 'drizzle-orm';
import type { Db, Tx } from '../../../../core/db/client.js';
import type { AuditActor } from '../../../../core/audit/log.js';
import { SYSTEM_ACTOR } from '../../../../core/auth/actor.js';
import { notFound } from '../../../../core/http/errors.js';
import { procurementBids as bids, procurementCalls as calls, procurementLots as lots } from '../../schema.js';
import { recordProcessEvent } from '../../process/commands/record-event.js';
import { openBidContent, type SealingConfig } from '../seal.js';

/** Opens the lot's bids; returns how many were opened. The clock opens as 'system' (actor id null), an official as 'official'. */
export async function openLotBids(tx: Tx, config: SealingConfig, lotId: number, actor: AuditActor, at = new Date()): Promise<number> {
  const [lot] = await tx.select({ callId: lots.callId }).from(lots).where(eq(lots.id, lotId));
  if (!lot) throw notFound();
  // Taken before reading the bids: a submission in flight (which holds the call FOR SHARE) commits first.
  await tx.select({ id: calls.id }).from(calls).where(eq(calls.id, lot.callId)).for('update');
  const [{ bidsUntil }] = await tx.select({ bidsUntil: lots.bidsUntil }).from(lots).where(eq(lots.id, lotId)) as [{ bidsUntil: Date }];
  const sealed = await tx.select({ id: bids.id, sealed: bids.sealed }).from(bids)
    .where(and(eq(bids.lotId, lotId), eq(bids.state, 'submitted'), isNull(bids.openedAt))).orderBy(asc(bids.id));
  await recordProcessEvent(tx, {
    callId: lot.callId, lotId, kind: 'bids_opened', data: { bids: sealed.length }, author: actor.id === null ? 'system' : 'official', actor, at,
  });
  for (const bid of sealed) {
    const { price, answers } = openBidContent(config, { id: lotId, bidsUntil }, bid.id, bid.sealed, at);
    await tx.update(bids).set({ price, answers, openedAt: at }).where(eq(bids.id, bid.id));
  }
  return sealed.length;
}

export type OpenedLots = { opened: Array<{ lotId: number; bids: number }>; failed: Array<{ lotId: number; error: unknown }> };

/** Opens every due lot; reports the ones that failed (the ticker logs them) rather than stopping at the first. */
export async function openDueLots(db: Db, config: SealingConfig, now = new Date()): Promise<OpenedLots> {
  const due = await db.select({ id: lots.id }).from(lots).innerJoin(calls, eq(calls.id, lots.callId))
    .where(and(eq(lots.state, 'open'), eq(calls.state, 'published'), lt(lots.bidsUntil, now))).orderBy(asc(lots.bidsUntil), asc(lots.id));
  const result: OpenedLots = { opened: [], failed: [] };
  for (const { id } of due) {
    try {
      result.opened.push({ lotId: id, bids: await db.transaction((tx) => openLotBids(tx, config, id, SYSTEM_ACTOR, now)) });
    } catch (error) {
      result.failed.push({ lotId: id, error });
    }
  }
  return result;
}
