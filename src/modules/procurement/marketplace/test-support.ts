// Factories for the marketplace's tests, over the shared ones (../test-support.ts): a lot deserted after its deadline,
// and a lot taken from bids to awards in one call, so the statistics cases read as the table they are.
import type { TestApp } from '../../../test-support/app.js';
import { awardLot, closeBidding, createOpenedBid, type TestSupplier } from '../test-support.js';
import { recordProcessEvent } from '../process/commands/record-event.js';

const SYSTEM = { id: null, label: 'test' };

/** A published lot that received no bids, declared deserted after its deadline (Ley 19.886 art. 9). */
export async function desertLot(t: TestApp, call: { id: number }, lotId: number) {
  await closeBidding(t, lotId, new Date(Date.now() - 3 * 3600_000));
  await t.database.db.transaction(async (tx) => {
    await recordProcessEvent(tx, { callId: call.id, lotId, kind: 'bids_opened', data: { bids: 0 }, author: 'system', actor: SYSTEM });
    await recordProcessEvent(tx, { callId: call.id, lotId, kind: 'deserted', data: { reason: 'Sin ofertas' }, author: 'system', actor: SYSTEM });
  });
}

/**
 * Bids on a lot by each bidder (price = its amount), then the award to those with an amount, in order: confirmed
 * (active awards) unless confirm is false (pending, in standstill).
 */
export async function competeAndAward(t: TestApp, call: { id: number }, lotId: number, bidders: Array<{ supplier: TestSupplier; amount: number; wins: boolean }>, confirm = true) {
  const bids = [];
  for (const b of bidders) bids.push({ ...b, bidId: await createOpenedBid(t, lotId, b.supplier, b.amount) });
  await awardLot(t, call, lotId, bids.filter((b) => b.wins).map((b) => ({ bidId: b.bidId, supplierId: b.supplier.id, amount: b.amount })), confirm);
}
