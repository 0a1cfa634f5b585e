// A quote in a call-off's renewed competition, by a representative of an admitted supplier, up to and including
// quotesUntil (server time), at most the call-off's maximum. One per supplier: a new quote replaces the previous one
// and counts from when it was made. Until quotesUntil it is sealed like a bid (only its supplier sees it), so its
// audit entry is private and holds no price; the quotes are published with the award.
import type { Tx } from '../../../../core/db/client.js';
import { appendAudit, type AuditActor } from '../../../../core/audit/log.js';
import { conflict, forbidden, InvalidField } from '../../../../core/http/errors.js';
import { procurementCallOffQuotes as quotes } from '../../schema.js';
import { representsSupplier } from '../policy.js';
import { admittedSupplierIds, lockCallOff } from './call-offs.js';

export async function submitQuote(tx: Tx, input: { callOffId: number; supplierId: number; amount: number }, actor: AuditActor, at = new Date()): Promise<number> {
  const callOff = await lockCallOff(tx, input.callOffId);
  if (!(await representsSupplier(tx, actor.id, input.supplierId))) throw forbidden();
  if (callOff.state !== 'competition' || callOff.method !== 'mini_competition') throw conflict('procurement.contracts.error.notInCompetition');
  if (at.getTime() > callOff.quotesUntil!.getTime()) throw conflict('procurement.contracts.error.quotesClosed');
  if (!(await admittedSupplierIds(tx, callOff.lotId)).includes(input.supplierId)) throw new InvalidField('supplierId', 'procurement.contracts.error.notAdmitted');
  if (!Number.isSafeInteger(input.amount) || input.amount <= 0) throw new InvalidField('amount', 'procurement.contracts.error.amount');
  if (input.amount > callOff.maxAmount) throw new InvalidField('amount', 'procurement.contracts.error.quoteOverMax');
  const [row] = await tx.insert(quotes).values({ callOffId: callOff.id, supplierId: input.supplierId, amount: input.amount, submittedBy: actor.id!, submittedAt: at })
    .onConflictDoUpdate({ target: [quotes.callOffId, quotes.supplierId], set: { amount: input.amount, submittedBy: actor.id!, submittedAt: at } })
    .returning({ id: quotes.id });
  await appendAudit(tx, {
    actor, institutionId: callOff.institutionId, action: 'procurement.call_off.quote', resourceType: 'procurement_call_off', resourceId: String(callOff.id),
    public: false, summary: { ocid: callOff.ocid, supplierId: input.supplierId, quoteId: row!.id },
  });
  return row!.id;
}
