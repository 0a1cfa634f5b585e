// Confirming a lot's awards once its standstill has ended (the lifecycle refuses it earlier): the pending awards
// become active and contracts may follow. The clock does it (ticker.ts) as 'system'; an official may as well.
import { and, eq } from 'drizzle-orm';
import type { AuditActor } from '../../../../core/audit/log.js';
import type { Tx } from '../../../../core/db/client.js';
import { recordProcessEvent } from '../../process/commands/record-event.js';
import { procurementAwards as awards } from '../schema.js';
import { findEvaluationLot } from '../queries.js';

export async function confirmAward(tx: Tx, input: { lotId: number; actor: AuditActor; at?: Date }): Promise<void> {
  const { call, lot } = await findEvaluationLot(tx, input.lotId);
  // Before the step, so the release it emits shows the awards as they now stand (a refused step rolls this back).
  await tx.update(awards).set({ state: 'active' }).where(and(eq(awards.lotId, lot.id), eq(awards.state, 'pending')));
  await recordProcessEvent(tx, {
    callId: call.id, lotId: lot.id, kind: 'award_confirmed', data: {}, author: input.actor.id === null ? 'system' : 'official', actor: input.actor, at: input.at,
  });
}
