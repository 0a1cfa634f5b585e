// Appointing an evaluator of a call: one of the buying institution's officials (or admins), once per call. The
// appointment is public (the report names the evaluators), so its audit row is too.
import { InvalidField, conflict } from '../../../../core/http/errors.js';
import { appendAudit, type AuditActor } from '../../../../core/audit/log.js';
import type { Tx } from '../../../../core/db/client.js';
import { procurementEvaluators as evaluators } from '../schema.js';
import { findEvaluationCall, officialsOf } from '../queries.js';

export async function appointEvaluator(tx: Tx, input: { callId: number; personId: number; actor: AuditActor }): Promise<number> {
  const call = await findEvaluationCall(tx, input.callId);
  if (call.state !== 'published') throw conflict('procurement.evaluation.error.callNotLive');
  const officials = await officialsOf(tx, call.institutionId);
  if (!officials.some((o) => o.personId === input.personId)) throw new InvalidField('personId', 'procurement.evaluation.error.notOfficial');
  const [row] = await tx.insert(evaluators).values({ callId: call.id, personId: input.personId })
    .onConflictDoNothing().returning({ id: evaluators.id });
  if (!row) throw conflict('procurement.evaluation.error.alreadyEvaluator');
  await appendAudit(tx, {
    actor: input.actor, institutionId: call.institutionId, action: 'procurement.evaluator.appointed', resourceType: 'procurement_call',
    resourceId: call.id, public: true, summary: { evaluatorId: row.id, personId: input.personId },
  });
  return row.id;
}
