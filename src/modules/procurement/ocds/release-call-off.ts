// The release of a call-off (orden de compra under a framework agreement): its own contracting process with its own
// ocid, linked to the agreement by relatedProcesses (relationship 'framework', scheme 'ocid'), as OCDS 1.1's
// framework-agreement guidance models the second stage. Its tender is the call-off (direct, or a renewed competition
// among the admitted suppliers: techniques' `competitive`), its award the supplier chosen, its contract the order.
import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../core/db/client.js';
import { procurementCallOffs as callOffs, procurementCalls as calls, procurementLots as lots } from '../schema.js';
import { procurementEvents as events } from '../process/schema.js';
import { loadBuyer, loadContracts, loadSuppliers } from './release-data.js';
import { buyerParty, SupplierRoles, supplierReference } from './release-parties.js';
import { buildContract } from './release-results.js';
import { clp } from './release-tender.js';

const STATUS = { competition: 'active', placed: 'complete', cancelled: 'cancelled' } as const;
export const callOffAwardId = (callOffId: number) => `call-off-${callOffId}`;

export async function buildCallOffRelease(db: DbOrTx, callOff: typeof callOffs.$inferSelect) {
  const [agreement] = await db.select({ ocid: calls.ocid, title: calls.title }).from(calls).where(eq(calls.id, callOff.callId));
  const [lot] = await db.select({ number: lots.number, category: lots.category }).from(lots).where(eq(lots.id, callOff.lotId));
  const buyer = await loadBuyer(db, callOff.institutionId);
  const [placed] = await db.select({ at: events.at, data: events.data }).from(events)
    .where(and(eq(events.ocid, callOff.ocid), eq(events.kind, 'call_off_awarded'))).orderBy(asc(events.id)).limit(1);
  const contractRows = await loadContracts(db, callOff.ocid);
  const placedWith = placed ? (placed.data as { supplierId: number; amount: number }) : null;
  const suppliers = new Map((await loadSuppliers(db, [...(placedWith ? [placedWith.supplierId] : []), ...contractRows.map((c) => c.supplierId)])).map((s) => [s.id, s]));
  const roles = new SupplierRoles();
  const awardId = callOffAwardId(callOff.id);
  const award = placed && placedWith ? {
    id: awardId, status: 'active', date: placed.at.toISOString(), value: clp(placedWith.amount),
    suppliers: [supplierReference(suppliers.get(placedWith.supplierId)!)],
  } : undefined;
  if (placedWith) roles.add(placedWith.supplierId, 'supplier');
  const contracts = contractRows.map((c) => buildContract(c, awardId, buyer, suppliers.get(c.supplierId)!, roles));
  return {
    parties: [buyerParty(buyer), ...roles.parties(suppliers)],
    relatedProcesses: [{ id: '1', relationship: ['framework'], title: agreement!.title, scheme: 'ocid', identifier: agreement!.ocid }],
    tender: {
      id: callOff.ocid, title: callOff.title, ...(callOff.description ? { description: callOff.description } : {}), status: STATUS[callOff.state],
      procurementMethod: callOff.method === 'direct' ? 'limited' : 'selective',
      procurementMethodDetails: callOff.method === 'direct' ? 'Orden de compra directa bajo convenio marco' : 'Orden de compra con nueva competencia entre los proveedores admitidos',
      mainProcurementCategory: 'services', value: clp(callOff.maxAmount), competitive: callOff.method === 'mini_competition',
      techniques: { hasFrameworkAgreement: true },
      ...(callOff.quotesUntil ? { tenderPeriod: { startDate: callOff.createdAt.toISOString(), endDate: callOff.quotesUntil.toISOString() } } : {}),
      items: [{ id: '1', description: callOff.title, classification: { scheme: 'CABILDO-CAT', id: lot!.category } }],
    },
    ...(award ? { awards: [award] } : {}),
    ...(contracts.length ? { contracts } : {}),
  };
}
