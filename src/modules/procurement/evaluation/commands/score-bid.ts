// An evaluator scores an opened bid on the call's evaluated criteria (not the formula ones): 0–100 each, with the
// reason, editable while the lot is under evaluation. Refused, with nothing written, when the scorer is not an
// appointed evaluator, has not declared since the bid was opened, declared an interest in the bidder, or represents
// it (a row in procurement_supplier_representatives: enforced whether declared or not).
import { and, eq } from 'drizzle-orm';
import { InvalidField, conflict, notFound } from '../../../../core/http/errors.js';
import { appendAudit, type AuditActor } from '../../../../core/audit/log.js';
import type { Tx } from '../../../../core/db/client.js';
import { procurementBids as bids, procurementCalls as calls, procurementLots as lots } from '../../schema.js';
import { findRepresentedSuppliers } from '../../suppliers/queries.js';
import { procurementEvaluators as evaluators, procurementScores as scores } from '../schema.js';
import { criteriaOf } from '../queries.js';
import { isManual } from '../lot-ranking.js';
import { toHundredths } from '../formulas.js';
import { notEvaluator } from './errors.js';

export interface ScoreInput { criterionId: number; score: number; reason: string }

export async function scoreBid(tx: Tx, input: { bidId: number; personId: number; scores: ScoreInput[]; actor: AuditActor; at?: Date }): Promise<void> {
  const [bid] = await tx.select({ id: bids.id, supplierId: bids.supplierId, state: bids.state, openedAt: bids.openedAt, lotId: bids.lotId, callId: lots.callId })
    .from(bids).innerJoin(lots, eq(lots.id, bids.lotId)).where(eq(bids.id, input.bidId));
  if (!bid) throw notFound();
  // Shared with other scorers, exclusive against an award (which locks the call FOR UPDATE): no score lands mid-award.
  const [call] = await tx.select({ institutionId: calls.institutionId }).from(calls).where(eq(calls.id, bid.callId)).for('share');
  const [evaluator] = await tx.select().from(evaluators).where(and(eq(evaluators.callId, bid.callId), eq(evaluators.personId, input.personId)));
  if (!evaluator) throw notEvaluator();
  const [lot] = await tx.select({ state: lots.state }).from(lots).where(eq(lots.id, bid.lotId));
  if (bid.state !== 'submitted' || !bid.openedAt || lot!.state !== 'evaluation') throw conflict('procurement.evaluation.error.notScorable');
  if (!evaluator.declaredAt || evaluator.declaredAt < bid.openedAt) throw conflict('procurement.evaluation.error.notDeclared');
  if (evaluator.conflictSupplierIds.includes(bid.supplierId)) throw conflict('procurement.evaluation.error.conflictDeclared');
  if ((await findRepresentedSuppliers(tx, input.personId)).some((s) => s.id === bid.supplierId)) throw conflict('procurement.evaluation.error.represents');
  const manual = (await criteriaOf(tx, bid.callId)).filter(isManual).map((c) => c.id);
  const bad = input.scores.find((s) => !manual.includes(s.criterionId));
  if (bad) throw new InvalidField(`score-${bad.criterionId}`, 'procurement.evaluation.error.notEvaluatedCriterion');
  const at = input.at ?? new Date();
  for (const given of input.scores) {
    // numeric(5,2): 2 decimals, rounded here the same way on PGlite and PostgreSQL.
    const s = { ...given, score: toHundredths(given.score) / 100 };
    await tx.insert(scores).values({ bidId: bid.id, criterionId: s.criterionId, evaluatorId: evaluator.id, score: s.score, reason: s.reason, scoredAt: at })
      .onConflictDoUpdate({ target: [scores.bidId, scores.criterionId, scores.evaluatorId], set: { score: s.score, reason: s.reason, scoredAt: at } });
  }
  // Individual scores are working papers until the award publishes the means: the audit row stays private.
  await appendAudit(tx, {
    actor: input.actor, institutionId: call!.institutionId, action: 'procurement.bid.scored', resourceType: 'procurement_bid', resourceId: bid.id,
    public: false, summary: { evaluatorId: evaluator.id, criteria: input.scores.map((s) => s.criterionId) },
  });
}
