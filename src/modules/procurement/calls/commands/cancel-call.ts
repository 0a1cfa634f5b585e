// Cancelling a whole call (revocación: every lot not yet final is cancelled with it) or one lot, with public reasons.
// The lifecycle decides when each is possible; the reasons go on the public record with the event.
import type { Tx } from '../../../../core/db/client.js';
import type { AuditActor } from '../../../../core/audit/log.js';
import { recordProcessEvent } from '../../process/commands/record-event.js';

export const cancelCall = (tx: Tx, input: { callId: number; reason: string }, actor: AuditActor, at = new Date()) =>
  recordProcessEvent(tx, { callId: input.callId, kind: 'cancelled', data: { reason: input.reason }, author: 'official', actor, at });

export const cancelLot = (tx: Tx, input: { callId: number; lotId: number; reason: string }, actor: AuditActor, at = new Date()) =>
  recordProcessEvent(tx, { callId: input.callId, lotId: input.lotId, kind: 'lot_cancelled', data: { reason: input.reason }, author: 'official', actor, at });
