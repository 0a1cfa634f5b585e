// A respondent saves their response: the response row is upserted on its unique key (consultation + person, or +
// respondent cookie hash), its previous answers are replaced, and the audit row is written, all in one transaction.
// Saving the same answers twice leaves the same state (double submits are harmless), and two concurrent saves of one
// person serialise on the response row, so a person never has two responses.
//
// The audit row is private and carries no answers: who took part is the institution's record (as a signature list
// would be); what they answered is published only in the anonymous export, keyed by the response number.
import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../../../../core/db/client.js';
import { appendAudit, type AuditActor } from '../../../../core/audit/log.js';
import { participationConsultationAnswers, participationConsultationResponses } from '../schema.js';
import type { Respondent } from '../queries.js';
import type { AnswerValue } from '../validation.js';

export const SAVE_RESPONSE_ACTION = 'participation.consultation.respond';

export async function saveResponse(tx: Tx, input: {
  consultationId: number; institutionId: number; respondent: Respondent; answers: AnswerValue[];
}, actor: AuditActor) {
  const who = 'personId' in input.respondent ? { personId: input.respondent.personId } : { respondentKey: input.respondent.respondentKey };
  const target = 'personId' in who
    ? [participationConsultationResponses.consultationId, participationConsultationResponses.personId]
    : [participationConsultationResponses.consultationId, participationConsultationResponses.respondentKey];
  const [response] = await tx.insert(participationConsultationResponses)
    .values({ consultationId: input.consultationId, institutionId: input.institutionId, ...who })
    .onConflictDoUpdate({ target, set: { updatedAt: sql`now()` } })
    .returning({ id: participationConsultationResponses.id, createdAt: participationConsultationResponses.createdAt, updatedAt: participationConsultationResponses.updatedAt });
  await tx.delete(participationConsultationAnswers).where(eq(participationConsultationAnswers.responseId, response!.id));
  if (input.answers.length > 0) {
    await tx.insert(participationConsultationAnswers).values(input.answers.map((a) => ({
      consultationId: input.consultationId, responseId: response!.id, institutionId: input.institutionId, ...a,
    })));
  }
  await appendAudit(tx, {
    actor, institutionId: input.institutionId, action: SAVE_RESPONSE_ACTION, resourceType: 'participation_consultation',
    resourceId: input.consultationId, public: false, summary: { response: response!.id, answers: input.answers.length },
  });
  return { responseId: response!.id, edited: response!.createdAt.getTime() !== response!.updatedAt.getTime() };
}
