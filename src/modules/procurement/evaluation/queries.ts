// Reads of the evaluation area: the call and its lots as evaluation sees them, its evaluators, the opened bids with
// their suppliers (and joint-venture members, for the formulas), the scores, and the officials who may be appointed.
import { and, asc, eq, inArray, isNotNull, or } from 'drizzle-orm';
import type { DbOrTx } from '../../../core/db/client.js';
import { notFound } from '../../../core/http/errors.js';
import { people, roleAssignments } from '../../../core/auth/schema.js';
import { institutions } from '../../../core/tenancy/schema.js';
import {
  procurementBids as bids, procurementCalls as calls, procurementCriteria as criteria, procurementLots as lots,
  procurementSupplierMembers as members, procurementSuppliers as suppliers,
} from '../schema.js';
import { procurementAwards as awards, procurementBidResults as results, procurementEvaluators as evaluators, procurementScores as scores } from './schema.js';

export async function findEvaluationCall(db: DbOrTx, callId: number) {
  const [row] = await db.select({
    id: calls.id, institutionId: calls.institutionId, title: calls.title, ocid: calls.ocid, state: calls.state, maxLotsWon: calls.maxLotsWon,
    standstillDays: calls.standstillDays,
    institution: { slug: institutions.slug, name: institutions.name, kind: institutions.kind, cutCode: institutions.cutCode, regionCode: institutions.regionCode },
  }).from(calls).innerJoin(institutions, eq(institutions.id, calls.institutionId)).where(eq(calls.id, callId));
  // A draft is private (calls area): it does not exist for evaluation.
  if (!row || row.state === 'draft') throw notFound();
  return row;
}
export type EvaluationCall = Awaited<ReturnType<typeof findEvaluationCall>>;

export const lotsOf = (db: DbOrTx, callId: number) => db.select({
  id: lots.id, number: lots.number, title: lots.title, budgetAmount: lots.budgetAmount, admitCount: lots.admitCount, state: lots.state,
  standstillUntil: lots.standstillUntil, reason: lots.reason, bidsUntil: lots.bidsUntil,
}).from(lots).where(eq(lots.callId, callId)).orderBy(asc(lots.number));
export type EvaluationLot = Awaited<ReturnType<typeof lotsOf>>[number];

/** The lot and its call, or 404. */
export async function findEvaluationLot(db: DbOrTx, lotId: number) {
  const [row] = await db.select({ callId: lots.callId }).from(lots).where(eq(lots.id, lotId));
  if (!row) throw notFound();
  const call = await findEvaluationCall(db, row.callId);
  const lot = (await lotsOf(db, call.id)).find((l) => l.id === lotId)!;
  return { call, lot };
}

export const criteriaOf = (db: DbOrTx, callId: number) => db.select({
  id: criteria.id, kind: criteria.kind, name: criteria.name, description: criteria.description, weight: criteria.weight, minScore: criteria.minScore,
}).from(criteria).where(eq(criteria.callId, callId)).orderBy(asc(criteria.position));
export type EvaluationCriterion = Awaited<ReturnType<typeof criteriaOf>>[number];

export const evaluatorsOf = (db: DbOrTx, callId: number) => db.select({
  id: evaluators.id, personId: evaluators.personId, name: people.name, declaredAt: evaluators.declaredAt, conflictSupplierIds: evaluators.conflictSupplierIds,
}).from(evaluators).innerJoin(people, eq(people.id, evaluators.personId)).where(eq(evaluators.callId, callId)).orderBy(asc(evaluators.id));
export type Evaluator = Awaited<ReturnType<typeof evaluatorsOf>>[number];

/** The opened, live bids of these lots, with what the formulas and the report read of each supplier. */
export async function openedBidsOf(db: DbOrTx, lotIds: number[]) {
  if (lotIds.length === 0) return [];
  const rows = await db.select({
    id: bids.id, lotId: bids.lotId, supplierId: bids.supplierId, price: bids.price, submittedAt: bids.submittedAt, openedAt: bids.openedAt, answers: bids.answers,
    supplier: { legalName: suppliers.legalName, rut: suppliers.rut, kind: suppliers.kind, size: suppliers.size, comunaCode: suppliers.comunaCode },
  }).from(bids).innerJoin(suppliers, eq(suppliers.id, bids.supplierId))
    .where(and(inArray(bids.lotId, lotIds), eq(bids.state, 'submitted'), isNotNull(bids.openedAt))).orderBy(asc(bids.lotId), asc(bids.submittedAt), asc(bids.id));
  const ventureIds = [...new Set(rows.filter((r) => r.supplier.kind === 'joint_venture').map((r) => r.supplierId))];
  const memberRows = ventureIds.length === 0 ? [] : await db.select({ supplierId: members.supplierId, size: members.size, comunaCode: members.comunaCode })
    .from(members).where(inArray(members.supplierId, ventureIds));
  return rows.map((r) => ({ ...r, price: r.price!, supplier: { ...r.supplier, members: memberRows.filter((m) => m.supplierId === r.supplierId) } }));
}
export type OpenedBid = Awaited<ReturnType<typeof openedBidsOf>>[number];

export const scoresOf = (db: DbOrTx, bidIds: number[]) => (bidIds.length === 0 ? Promise.resolve([]) : db.select({
  bidId: scores.bidId, criterionId: scores.criterionId, evaluatorId: scores.evaluatorId, score: scores.score, reason: scores.reason, scoredAt: scores.scoredAt,
}).from(scores).where(inArray(scores.bidId, bidIds)));
export type Score = Awaited<ReturnType<typeof scoresOf>>[number];

/** People who may be appointed evaluators: the institution's officials (any module) and its admins. */
export async function officialsOf(db: DbOrTx, institutionId: number) {
  return db.selectDistinct({ personId: people.id, name: people.name }).from(roleAssignments).innerJoin(people, eq(people.id, roleAssignments.personId))
    .where(and(eq(roleAssignments.institutionId, institutionId), eq(people.disabled, false),
      or(eq(roleAssignments.role, 'official'), eq(roleAssignments.role, 'institution_admin')))).orderBy(asc(people.name), asc(people.id));
}

/** Each supplier's count of lots already awarded in the call (pending or active awards). */
export async function lotsWonInCall(db: DbOrTx, callId: number): Promise<Map<number, number>> {
  const rows = await db.select({ supplierId: awards.supplierId, lotId: awards.lotId }).from(awards).innerJoin(lots, eq(lots.id, awards.lotId))
    .where(and(eq(lots.callId, callId), inArray(awards.state, ['pending', 'active'])));
  const won = new Map<number, number>();
  for (const r of rows) won.set(r.supplierId, (won.get(r.supplierId) ?? 0) + 1);
  return won;
}

export const resultsOf = (db: DbOrTx, lotId: number) => db.select().from(results).where(eq(results.lotId, lotId));
export const awardsOf = (db: DbOrTx, lotId: number) => db.select().from(awards).where(eq(awards.lotId, lotId)).orderBy(asc(awards.rank));
