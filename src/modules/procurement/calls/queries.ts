// Reads of calls: one call with its lots, criteria, questions and public timeline; lists by institution, state and kind,
// newest first, by cursor (the id).
import { and, asc, desc, eq, inArray, lt, or, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../../core/db/client.js';
import { institutions, regions } from '../../../core/tenancy/schema.js';
import { decodeCursor } from '../../../core/http/pagination.js';
import { notFound } from '../../../core/http/errors.js';
import { procurementEvents as events } from '../process/schema.js';
import { procurementAwards as awards } from '../evaluation/schema.js';
import { procurementSuppliers as suppliers } from '../suppliers/schema.js';
import {
  procurementCalls as calls, procurementCriteria as criteria, procurementLots as lots, procurementQuestions as questions,
  type CallKind, type CallState,
} from './schema.js';
import type { CallInput } from './rules.js';

export async function findCallDetail(db: DbOrTx, id: number) {
  const [row] = await db.select({ call: calls, institution: { id: institutions.id, slug: institutions.slug, name: institutions.name } })
    .from(calls).innerJoin(institutions, eq(institutions.id, calls.institutionId)).where(eq(calls.id, id));
  if (!row) return null;
  const lotRows = await db.select({ lot: lots, regionName: regions.name }).from(lots).leftJoin(regions, eq(regions.code, lots.regionCode))
    .where(eq(lots.callId, id)).orderBy(asc(lots.number));
  const criteriaRows = await db.select().from(criteria).where(eq(criteria.callId, id)).orderBy(asc(criteria.position));
  return { ...row.call, institution: row.institution, lots: lotRows.map((l) => ({ ...l.lot, regionName: l.regionName })), criteria: criteriaRows };
}
export type CallDetail = NonNullable<Awaited<ReturnType<typeof findCallDetail>>>;
export type LotRow = CallDetail['lots'][number];

export async function findCallOr404(db: DbOrTx, id: number): Promise<CallDetail> {
  const call = await findCallDetail(db, id);
  if (!call) throw notFound();
  return call;
}

/** A stored call as the rules read it (rules.ts), to judge it again at publication or compare an amendment. */
export const inputOf = (c: CallDetail): CallInput => ({
  kind: c.kind, title: c.title, description: c.description, maxLotsBid: c.maxLotsBid, maxLotsWon: c.maxLotsWon, standstillDays: c.standstillDays,
  lots: c.lots.map((l) => ({
    title: l.title, description: l.description, budgetAmount: l.budgetAmount, regionCode: l.regionCode, category: l.category,
    questionsUntil: l.questionsUntil, bidsUntil: l.bidsUntil, awardBy: l.awardBy, deliveryStart: l.deliveryStart, deliveryEnd: l.deliveryEnd,
    admitCount: l.admitCount, budgetLine: l.budgetLine,
  })),
  criteria: c.criteria.map((k) => ({ kind: k.kind, name: k.name, description: k.description, weight: k.weight, minScore: k.minScore })),
});

/** Public questions: the asker is never selected. */
export const listQuestions = (db: DbOrTx, callId: number) => db.select({
  id: questions.id, lotId: questions.lotId, question: questions.question, askedAt: questions.askedAt, answer: questions.answer, answeredAt: questions.answeredAt,
}).from(questions).where(eq(questions.callId, callId)).orderBy(asc(questions.id));
export type QuestionRow = Awaited<ReturnType<typeof listQuestions>>[number];

/** The public timeline: events that emitted a release (drafting stays private). */
export const listPublicEvents = (db: DbOrTx, callId: number) => db.select({
  id: events.id, kind: events.kind, lotId: events.lotId, at: events.at, data: events.data,
}).from(events).where(and(eq(events.callId, callId), eq(events.public, true))).orderBy(asc(events.id));
export type EventRow = Awaited<ReturnType<typeof listPublicEvents>>[number];

/**
 * The awards made public on a call: pending (in standstill) or active, with the supplier's name. Only awards are
 * read, never bids: who else bid stays with the award report (evaluation), and a cancelled award is no longer one.
 */
export const listCallAwards = (db: DbOrTx, callId: number) => db.select({
  lotId: awards.lotId, supplierId: awards.supplierId, supplierName: suppliers.legalName, amount: awards.amount, rank: awards.rank,
}).from(awards).innerJoin(lots, eq(lots.id, awards.lotId)).innerJoin(suppliers, eq(suppliers.id, awards.supplierId))
  .where(and(eq(lots.callId, callId), inArray(awards.state, ['pending', 'active']))).orderBy(asc(lots.number), asc(awards.rank));
export type CallAwardRow = Awaited<ReturnType<typeof listCallAwards>>[number];

export type CallFilter = {
  institutionId?: number; state?: CallState; kind?: CallKind;
  /** Institutions whose drafts the reader may see (their procurement officials); 'all' for platform admins. */
  draftsOf: number[] | 'all';
  cursor?: string;
};

/** A page of calls (limit + 1 rows, for pageOf), newest first, with their lot count and total budget. */
export async function listCalls(db: DbOrTx, f: CallFilter, limit: number) {
  const where: SQL[] = [];
  if (f.institutionId !== undefined) where.push(eq(calls.institutionId, f.institutionId));
  if (f.state) where.push(eq(calls.state, f.state));
  if (f.kind) where.push(eq(calls.kind, f.kind));
  if (f.draftsOf !== 'all') {
    where.push(f.draftsOf.length > 0 ? or(inArray(calls.state, ['published', 'closed', 'cancelled']), inArray(calls.institutionId, f.draftsOf))! : inArray(calls.state, ['published', 'closed', 'cancelled']));
  }
  const after = decodeCursor(f.cursor);
  if (after) where.push(lt(calls.id, Number(after[0])));
  const rows = await db.select({ call: calls, institution: { slug: institutions.slug, name: institutions.name } })
    .from(calls).innerJoin(institutions, eq(institutions.id, calls.institutionId))
    .where(and(...where)).orderBy(desc(calls.id)).limit(limit + 1);
  const lotRows = rows.length === 0 ? [] : await db.select({ callId: lots.callId, budgetAmount: lots.budgetAmount, bidsUntil: lots.bidsUntil })
    .from(lots).where(inArray(lots.callId, rows.map((r) => r.call.id)));
  return rows.map((r) => {
    const own = lotRows.filter((l) => l.callId === r.call.id);
    return {
      ...r.call, institution: r.institution, lotCount: own.length, totalBudget: own.reduce((s, l) => s + l.budgetAmount, 0),
      bidsUntil: own.length ? new Date(Math.min(...own.map((l) => l.bidsUntil.getTime()))) : null,
    };
  });
}
export type CallListRow = Awaited<ReturnType<typeof listCalls>>[number];
