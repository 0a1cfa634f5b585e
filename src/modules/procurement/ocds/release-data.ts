// What a release of a call is built from, read in the emitting transaction: the call, its lots and criteria, the
// bids that were opened (never a sealed one: bids/schema.ts), their results, the awards, the contracts of the call's own
// ocid with their milestones and payments, the suppliers involved, and the public amendments. A release is a snapshot,
// so it reads the rows as they are when the step is recorded.
import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { DbOrTx } from '../../../core/db/client.js';
import { comunas, institutions, regions } from '../../../core/tenancy/schema.js';
import {
  procurementAwards as awards, procurementBidResults as results, procurementBids as bids, procurementCalls as calls, procurementContracts as contracts,
  procurementCriteria as criteria, procurementLots as lots, procurementMilestones as milestones, procurementPayments as payments,
  procurementSupplierMembers as members, procurementSuppliers as suppliers,
} from '../schema.js';
import { procurementEvents as events } from '../process/schema.js';

export type Buyer = { slug: string; name: string; regionName: string | null };
export type SupplierInfo = Awaited<ReturnType<typeof loadSuppliers>>[number];
export type ContractInfo = Awaited<ReturnType<typeof loadContracts>>[number];
export type CallData = Awaited<ReturnType<typeof loadCallData>>;

export async function loadBuyer(db: DbOrTx, institutionId: number): Promise<Buyer> {
  const [row] = await db.select({ slug: institutions.slug, name: institutions.name, regionName: regions.name })
    .from(institutions).leftJoin(regions, eq(regions.code, institutions.regionCode)).where(eq(institutions.id, institutionId));
  if (!row) throw new RangeError(`no institution ${institutionId}`);
  return row;
}

/** The suppliers by id, with their comuna and region (public) and, for joint ventures, their members. */
export async function loadSuppliers(db: DbOrTx, ids: readonly number[]) {
  if (ids.length === 0) return [];
  const rows = await db.select({
    id: suppliers.id, rut: suppliers.rut, legalName: suppliers.legalName, kind: suppliers.kind, size: suppliers.size,
    comunaName: comunas.name, regionName: regions.name,
  }).from(suppliers).innerJoin(comunas, eq(comunas.code, suppliers.comunaCode)).innerJoin(regions, eq(regions.code, comunas.regionCode))
    .where(inArray(suppliers.id, [...new Set(ids)])).orderBy(asc(suppliers.id));
  const memberRows = await db.select({
    supplierId: members.supplierId, rut: members.rut, name: members.name, size: members.size, naturalPerson: members.naturalPerson,
  }).from(members).where(inArray(members.supplierId, rows.map((r) => r.id))).orderBy(asc(members.id));
  return rows.map((r) => ({ ...r, members: memberRows.filter((m) => m.supplierId === r.id) }));
}

/** The contracts of one process (a call's ocid or a call-off's), with their milestones and payments. */
export async function loadContracts(db: DbOrTx, ocid: string) {
  const rows = await db.select().from(contracts).where(eq(contracts.ocid, ocid)).orderBy(asc(contracts.id));
  if (rows.length === 0) return [];
  const ids = rows.map((c) => c.id);
  const ms = await db.select().from(milestones).where(inArray(milestones.contractId, ids)).orderBy(asc(milestones.dueOn), asc(milestones.id));
  const ps = await db.select().from(payments).where(inArray(payments.contractId, ids)).orderBy(asc(payments.paidOn), asc(payments.id));
  return rows.map((c) => ({ ...c, milestones: ms.filter((m) => m.contractId === c.id), payments: ps.filter((p) => p.contractId === c.id) }));
}

export async function loadCallData(db: DbOrTx, call: typeof calls.$inferSelect) {
  const lotRows = await db.select().from(lots).where(eq(lots.callId, call.id)).orderBy(asc(lots.number));
  const lotIds = lotRows.map((l) => l.id);
  const criterionRows = await db.select().from(criteria).where(eq(criteria.callId, call.id)).orderBy(asc(criteria.position));
  const opened = lotIds.length === 0 ? [] : await db.select({
    id: bids.id, lotId: bids.lotId, supplierId: bids.supplierId, submittedAt: bids.submittedAt, price: bids.price,
    admissible: results.admissible, rank: results.rank,
  }).from(bids).leftJoin(results, eq(results.bidId, bids.id))
    .where(and(inArray(bids.lotId, lotIds), eq(bids.state, 'submitted'), isNotNull(bids.openedAt))).orderBy(asc(bids.id));
  const awardRows = lotIds.length === 0 ? [] : await db.select().from(awards).where(inArray(awards.lotId, lotIds)).orderBy(asc(awards.lotId), asc(awards.rank));
  const contractRows = await loadContracts(db, call.ocid);
  const amendments = await db.select({ id: events.id, at: events.at, data: events.data }).from(events)
    .where(and(eq(events.ocid, call.ocid), eq(events.kind, 'amended'), eq(events.public, true))).orderBy(asc(events.id));
  const supplierIds = [...opened.map((b) => b.supplierId), ...awardRows.map((a) => a.supplierId), ...contractRows.map((c) => c.supplierId)];
  return {
    call, lots: lotRows, criteria: criterionRows, bids: opened, awards: awardRows, contracts: contractRows,
    amendments: amendments.map((a) => ({ id: a.id, at: a.at, summary: String((a.data as { summary?: unknown }).summary ?? '') })),
    suppliers: new Map((await loadSuppliers(db, supplierIds)).map((s) => [s.id, s])),
  };
}
