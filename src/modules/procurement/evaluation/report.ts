// The published award report of a lot (issue 8 point 4): its ranking as written when it was awarded
// (procurement_bid_results), the criteria and how each was scored, the evaluators (names and that they declared, never
// over whom) and the standstill. It exists once the lot is awarded or deserted; before that the scores are working
// papers and the report is not found.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../../core/db/client.js';
import { notFound } from '../../../core/http/errors.js';
import { procurementBids as bids, procurementEvents as events, procurementSuppliers as suppliers } from '../schema.js';
import { isManual } from './lot-ranking.js';
import { awardsOf, criteriaOf, evaluatorsOf, findEvaluationCall, lotsOf, resultsOf } from './queries.js';
import { decodeExclusion } from './exclusion.js';
import type { Exclusion } from './ranking.js';

const REPORTED_STATES = ['standstill', 'awarded', 'deserted'];

export interface ReportRow {
  bidId: number;
  supplier: { id: number; legalName: string; rut: string | null; kind: string; size: string };
  price: number;
  submittedAt: Date;
  scores: Record<string, number>;
  total: number;
  rank: number | null;
  admissible: boolean;
  awarded: boolean;
  exclusion: Exclusion | null;
}

export async function findLotReport(db: DbOrTx, callId: number, lotNumber: number) {
  const call = await findEvaluationCall(db, callId);
  const lot = (await lotsOf(db, call.id)).find((l) => l.number === lotNumber);
  if (!lot || !REPORTED_STATES.includes(lot.state)) throw notFound();
  const [criteria, results, awards, evaluators] = await Promise.all([criteriaOf(db, call.id), resultsOf(db, lot.id), awardsOf(db, lot.id), evaluatorsOf(db, call.id)]);
  const bidRows = results.length === 0 ? [] : await db.select({
    id: bids.id, price: bids.price, submittedAt: bids.submittedAt,
    supplier: { id: suppliers.id, legalName: suppliers.legalName, rut: suppliers.rut, kind: suppliers.kind, size: suppliers.size },
  }).from(bids).innerJoin(suppliers, eq(suppliers.id, bids.supplierId)).where(inArray(bids.id, results.map((r) => r.bidId)));
  const awarded = new Set(awards.filter((a) => a.state !== 'cancelled').map((a) => a.bidId));
  const rows: ReportRow[] = results.map((r) => {
    const bid = bidRows.find((b) => b.id === r.bidId)!;
    return {
      bidId: r.bidId, supplier: bid.supplier, price: bid.price!, submittedAt: bid.submittedAt, scores: r.criterionScores, total: r.total, rank: r.rank,
      admissible: r.admissible, awarded: awarded.has(r.bidId), exclusion: decodeExclusion(r.exclusionReason),
    };
  }).sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || b.total - a.total || a.bidId - b.bidId);
  const [decided] = await db.select({ at: events.at }).from(events)
    .where(and(eq(events.lotId, lot.id), inArray(events.kind, ['awarded', 'deserted']))).orderBy(asc(events.id)).limit(1);
  return {
    call, lot, decidedAt: decided?.at ?? null, rows,
    criteria: criteria.map((c) => ({ ...c, method: isManual(c) ? 'evaluators' as const : 'formula' as const })),
    // Only evaluators who declared can have scored; the report lists them all, with whether they declared.
    evaluators: evaluators.map((e) => ({ name: e.name, declaredAt: e.declaredAt })),
  };
}
export type LotReport = Awaited<ReturnType<typeof findLotReport>>;
