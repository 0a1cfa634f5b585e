// Reads of consultations: one with its questions and options (two queries), those of a process, and a respondent's
// own response with its answers.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../../core/db/client.js';
import { institutions } from '../../../core/tenancy/schema.js';
import { participationProcesses } from '../processes/schema.js';
import {
  participationConsultationAnswers as answers, participationConsultationOptions as options, participationConsultationQuestions as questions,
  participationConsultationResponses as responses, participationConsultations as consultations,
} from './schema.js';
import type { AnswerValue, QuestionDef } from './validation.js';

export type ConsultationRow = typeof consultations.$inferSelect;
export interface ConsultationWithQuestions extends ConsultationRow {
  processTitle: string;
  institutionSlug: string;
  institutionName: string;
  questions: Array<QuestionDef & { position: number; help: string }>;
}

export async function findConsultation(db: DbOrTx, id: number): Promise<ConsultationWithQuestions | null> {
  const [row] = await db.select({ c: consultations, processTitle: participationProcesses.title, institutionSlug: institutions.slug, institutionName: institutions.name })
    .from(consultations)
    .innerJoin(participationProcesses, eq(participationProcesses.id, consultations.processId))
    .innerJoin(institutions, eq(institutions.id, consultations.institutionId))
    .where(eq(consultations.id, id));
  if (!row) return null;
  const qs = await db.select().from(questions).where(eq(questions.consultationId, id)).orderBy(asc(questions.position));
  const os = await db.select({ id: options.id, questionId: options.questionId, label: options.label }).from(options)
    .where(eq(options.consultationId, id)).orderBy(asc(options.questionId), asc(options.position));
  return {
    ...row.c, processTitle: row.processTitle, institutionSlug: row.institutionSlug, institutionName: row.institutionName,
    questions: qs.map((q) => ({
      id: q.id, kind: q.kind, title: q.title, help: q.help, position: q.position, required: q.required, minChoices: q.minChoices,
      maxChoices: q.maxChoices, rows: q.rows, conditionQuestionId: q.conditionQuestionId, conditionOptionId: q.conditionOptionId,
      options: os.filter((o) => o.questionId === q.id).map((o) => ({ id: o.id, label: o.label })),
    })),
  };
}

/** A process's consultations, earliest opening first (a process has a handful). */
export function listProcessConsultations(db: DbOrTx, processId: number) {
  return db.select({ id: consultations.id, title: consultations.title, description: consultations.description, opensAt: consultations.opensAt,
    closesAt: consultations.closesAt, resultsAt: consultations.resultsAt, respondents: consultations.respondents })
    .from(consultations).where(eq(consultations.processId, processId)).orderBy(asc(consultations.opensAt), asc(consultations.id));
}

/** Who a response belongs to: a person, or the hash of an anonymous respondent cookie. */
export type Respondent = { personId: number } | { respondentKey: string };

export const respondentCondition = (consultationId: number, r: Respondent) => and(eq(responses.consultationId, consultationId),
  'personId' in r ? eq(responses.personId, r.personId) : eq(responses.respondentKey, r.respondentKey));

export async function findMyResponse(db: DbOrTx, consultationId: number, r: Respondent) {
  const [response] = await db.select({ id: responses.id, updatedAt: responses.updatedAt }).from(responses).where(respondentCondition(consultationId, r));
  if (!response) return null;
  const rows: AnswerValue[] = await db.select({ questionId: answers.questionId, text: answers.text, value: answers.value, optionIds: answers.optionIds })
    .from(answers).where(and(eq(answers.consultationId, consultationId), inArray(answers.responseId, [response.id])));
  return { ...response, answers: rows };
}
