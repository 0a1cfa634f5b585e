// An official opens a consultation with its questions and options, in one transaction with the audit row (DESIGN.md
// rule 2). Conditions name questions and options by their place in the input; they are resolved to ids once inserted.
import { eq } from 'drizzle-orm';
import type { Tx } from '../../../../core/db/client.js';
import { appendAudit } from '../../../../core/audit/log.js';
import { auditActor, type Actor } from '../../../../core/policy.js';
import { participationConsultationOptions, participationConsultationQuestions, participationConsultations } from '../schema.js';
import type { CreateConsultationInput } from '../new-consultation.js';

export const CREATE_CONSULTATION_ACTION = 'participation.consultation.create';

export async function createConsultation(tx: Tx, input: CreateConsultationInput, official: Pick<Actor, 'personId' | 'name'>) {
  const { questions, ...fields } = input;
  const [consultation] = await tx.insert(participationConsultations)
    .values({ ...fields, eligibilityListId: fields.eligibilityListId ?? null, createdBy: official.personId }).returning();
  const base = { consultationId: consultation!.id, institutionId: input.institutionId };
  const qRows = await tx.insert(participationConsultationQuestions).values(questions.map((q, position) => ({
    ...base, position, kind: q.kind, title: q.title.trim(), help: (q.help ?? '').trim(), required: q.required ?? false,
    minChoices: q.minChoices ?? null, maxChoices: q.maxChoices ?? null, rows: q.rows ?? [],
  }))).returning({ id: participationConsultationQuestions.id, position: participationConsultationQuestions.position });
  const qIds = [...qRows].sort((a, b) => a.position - b.position).map((r) => r.id);
  const optionValues = questions.flatMap((q, i) => (q.options ?? []).map((label, position) => ({ ...base, questionId: qIds[i]!, label: label.trim(), position })));
  const oRows = optionValues.length === 0 ? [] : await tx.insert(participationConsultationOptions).values(optionValues)
    .returning({ id: participationConsultationOptions.id, questionId: participationConsultationOptions.questionId, label: participationConsultationOptions.label });
  for (const [i, q] of questions.entries()) {
    if (!q.showIf) continue;
    const conditionQuestionId = qIds[q.showIf.question - 1]!;
    const option = oRows.find((o) => o.questionId === conditionQuestionId && o.label === q.showIf!.option.trim())!;
    await tx.update(participationConsultationQuestions).set({ conditionQuestionId, conditionOptionId: option.id })
      .where(eq(participationConsultationQuestions.id, qIds[i]!));
  }
  await appendAudit(tx, {
    actor: auditActor(official), institutionId: input.institutionId, action: CREATE_CONSULTATION_ACTION, resourceType: 'participation_consultation',
    resourceId: consultation!.id, public: true,
    summary: { title: input.title, processId: input.processId, questions: questions.length, respondents: input.respondents,
      opensAt: input.opensAt.toISOString(), closesAt: input.closesAt.toISOString(), resultsAt: input.resultsAt.toISOString() },
  });
  return consultation!;
}
