// One answer to a support visit's satisfaction survey, on the Chilean school scale 1–7 (integers), with an optional
// comment. Answers are anonymous: no respondent is stored, only who typed the paper form in (the audit row).
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../../../core/db/client.js';
import { appendAudit } from '../../../../core/audit/log.js';
import { InvalidField } from '../../../../core/http/errors.js';
import { auditActor } from '../../../../core/policy.js';
import { observatoryVisitRatings, observatoryVisits } from '../../schema.js';
import { findTrackedRegion } from '../queries.js';
import type { Recorder } from './checks.js';

export interface VisitAnswerInput { regionCode: string; visitId: number; score: number; comment?: string | null }

export async function recordVisitAnswer(tx: Tx, input: VisitAnswerInput, actor: Recorder): Promise<{ id: number }> {
  const region = await findTrackedRegion(tx, input.regionCode);
  const [visit] = await tx.select({ id: observatoryVisits.id }).from(observatoryVisits)
    .where(and(eq(observatoryVisits.id, input.visitId), eq(observatoryVisits.regionCode, region.code)));
  if (!visit) throw new InvalidField('visitId', 'observatory.adoption.error.visit');
  if (!Number.isInteger(input.score) || input.score < 1 || input.score > 7) throw new InvalidField('score', 'observatory.adoption.error.score');
  const comment = input.comment?.trim() || null;
  const [row] = await tx.insert(observatoryVisitRatings).values({ visitId: visit.id, score: input.score, comment }).returning({ id: observatoryVisitRatings.id });
  await appendAudit(tx, {
    actor: auditActor(actor), institutionId: region.regionalGovernmentId, action: 'observatory.adoption.visitAnswer', resourceType: 'observatory_visit',
    resourceId: visit.id, public: true, summary: { score: input.score },
  });
  return row!;
}
