// Declaring a lot deserted (desierto) with reasons, when no bid suits the institution (Ley 19.886 art. 9): after the
// deadline, during evaluation, or during the standstill, when the pending awards fall with it. The reasons are public.
import { and, eq } from 'drizzle-orm';
import type { AuditActor } from '../../../../core/audit/log.js';
import type { Tx } from '../../../../core/db/client.js';
import { recordProcessEvent } from '../../process/commands/record-event.js';
import { procurementAwards as awards } from '../schema.js';
import { findEvaluationLot } from '../queries.js';

export async function desertLot(tx: Tx, input: { lotId: number; reason: string; actor: AuditActor; at?: Date }): Promise<void> {
  const { call, lot } = await findEvaluationLot(tx, input.lotId);
  // Before the step, so the release it emits shows the awards as they now stand (a refused step rolls this back).
  await tx.update(awards).set({ state: 'cancelled' }).where(and(eq(awards.lotId, lot.id), eq(awards.state, 'pending')));
  await recordProcessEvent(tx, {
    callId: call.id, lotId: lot.id, kind: 'deserted', data: { reason: input.reason }, author: 'official', actor: input.actor, at: input.at,
  });
}
