// A user-satisfaction survey of a service: a consultation of the service's participation process with a required
// question on the Chilean 1–7 grading scale and an optional open one, linked in services_surveys with the question
// that carries the grade; one transaction with the audit rows. Its results are public from the day after it closes
// (results_at = closes_at): participation's rule withholds results while answers are still coming, since early
// results would sway later respondents (consultations/schema.ts resultsAt).
import type { Tx } from '../../../../core/db/client.js';
import { appendAudit } from '../../../../core/audit/log.js';
import { endOfSantiagoDay, fromDayNumber, toDayNumber } from '../../../../core/calendar/calendar-date.js';
import { translator } from '../../../../core/i18n/index.js';
import { auditActor, type Actor } from '../../../../core/policy.js';
import { createConsultation, findConsultation } from '../../../participation/index.js';
import { servicesSurveys } from '../schema.js';
import type { ServiceRecord } from '../../registry/queries.js';
import { ensureServiceProcess } from './ensure-service-process.js';

export const SURVEY_RESPONDENTS = ['signed_in', 'anyone', 'identity_verified'] as const;
export type SurveyRespondents = (typeof SURVEY_RESPONDENTS)[number];

export interface SurveyInput {
  title: string;
  /** Santiago calendar days, both included. */
  opensOn: string;
  closesOn: string;
  respondents: SurveyRespondents;
}

/** The first instant of a Santiago day (the instant after the previous day's end: midnight may not exist in Chile). */
export const startOfSantiagoDay = (day: string) => new Date(endOfSantiagoDay(fromDayNumber(toDayNumber(day) - 1)).getTime() + 1);

export async function createSurvey(tx: Tx, service: ServiceRecord, input: SurveyInput, actor: Pick<Actor, 'personId' | 'name'>, processSince?: Date) {
  const processId = await ensureServiceProcess(tx, service, actor, processSince);
  const t = translator('es-CL');
  const closesAt = new Date(endOfSantiagoDay(input.closesOn).getTime() + 1);
  const consultation = await createConsultation(tx, {
    institutionId: service.incubator.institutionId, processId, title: input.title,
    description: t('services.engagement.survey.description', { service: service.title }),
    opensAt: startOfSantiagoDay(input.opensOn), closesAt, resultsAt: closesAt, respondents: input.respondents,
    questions: [
      { kind: 'scale_1_7', title: t('services.engagement.survey.gradeQuestion'), help: t('services.engagement.survey.gradeHelp'), required: true },
      { kind: 'long_text', title: t('services.engagement.survey.improveQuestion'), required: false },
    ],
  }, actor);
  const [grade, improve] = (await findConsultation(tx, consultation.id))!.questions;
  const gradeQuestionId = grade!.id;
  const [survey] = await tx.insert(servicesSurveys).values({ serviceId: service.id, consultationId: consultation.id, gradeQuestionId }).returning();
  await appendAudit(tx, {
    actor: auditActor(actor), institutionId: service.incubator.institutionId, action: 'services.engagement.createSurvey',
    resourceType: 'services_service', resourceId: service.id, public: true,
    summary: { surveyId: survey!.id, consultationId: consultation.id, opensOn: input.opensOn, closesOn: input.closesOn, respondents: input.respondents },
  });
  return { ...survey!, processId, improveQuestionId: improve!.id };
}
