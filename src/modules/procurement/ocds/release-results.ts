// What follows the tender in a call's release. Bids (bids extension): once a lot's bids are opened, only their
// statistics; each bid's tenderer, price and standing once the lot is awarded and its report published — never before,
// so a release never tells a price while the lot is being evaluated. Awards (pending during the standstill, then
// active), contracts with their milestones and payments (implementation.transactions).
import type { ContractState } from '../contracts/schema.js';
import type { Buyer, CallData, ContractInfo, SupplierInfo } from './release-data.js';
import { buyerReference, supplierReference, type SupplierRoles } from './release-parties.js';
import { clp, endOfDay, startOfDay } from './release-tender.js';

const AWARDED_LOT = ['standstill', 'awarded'];
/** contractStatus: a contract that ended, early or on time, is 'terminated' (OCDS 1.1 codelist). */
const CONTRACT_STATUS: Record<ContractState, string> = { active: 'active', terminated: 'terminated', completed: 'terminated' };
/** milestoneStatus has no 'cancelled': a cancelled milestone was not met. */
const MILESTONE_STATUS = { scheduled: 'scheduled', met: 'met', cancelled: 'notMet' } as const;
const SME = new Set(['micro', 'small', 'medium']);

export function buildBids(d: CallData, opened: ReadonlySet<number>, roles: SupplierRoles) {
  const statistics = [];
  const details = [];
  for (const lot of d.lots) {
    if (!opened.has(lot.id)) continue;
    const lotBids = d.bids.filter((b) => b.lotId === lot.id);
    const sizes = lotBids.map((b) => d.suppliers.get(b.supplierId)!.size);
    const stat = (measure: string, value: number) => ({ id: `${lot.number}-${measure}`, measure, value, relatedLot: String(lot.number) });
    statistics.push(stat('bids', lotBids.length), stat('bidders', new Set(lotBids.map((b) => b.supplierId)).size),
      stat('smeBids', sizes.filter((s) => SME.has(s)).length), stat('microBids', sizes.filter((s) => s === 'micro').length));
    for (const b of lotBids) roles.add(b.supplierId, 'tenderer');
    if (!AWARDED_LOT.includes(lot.state)) continue;
    for (const b of lotBids) {
      details.push({
        id: String(b.id), date: b.submittedAt.toISOString(), status: b.admissible === false ? 'disqualified' : 'valid',
        tenderers: [supplierReference(d.suppliers.get(b.supplierId)!)], ...(b.price !== null ? { value: clp(b.price) } : {}),
        relatedLots: [String(lot.number)], ...(b.rank !== null && b.rank !== undefined ? { hasRank: true, rank: b.rank } : {}),
      });
    }
  }
  return statistics.length ? { statistics, ...(details.length ? { details } : {}) } : undefined;
}

export function buildAwards(d: CallData, roles: SupplierRoles) {
  const lotOf = new Map(d.lots.map((l) => [l.id, l]));
  return d.awards.map((a) => {
    roles.add(a.supplierId, 'supplier');
    const lot = lotOf.get(a.lotId)!;
    // The lifecycle says when an award is final: pending through the standstill, active once the lot is awarded.
    const status = a.state === 'cancelled' || lot.state === 'cancelled' ? 'cancelled' : lot.state === 'awarded' ? 'active' : 'pending';
    return {
      id: String(a.id), status, date: a.decidedAt.toISOString(), value: clp(a.amount),
      suppliers: [supplierReference(d.suppliers.get(a.supplierId)!)], relatedLots: [String(lot.number)], relatedBid: String(a.bidId),
    };
  });
}

/** A contract with its implementation; `awardId` names the award in the same ocid (a call-off's own award). */
export function buildContract(c: ContractInfo, awardId: string, buyer: Buyer, supplier: SupplierInfo, roles: SupplierRoles) {
  roles.add(c.supplierId, 'supplier');
  if (c.payments.length) roles.add(c.supplierId, 'payee');
  return {
    id: String(c.id), awardID: awardId, title: c.title, status: CONTRACT_STATUS[c.state], value: clp(c.amount),
    period: { startDate: startOfDay(c.periodStart), endDate: endOfDay(c.periodEnd) }, dateSigned: c.signedAt.toISOString(),
    ...(c.milestones.length || c.payments.length ? {
      implementation: {
        ...(c.milestones.length ? {
          milestones: c.milestones.map((m) => ({
            id: String(m.id), title: m.title, type: 'delivery', dueDate: endOfDay(m.dueOn), status: MILESTONE_STATUS[m.state],
            ...(m.metOn ? { dateMet: endOfDay(m.metOn) } : {}), ...(m.amount !== null ? { value: clp(m.amount) } : {}),
          })),
        } : {}),
        ...(c.payments.length ? {
          transactions: c.payments.map((p) => ({
            id: String(p.id), date: endOfDay(p.paidOn), value: clp(p.amount), payer: buyerReference(buyer), payee: supplierReference(supplier),
          })),
        } : {}),
      },
    } : {}),
  };
}

export function buildContracts(d: CallData, buyer: Buyer, roles: SupplierRoles) {
  return d.contracts.map((c) => buildContract(c, c.awardId !== null ? String(c.awardId) : '', buyer, d.suppliers.get(c.supplierId)!, roles));
}
