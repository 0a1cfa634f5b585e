// Tables of the consultations area of participation (see ../index.ts): questionnaires (consultas) with typed
// questions, options, conditional display, one response per person and one answer row per answered question.
//
// Answers are one row per (response, question), keyed so that the export reads them in keyset order
// (consultation, response, question) straight off the primary key's index: 250,000 answers stream in batches.
// The value of an answer sits in the one column its question type uses: `text` (short/long text), `value`
// (scale 1–7), `option_ids` (single/multiple choice: the chosen options; ranking: every option, best first;
// matrix: one option — a column — per row, in row order). One array column keeps aggregation to one unnest.
import { pgTable, text, integer, smallint, boolean, timestamp, index, uniqueIndex, primaryKey } from 'drizzle-orm/pg-core';
import { institutions } from '../../../core/tenancy/schema.js';
import { people } from '../../../core/auth/schema.js';
import { eligibilityLists } from '../../../core/identity/schema.js';
import { participationProcesses } from '../processes/schema.js';

/** Who may answer: anyone (one response per browser, by a random cookie), signed-in people, verified people (one per RUN), or those on a list. */
export const RESPONDENT_LEVELS = ['anyone', 'signed_in', 'identity_verified', 'eligibility_list'] as const;
export type RespondentLevel = (typeof RESPONDENT_LEVELS)[number];

export const QUESTION_KINDS = ['short_text', 'long_text', 'single_choice', 'multiple_choice', 'ranking', 'scale_1_7', 'matrix'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export const participationConsultations = pgTable('participation_consultations', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  institutionId: integer().notNull().references(() => institutions.id),
  /** Answers are also accepted only while this process's active phase enables 'consultation' (processes/phases.ts). */
  processId: integer().notNull().references(() => participationProcesses.id),
  title: text().notNull(),
  description: text().notNull().default(''),
  opensAt: timestamp({ withTimezone: true }).notNull(),
  closesAt: timestamp({ withTimezone: true }).notNull(),
  /** Results and the export are public from this moment (not before: early results would sway later respondents). */
  resultsAt: timestamp({ withTimezone: true }).notNull(),
  respondents: text({ enum: RESPONDENT_LEVELS }).notNull().default('signed_in'),
  /** Set when respondents = 'eligibility_list': the verified person's RUN hash must be on it. */
  eligibilityListId: integer().references(() => eligibilityLists.id),
  createdBy: integer().notNull().references(() => people.id),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  index('participation_consultations_process_idx').on(t.processId, t.opensAt),
  index('participation_consultations_institution_idx').on(t.institutionId, t.closesAt),
]);

export const participationConsultationQuestions = pgTable('participation_consultation_questions', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  consultationId: integer().notNull().references(() => participationConsultations.id, { onDelete: 'cascade' }),
  institutionId: integer().notNull().references(() => institutions.id),
  position: smallint().notNull(),
  kind: text({ enum: QUESTION_KINDS }).notNull(),
  title: text().notNull(),
  help: text().notNull().default(''),
  required: boolean().notNull().default(false),
  /** multiple_choice: how many options may be marked. */
  minChoices: smallint(),
  maxChoices: smallint(),
  /** matrix: the row labels (the options are its columns). */
  rows: text().array().notNull().default([]),
  /** Shown only when this earlier choice question has `conditionOptionId` selected; otherwise its answer is discarded. */
  conditionQuestionId: integer(),
  conditionOptionId: integer(),
}, (t) => [index('participation_consultation_questions_idx').on(t.consultationId, t.position)]);

export const participationConsultationOptions = pgTable('participation_consultation_options', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  questionId: integer().notNull().references(() => participationConsultationQuestions.id, { onDelete: 'cascade' }),
  consultationId: integer().notNull().references(() => participationConsultations.id, { onDelete: 'cascade' }),
  institutionId: integer().notNull().references(() => institutions.id),
  label: text().notNull(),
  position: smallint().notNull(),
}, (t) => [index('participation_consultation_options_idx').on(t.questionId, t.position)]);

/**
 * One per respondent: per person (signed in; verified people are one account per RUN already) or, for 'anyone'
 * without signing in, per SHA-256 of a random respondent cookie. The id is the anonymous respondent number of the export.
 */
export const participationConsultationResponses = pgTable('participation_consultation_responses', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  consultationId: integer().notNull().references(() => participationConsultations.id, { onDelete: 'cascade' }),
  institutionId: integer().notNull().references(() => institutions.id),
  personId: integer().references(() => people.id),
  respondentKey: text(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  uniqueIndex('participation_consultation_responses_person_idx').on(t.consultationId, t.personId),
  uniqueIndex('participation_consultation_responses_key_idx').on(t.consultationId, t.respondentKey),
]);

export const participationConsultationAnswers = pgTable('participation_consultation_answers', {
  consultationId: integer().notNull().references(() => participationConsultations.id, { onDelete: 'cascade' }),
  responseId: integer().notNull().references(() => participationConsultationResponses.id, { onDelete: 'cascade' }),
  questionId: integer().notNull().references(() => participationConsultationQuestions.id, { onDelete: 'cascade' }),
  institutionId: integer().notNull().references(() => institutions.id),
  text: text(),
  value: smallint(),
  optionIds: integer().array(),
}, (t) => [primaryKey({ columns: [t.consultationId, t.responseId, t.questionId] })]);
