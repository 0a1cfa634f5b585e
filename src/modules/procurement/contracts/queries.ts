// Reads of contracts and call-offs: one with everything its page shows, a call's lists, and what the forms need (the
// awards waiting for a contract, the lots' budgets already committed to call-offs). Lists go by id, by cursor.
import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../core/db/client.js';
import { institutions } from '../../../core/tenancy/schema.js';
import { notFound } from '../../../core/http/errors.js';
import {
  procurementAwards as awards, procurementCallOffs as callOffs, procurementCalls as calls,
  procurementContracts as contracts, procurementLots as lots, procurementMilestones as milestones, procurementPayments as payments,
  procurementSuppliers as suppliers,
} from '../schema.js';
import { procurementEvents as events } from '../process/schema.js';

const paidSum = sql<string>`(select coalesce(sum(${payments.amount}), 0)::text from ${payments} where ${payments.contractId} = ${contracts.id})`;
const callHead = { id: calls.id, title: calls.title, kind: calls.kind, ocid: calls.ocid, institutionId: calls.institutionId, state: calls.state };
const institutionHead = { slug: institutions.slug, name: institutions.name };

/** The public reason of a step (termination, cancellation) from its event. */
async function reasonOf(db: DbOrTx, ocid: string, kind: string, key: string, id: number): Promise<string | null> {
  const rows = await db.select({ data: events.data }).from(events).where(and(eq(events.ocid, ocid), eq(events.kind, kind)));
  const hit = rows.find((r) => (r.data as Record<string, unknown>)[key] === id);
  return hit ? String((hit.data as { reason: string }).reason) : null;
}

export async function findContract(db: DbOrTx, id: number) {
  const [row] = await db.select({
    contract: contracts, paid: paidSum, call: callHead, institution: institutionHead,
    supplier: { id: suppliers.id, name: suppliers.legalName, rut: suppliers.rut },
    lot: { id: lots.id, number: lots.number, title: lots.title, deliveryStart: lots.deliveryStart, deliveryEnd: lots.deliveryEnd, budgetLine: lots.budgetLine },
    callOff: { id: callOffs.id, title: callOffs.title },
  }).from(contracts).innerJoin(calls, eq(calls.id, contracts.callId)).innerJoin(institutions, eq(institutions.id, calls.institutionId))
    .innerJoin(suppliers, eq(suppliers.id, contracts.supplierId)).innerJoin(lots, eq(lots.id, contracts.lotId))
    .leftJoin(callOffs, eq(callOffs.id, contracts.callOffId)).where(eq(contracts.id, id));
  if (!row) return null;
  const [ms, ps] = await Promise.all([
    db.select().from(milestones).where(eq(milestones.contractId, id)).orderBy(asc(milestones.dueOn), asc(milestones.id)),
    db.select().from(payments).where(eq(payments.contractId, id)).orderBy(asc(payments.paidOn), asc(payments.id)),
  ]);
  const terminationReason = row.contract.state === 'terminated' ? await reasonOf(db, row.contract.ocid, 'contract_terminated', 'contractId', id) : null;
  return { ...row.contract, paid: Number(row.paid), call: row.call, institution: row.institution, supplier: row.supplier, lot: row.lot,
    callOff: row.callOff?.id ? row.callOff : null, milestones: ms, payments: ps, terminationReason };
}
export type ContractDetail = NonNullable<Awaited<ReturnType<typeof findContract>>>;

export async function findContractOr404(db: DbOrTx, id: number): Promise<ContractDetail> {
  const c = await findContract(db, id);
  if (!c) throw notFound();
  return c;
}

export type ContractFilter = { callId?: number; institutionId?: number; afterId?: number | null; limit: number };

/** Contracts of a call (its own and its call-offs'), or of an institution, oldest first; `limit + 1` rows for pageOf. */
export function listContracts(db: DbOrTx, f: ContractFilter) {
  return db.select({
    id: contracts.id, ocid: contracts.ocid, callId: contracts.callId, callOffId: contracts.callOffId, lotNumber: lots.number, title: contracts.title,
    amount: contracts.amount, paid: paidSum, periodStart: contracts.periodStart, periodEnd: contracts.periodEnd, state: contracts.state,
    signedAt: contracts.signedAt, supplierId: suppliers.id, supplierName: suppliers.legalName,
  }).from(contracts).innerJoin(lots, eq(lots.id, contracts.lotId)).innerJoin(suppliers, eq(suppliers.id, contracts.supplierId))
    .innerJoin(calls, eq(calls.id, contracts.callId))
    .where(and(f.callId ? eq(contracts.callId, f.callId) : undefined, f.institutionId ? eq(calls.institutionId, f.institutionId) : undefined,
      f.afterId ? gt(contracts.id, f.afterId) : undefined))
    .orderBy(asc(contracts.id)).limit(f.limit + 1);
}
export type ContractListRow = Awaited<ReturnType<typeof listContracts>>[number];

/** The active awards of a call's awarded lots, each with its contract when signed: the signing forms' list. */
export function awardsOfCall(db: DbOrTx, callId: number) {
  return db.select({
    awardId: awards.id, amount: awards.amount, rank: awards.rank, lotId: lots.id, lotNumber: lots.number, lotTitle: lots.title, lotBudget: lots.budgetAmount,
    deliveryStart: lots.deliveryStart, deliveryEnd: lots.deliveryEnd, budgetLine: lots.budgetLine, supplierId: suppliers.id, supplierName: suppliers.legalName,
    contractId: contracts.id,
  }).from(awards).innerJoin(lots, eq(lots.id, awards.lotId)).innerJoin(suppliers, eq(suppliers.id, awards.supplierId))
    .leftJoin(contracts, eq(contracts.awardId, awards.id))
    .where(and(eq(lots.callId, callId), eq(lots.state, 'awarded'), eq(awards.state, 'active'))).orderBy(asc(lots.number), asc(awards.rank));
}
export type AwardRow = Awaited<ReturnType<typeof awardsOfCall>>[number];

/** A call's head and institution, or 404 (a draft is no one's business here: it has no awards). */
export async function findCallHead(db: DbOrTx, callId: number) {
  const [row] = await db.select({ call: callHead, institution: institutionHead }).from(calls)
    .innerJoin(institutions, eq(institutions.id, calls.institutionId)).where(eq(calls.id, callId));
  if (!row || row.call.state === 'draft') throw notFound();
  return row;
}

/** The institution of an award's call, or 404. */
export async function institutionOfAward(db: DbOrTx, awardId: number): Promise<number> {
  const [row] = await db.select({ institutionId: calls.institutionId }).from(awards).innerJoin(lots, eq(lots.id, awards.lotId))
    .innerJoin(calls, eq(calls.id, lots.callId)).where(eq(awards.id, awardId));
  if (!row) throw notFound();
  return row.institutionId;
}
