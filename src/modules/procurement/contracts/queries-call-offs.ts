// Reads of call-offs: one with its admitted suppliers, its quotes and its contract; a call's list; the budget of each
// awarded lot of a framework agreement and what its call-offs already commit.
import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../core/db/client.js';
import { institutions } from '../../../core/tenancy/schema.js';
import { notFound } from '../../../core/http/errors.js';
import {
  procurementAwards as awards, procurementCallOffQuotes as quotes, procurementCallOffs as callOffs, procurementCalls as calls,
  procurementContracts as contracts, procurementLots as lots, procurementSuppliers as suppliers,
} from '../schema.js';
import { procurementEvents as events } from '../process/schema.js';

/** The suppliers admitted to a lot (its active awards), by rank. */
export function admittedSuppliers(db: DbOrTx, lotId: number) {
  return db.select({ id: suppliers.id, name: suppliers.legalName }).from(awards).innerJoin(suppliers, eq(suppliers.id, awards.supplierId))
    .where(and(eq(awards.lotId, lotId), eq(awards.state, 'active'))).orderBy(asc(awards.rank));
}

export async function findCallOff(db: DbOrTx, id: number) {
  const [row] = await db.select({
    callOff: callOffs, institution: { slug: institutions.slug, name: institutions.name },
    agreement: { id: calls.id, ocid: calls.ocid, title: calls.title }, lot: { id: lots.id, number: lots.number, title: lots.title, deliveryStart: lots.deliveryStart,
      deliveryEnd: lots.deliveryEnd, budgetLine: lots.budgetLine },
    supplierName: suppliers.legalName, contractId: contracts.id,
  }).from(callOffs).innerJoin(calls, eq(calls.id, callOffs.callId)).innerJoin(institutions, eq(institutions.id, callOffs.institutionId))
    .innerJoin(lots, eq(lots.id, callOffs.lotId)).leftJoin(suppliers, eq(suppliers.id, callOffs.supplierId))
    .leftJoin(contracts, eq(contracts.callOffId, callOffs.id)).where(eq(callOffs.id, id));
  if (!row) return null;
  const [admitted, quoteRows, cancelled] = await Promise.all([
    admittedSuppliers(db, row.lot.id),
    db.select({ id: quotes.id, supplierId: quotes.supplierId, supplierName: suppliers.legalName, amount: quotes.amount, submittedAt: quotes.submittedAt })
      .from(quotes).innerJoin(suppliers, eq(suppliers.id, quotes.supplierId)).where(eq(quotes.callOffId, id))
      .orderBy(asc(quotes.amount), asc(quotes.submittedAt), asc(quotes.id)),
    db.select({ data: events.data }).from(events).where(and(eq(events.ocid, row.callOff.ocid), eq(events.kind, 'call_off_cancelled'))),
  ]);
  return {
    ...row.callOff, institution: row.institution, agreement: row.agreement, lot: row.lot, supplierName: row.supplierName, contractId: row.contractId,
    admitted, quotes: quoteRows, cancellationReason: cancelled[0] ? (cancelled[0].data as { reason: string }).reason : null,
  };
}
export type CallOffDetail = NonNullable<Awaited<ReturnType<typeof findCallOff>>>;

export async function findCallOffOr404(db: DbOrTx, id: number): Promise<CallOffDetail> {
  const c = await findCallOff(db, id);
  if (!c) throw notFound();
  return c;
}

/** Quotes are sealed until quotesUntil: before, each supplier sees only its own. */
export const quotesOpen = (c: Pick<CallOffDetail, 'quotesUntil'>, now = new Date()) => c.quotesUntil !== null && now.getTime() > c.quotesUntil.getTime();

export type CallOffFilter = { callId?: number; institutionId?: number; afterId?: number | null; limit: number };

export function listCallOffs(db: DbOrTx, f: CallOffFilter) {
  return db.select({
    id: callOffs.id, ocid: callOffs.ocid, callId: callOffs.callId, lotNumber: lots.number, title: callOffs.title, method: callOffs.method,
    maxAmount: callOffs.maxAmount, amount: callOffs.amount, quotesUntil: callOffs.quotesUntil, state: callOffs.state, createdAt: callOffs.createdAt,
    supplierId: callOffs.supplierId, supplierName: suppliers.legalName,
  }).from(callOffs).innerJoin(lots, eq(lots.id, callOffs.lotId)).leftJoin(suppliers, eq(suppliers.id, callOffs.supplierId))
    .where(and(f.callId ? eq(callOffs.callId, f.callId) : undefined, f.institutionId ? eq(callOffs.institutionId, f.institutionId) : undefined,
      f.afterId ? gt(callOffs.id, f.afterId) : undefined))
    .orderBy(asc(callOffs.id)).limit(f.limit + 1);
}
export type CallOffListRow = Awaited<ReturnType<typeof listCallOffs>>[number];

/** Each awarded lot of the agreement: its budget, what its call-offs commit, and its admitted suppliers. */
export async function lotBudgets(db: DbOrTx, callId: number) {
  const rows = await db.select({
    id: lots.id, number: lots.number, title: lots.title, budget: lots.budgetAmount,
    committed: sql<string>`(select coalesce(sum(coalesce(${callOffs.amount}, ${callOffs.maxAmount})), 0)::text from ${callOffs}
      where ${callOffs.lotId} = ${lots.id} and ${callOffs.state} <> 'cancelled')`,
  }).from(lots).where(and(eq(lots.callId, callId), eq(lots.state, 'awarded'))).orderBy(asc(lots.number));
  const admitted = rows.length === 0 ? [] : await db.select({ lotId: awards.lotId, id: suppliers.id, name: suppliers.legalName }).from(awards)
    .innerJoin(suppliers, eq(suppliers.id, awards.supplierId)).where(and(inArray(awards.lotId, rows.map((r) => r.id)), eq(awards.state, 'active')))
    .orderBy(asc(awards.rank));
  return rows.map((r) => ({ ...r, committed: Number(r.committed), admitted: admitted.filter((a) => a.lotId === r.id) }));
}
export type LotBudget = Awaited<ReturnType<typeof lotBudgets>>[number];

