// Reads of the bids area. None returns a sealed column, and the clear ones (price, answers) only once opened: the
// seal is kept by what is selected, not by what a view chooses to show.
import { and, asc, desc, eq, inArray, isNotNull, lt, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../core/db/client.js';
import { institutions } from '../../../core/tenancy/schema.js';
import {
  procurementAwards as awards, procurementBidDocuments as docs, procurementBids as bids, procurementCalls as calls, procurementCriteria as criteria, procurementLots as lots,
  procurementSupplierRepresentatives as reps, procurementSuppliers as suppliers,
} from '../schema.js';
import { FORMULA_CRITERIA } from '../calls/schema.js';

/** A lot with its call and institution, as the bid form and the rules need them. */
export async function findLot(db: DbOrTx, where: { lotId: number } | { callId: number; number: number }) {
  const [row] = await db.select({
    id: lots.id, number: lots.number, title: lots.title, budgetAmount: lots.budgetAmount, bidsUntil: lots.bidsUntil, state: lots.state,
    callId: calls.id, callTitle: calls.title, callState: calls.state, maxLotsBid: calls.maxLotsBid,
    institutionId: institutions.id, institutionSlug: institutions.slug, institutionName: institutions.name,
  }).from(lots).innerJoin(calls, eq(calls.id, lots.callId)).innerJoin(institutions, eq(institutions.id, calls.institutionId))
    .where('lotId' in where ? eq(lots.id, where.lotId) : and(eq(lots.callId, where.callId), eq(lots.number, where.number)));
  return row ?? null;
}
export type BidLot = NonNullable<Awaited<ReturnType<typeof findLot>>>;

/** The criteria a bid answers: every one of the call's that is not scored by a formula (calls/schema.ts FORMULA_CRITERIA). */
export function answeredCriteria(db: DbOrTx, callId: number) {
  return db.select({ id: criteria.id, kind: criteria.kind, name: criteria.name, description: criteria.description, weight: criteria.weight })
    .from(criteria).where(and(eq(criteria.callId, callId), sql`${criteria.kind} not in ${FORMULA_CRITERIA}`)).orderBy(asc(criteria.position));
}
export type AnsweredCriterion = Awaited<ReturnType<typeof answeredCriteria>>[number];

/** The suppliers a person represents (procurement_supplier_representatives), by name. */
export function representedSuppliers(db: DbOrTx, personId: number) {
  return db.select({ id: suppliers.id, legalName: suppliers.legalName }).from(reps).innerJoin(suppliers, eq(suppliers.id, reps.supplierId))
    .where(eq(reps.personId, personId)).orderBy(asc(suppliers.sortKey), asc(suppliers.id));
}

/** Documents of bids as their bidders see them before opening: how many and how large (names are sealed). */
const documentTotals = (db: DbOrTx) => db.select({ bidId: docs.bidId, count: sql<number>`count(*)::int`.as('count'), bytes: sql<number>`coalesce(sum(${docs.size}), 0)::int`.as('bytes') })
  .from(docs).groupBy(docs.bidId).as('doc_totals');

/**
 * A person's bids, for every supplier they represent, newest first (cursor: the last id seen). Price and answers are
 * given only once opened: before, not even the bidder can read them back (seal.ts). awardRank: the rank of its award
 * (a cancelled award does not count), null when not awarded.
 */
export async function listMyBids(db: DbOrTx, personId: number, limit: number, afterId?: number) {
  const totals = documentTotals(db);
  return db.select({
    id: bids.id, state: bids.state, submittedAt: bids.submittedAt, withdrawnAt: bids.withdrawnAt, openedAt: bids.openedAt,
    price: sql<number | null>`case when ${bids.openedAt} is not null then ${bids.price} end`.mapWith(Number),
    supplierId: suppliers.id, supplierName: suppliers.legalName,
    lotId: lots.id, lotNumber: lots.number, lotTitle: lots.title, lotState: lots.state, bidsUntil: lots.bidsUntil, budgetAmount: lots.budgetAmount,
    callId: calls.id, callTitle: calls.title, institutionSlug: institutions.slug, institutionName: institutions.name,
    documents: sql<number>`coalesce(${totals.count}, 0)`.mapWith(Number), documentBytes: sql<number>`coalesce(${totals.bytes}, 0)`.mapWith(Number),
    awardRank: awards.rank,
  }).from(bids)
    .innerJoin(reps, and(eq(reps.supplierId, bids.supplierId), eq(reps.personId, personId)))
    .innerJoin(suppliers, eq(suppliers.id, bids.supplierId)).innerJoin(lots, eq(lots.id, bids.lotId)).innerJoin(calls, eq(calls.id, lots.callId))
    .innerJoin(institutions, eq(institutions.id, calls.institutionId)).leftJoin(totals, eq(totals.bidId, bids.id))
    .leftJoin(awards, and(eq(awards.bidId, bids.id), ne(awards.state, 'cancelled')))
    .where(afterId ? lt(bids.id, afterId) : undefined).orderBy(desc(bids.id)).limit(limit + 1);
}
export type MyBid = Awaited<ReturnType<typeof listMyBids>>[number];

/** A bid with what withdrawing it needs to check, or null. */
export async function findBidForBidder(db: DbOrTx, bidId: number) {
  const [row] = await db.select({
    id: bids.id, state: bids.state, supplierId: bids.supplierId, lotId: lots.id, lotState: lots.state, bidsUntil: lots.bidsUntil,
    callId: calls.id, institutionId: calls.institutionId,
  }).from(bids).innerJoin(lots, eq(lots.id, bids.lotId)).innerJoin(calls, eq(calls.id, lots.callId)).where(eq(bids.id, bidId));
  return row ?? null;
}

/** The opened bids of a lot (submitted, not withdrawn), lowest price first, with their documents' ids and sizes. */
export async function listOpenedBids(db: DbOrTx, lotId: number) {
  const rows = await db.select({
    id: bids.id, supplierId: suppliers.id, supplierName: suppliers.legalName, supplierRut: suppliers.rut, supplierSize: suppliers.size,
    supplierKind: suppliers.kind, submittedAt: bids.submittedAt, openedAt: bids.openedAt, price: bids.price, answers: bids.answers,
  }).from(bids).innerJoin(suppliers, eq(suppliers.id, bids.supplierId))
    .where(and(eq(bids.lotId, lotId), eq(bids.state, 'submitted'), isNotNull(bids.openedAt))).orderBy(asc(bids.price), asc(bids.id));
  const documents = rows.length === 0 ? [] : await db.select({ id: docs.id, bidId: docs.bidId, size: docs.size }).from(docs)
    .where(inArray(docs.bidId, rows.map((r) => r.id))).orderBy(asc(docs.id));
  return rows.map((r) => ({ ...r, price: r.price!, answers: r.answers ?? {}, documents: documents.filter((d) => d.bidId === r.id) }));
}
export type OpenedBid = Awaited<ReturnType<typeof listOpenedBids>>[number];

/** A document of an opened bid of the lot, still sealed (the download opens it), or null. */
export async function findOpenedBidDocument(db: DbOrTx, lotId: number, bidId: number, documentId: number) {
  const [row] = await db.select({ id: docs.id, bidId: docs.bidId, sealed: docs.sealed }).from(docs).innerJoin(bids, eq(bids.id, docs.bidId))
    .where(and(eq(docs.id, documentId), eq(docs.bidId, bidId), eq(bids.lotId, lotId), eq(bids.state, 'submitted'), isNotNull(bids.openedAt)));
  return row ?? null;
}
