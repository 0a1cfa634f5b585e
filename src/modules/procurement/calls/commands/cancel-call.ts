// Cancelling a whole call (revocación: every lot not yet final is cancelled with it) or one lot, with public reasons.
// The lifecycle decides when each is possible; the reasons go on the public record with the event.
import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../../../core/db/client.js';
import type { AuditActor } from '../../../../core/audit/log.js';
import { recordProcessEvent } from '../../process/commands/record-event.js';
import { procurementAwards as awards } from '../../evaluation/schema.js';
import { procurementLots as lots } from '../schema.js';

/**
 * Pending awards (a lot in standstill) fall with the lot, as when it is deserted (evaluation/commands/desert-lot.ts);
 * done before the step so the release it emits shows them as they now stand (a refused step rolls this back).
 */
const cancelPendingAwards = (tx: Tx, lotIds: number[]) =>
  tx.update(awards).set({ state: 'cancelled' }).where(and(inArray(awards.lotId, lotIds), eq(awards.state, 'pending')));

export async function cancelCall(tx: Tx, input: { callId: number; reason: string }, actor: AuditActor, at = new Date()) {
  const standstill = await tx.select({ id: lots.id }).from(lots).where(and(eq(lots.callId, input.callId), eq(lots.state, 'standstill')));
  if (standstill.length > 0) await cancelPendingAwards(tx, standstill.map((l) => l.id));
  return recordProcessEvent(tx, { callId: input.callId, kind: 'cancelled', data: { reason: input.reason }, author: 'official', actor, at });
}

export async function cancelLot(tx: Tx, input: { callId: number; lotId: number; reason: string }, actor: AuditActor, at = new Date()) {
  await cancelPendingAwards(tx, [input.lotId]);
  return recordProcessEvent(tx, { callId: input.callId, lotId: input.lotId, kind: 'lot_cancelled', data: { reason: input.reason }, author: 'official', actor, at });
}
