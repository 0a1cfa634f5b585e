// Publishing a call: the whole call is judged again at the moment of publication (its deadlines must still lie ahead),
// a quick purchase is checked against its ceiling in UTM of the month it is published in, and the lifecycle opens
// every lot for bids (published: OCDS tender).
import { eq } from 'drizzle-orm';
import type { Tx } from '../../../../core/db/client.js';
import type { AuditActor } from '../../../../core/audit/log.js';
import { conflict, notFound } from '../../../../core/http/errors.js';
import { recordProcessEvent } from '../../process/commands/record-event.js';
import { procurementCalls as calls } from '../schema.js';
import { quickPurchaseCeiling, totalBudget, utmMonthOf, validateCall } from '../rules.js';
import { assertValid } from '../invalid-call.js';
import { findCallDetail, inputOf } from '../queries.js';
import { findUtmOf } from '../utm.js';
import { formatPesos } from '../../money.js';

/** Pesos are written the Chilean way in both languages: the figures are Chilean amounts. */

export type PublishCallInput = { callId: number; /** config.quickPurchaseUtm */ quickPurchaseUtm: number };

export async function publishCall(tx: Tx, input: PublishCallInput, actor: AuditActor, at = new Date()): Promise<void> {
  await tx.select({ id: calls.id }).from(calls).where(eq(calls.id, input.callId)).for('update');
  const call = await findCallDetail(tx, input.callId);
  if (!call) throw notFound();
  if (call.state !== 'draft') throw conflict('procurement.rule.wrongState', { state: call.state });
  assertValid(validateCall(inputOf(call), at));
  if (call.kind === 'quick_purchase') {
    const month = utmMonthOf(at);
    const utm = await findUtmOf(tx, month);
    if (utm === null) throw conflict('procurement.calls.error.utmMissing', { month: month.slice(0, 7) });
    const ceiling = quickPurchaseCeiling(input.quickPurchaseUtm, utm);
    if (totalBudget(call.lots) > ceiling) {
      throw conflict('procurement.calls.error.quickPurchaseCeiling', { total: formatPesos(totalBudget(call.lots), 'es-CL'), ceiling: formatPesos(ceiling, 'es-CL'), utm: input.quickPurchaseUtm, month: month.slice(0, 7) });
    }
  }
  await recordProcessEvent(tx, { callId: call.id, kind: 'published', data: {}, author: 'official', actor, at });
}
