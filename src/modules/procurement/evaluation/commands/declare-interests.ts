// An evaluator's declaration of conflicts of interest, signed before any score: an official must abstain where they
// have an interest (Ley 19.880 art. 12, principio de abstención; Ley 20.880 on probity in public office). It can be made once bids are opened, over the
// suppliers who bid in the call, and again when more lots open: a declaration covers the bids opened before it
// (score-bid.ts). A declared interest is never taken back (each declaration adds to the last), and the evaluator's
// scores on the bids of a newly declared supplier in lots still under evaluation are removed in the same step.
import { and, eq, inArray } from 'drizzle-orm';
import { InvalidField, conflict } from '../../../../core/http/errors.js';
import { appendAudit, type AuditActor } from '../../../../core/audit/log.js';
import type { Tx } from '../../../../core/db/client.js';
import { procurementEvaluators as evaluators, procurementScores as scores } from '../schema.js';
import { findEvaluationCall, lotsOf, openedBidsOf } from '../queries.js';
import { notEvaluator } from './errors.js';

export interface DeclareInterestsInput {
  callId: number;
  personId: number;
  conflictSupplierIds: number[];
  /** The declaration text the evaluator signed, in the language they read it in. */
  declaration: string;
  actor: AuditActor;
  at?: Date;
}

/** The suppliers with an opened bid in the call: those an evaluator declares over. */
export async function biddersOf(tx: Tx, callId: number) {
  const lots = await lotsOf(tx, callId);
  const bids = await openedBidsOf(tx, lots.map((l) => l.id));
  return { lots, bids, supplierIds: [...new Set(bids.map((b) => b.supplierId))] };
}

export async function declareInterests(tx: Tx, input: DeclareInterestsInput): Promise<void> {
  const call = await findEvaluationCall(tx, input.callId);
  const [evaluator] = await tx.select().from(evaluators)
    .where(and(eq(evaluators.callId, call.id), eq(evaluators.personId, input.personId))).for('update');
  if (!evaluator) throw notEvaluator();
  const { lots, bids, supplierIds } = await biddersOf(tx, call.id);
  if (bids.length === 0) throw conflict('procurement.evaluation.error.notOpened');
  if (input.conflictSupplierIds.some((id) => !supplierIds.includes(id))) throw new InvalidField('conflictSupplierIds', 'procurement.evaluation.error.unknownSupplier');
  const declared = [...new Set([...evaluator.conflictSupplierIds, ...input.conflictSupplierIds])].sort((a, b) => a - b);
  await tx.update(evaluators).set({ declaredAt: input.at ?? new Date(), conflictSupplierIds: declared, declaration: input.declaration })
    .where(eq(evaluators.id, evaluator.id));
  const inEvaluation = new Set(lots.filter((l) => l.state === 'evaluation').map((l) => l.id));
  const withdrawn = bids.filter((b) => inEvaluation.has(b.lotId) && declared.includes(b.supplierId)).map((b) => b.id);
  if (withdrawn.length > 0) await tx.delete(scores).where(and(eq(scores.evaluatorId, evaluator.id), inArray(scores.bidId, withdrawn)));
  // Public that the evaluator declared (the report says so), never over whom.
  await appendAudit(tx, {
    actor: input.actor, institutionId: call.institutionId, action: 'procurement.evaluator.declared', resourceType: 'procurement_call',
    resourceId: call.id, public: true, summary: { evaluatorId: evaluator.id },
  });
}
