// Users in the loop (issue 10 points 2 and 3), reusing participation: a service's needs backlog is the proposals of
// its participation process (registry/schema.ts needsProcessId), where residents add needs and support them; its
// user-satisfaction surveys are that process's consultations, each with a question on the Chilean 1–7 grading scale
// (scale_1_7) whose answers give the service's satisfaction average. This table says which consultation is a
// satisfaction survey of which service, and which of its questions carries the grade.
import { pgTable, integer, index, uniqueIndex } from 'drizzle-orm/pg-core';
import { participationConsultations, participationConsultationQuestions } from '../../participation/consultations/schema.js';
import { servicesServices } from '../registry/schema.js';

export const servicesSurveys = pgTable('services_surveys', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  serviceId: integer().notNull().references(() => servicesServices.id, { onDelete: 'cascade' }),
  consultationId: integer().notNull().references(() => participationConsultations.id),
  /** The scale_1_7 question whose average is the satisfaction grade. */
  gradeQuestionId: integer().notNull().references(() => participationConsultationQuestions.id),
}, (t) => [uniqueIndex('services_surveys_consultation_idx').on(t.consultationId), index('services_surveys_service_idx').on(t.serviceId)]);
