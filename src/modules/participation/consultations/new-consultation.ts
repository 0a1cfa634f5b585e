// A new consultation's shape (the API body, TypeBox: validation and OpenAPI from one source) and its checks beyond
// the shape: dates in order, options where the type needs them, multiple-choice bounds, conditions that point to an
// earlier choice question and one of its options, and a process and eligibility list of the same institution.
import { and, eq } from 'drizzle-orm';
import { Type, type Static } from '@sinclair/typebox';
import type { DbOrTx } from '../../../core/db/client.js';
import { badRequest, type HttpError } from '../../../core/http/errors.js';
import { eligibilityLists } from '../../../core/identity/schema.js';
import { participationProcesses } from '../processes/schema.js';
import { QUESTION_KINDS, RESPONDENT_LEVELS } from './schema.js';

const Label = Type.String({ minLength: 1, maxLength: 300 });
export const NewQuestion = Type.Object({
  kind: Type.Union(QUESTION_KINDS.map((k) => Type.Literal(k))),
  title: Type.String({ minLength: 1, maxLength: 500 }),
  help: Type.Optional(Type.String({ maxLength: 2000 })),
  required: Type.Optional(Type.Boolean()),
  options: Type.Optional(Type.Array(Label, { maxItems: 50, description: 'Choices, ranked items, or the matrix columns' })),
  rows: Type.Optional(Type.Array(Label, { maxItems: 30, description: 'Matrix rows' })),
  minChoices: Type.Optional(Type.Integer({ minimum: 1 })),
  maxChoices: Type.Optional(Type.Integer({ minimum: 1 })),
  showIf: Type.Optional(Type.Object({
    question: Type.Integer({ minimum: 1, description: 'Number (1-based) of an earlier single or multiple choice question' }),
    option: Type.String({ minLength: 1, maxLength: 300, description: 'Label of that question\'s option that must be selected' }),
  }, { additionalProperties: false })),
}, { additionalProperties: false });
export type NewQuestion = Static<typeof NewQuestion>;

export const NewConsultationBody = Type.Object({
  institution: Type.String({ maxLength: 100, description: 'Slug or CUT code' }),
  process: Type.Integer({ minimum: 1, description: 'Process id: answers need its active phase to enable consultation' }),
  title: Type.String({ minLength: 1, maxLength: 300 }),
  description: Type.Optional(Type.String({ maxLength: 10000 })),
  opensAt: Type.String({ format: 'date-time' }),
  closesAt: Type.String({ format: 'date-time' }),
  resultsAt: Type.String({ format: 'date-time' }),
  respondents: Type.Union(RESPONDENT_LEVELS.map((k) => Type.Literal(k))),
  eligibilityListId: Type.Optional(Type.Integer({ minimum: 1 })),
  questions: Type.Array(NewQuestion, { minItems: 1, maxItems: 100 }),
}, { additionalProperties: false });
export type NewConsultationBody = Static<typeof NewConsultationBody>;

export interface CreateConsultationInput extends Omit<NewConsultationBody, 'institution' | 'process' | 'opensAt' | 'closesAt' | 'resultsAt'> {
  institutionId: number;
  processId: number;
  opensAt: Date;
  closesAt: Date;
  resultsAt: Date;
}

const CHOICE = new Set(['single_choice', 'multiple_choice', 'ranking', 'matrix']);

/** The first problem of a question list, as the 400 to answer; null when it is consistent. */
export function questionsProblem(questions: readonly NewQuestion[]): HttpError | null {
  for (const [i, q] of questions.entries()) {
    const n = i + 1;
    const options = q.options ?? [];
    if (CHOICE.has(q.kind) ? options.length < 2 : options.length > 0) return badRequest('participation.consultation.new.options', { n });
    if (new Set(options).size !== options.length) return badRequest('participation.consultation.new.duplicateOption', { n });
    if ((q.kind === 'matrix') !== ((q.rows ?? []).length > 0)) return badRequest('participation.consultation.new.rows', { n });
    if ((q.minChoices !== undefined || q.maxChoices !== undefined) && q.kind !== 'multiple_choice') return badRequest('participation.consultation.new.bounds', { n });
    if (q.kind === 'multiple_choice' && ((q.minChoices ?? 1) > (q.maxChoices ?? options.length) || (q.maxChoices ?? 0) > options.length)) return badRequest('participation.consultation.new.bounds', { n });
    if (q.showIf) {
      const target = questions[q.showIf.question - 1];
      const ok = q.showIf.question < n && (target?.kind === 'single_choice' || target?.kind === 'multiple_choice') && target.options?.includes(q.showIf.option);
      if (!ok) return badRequest('participation.consultation.new.showIf', { n });
    }
  }
  return null;
}

export async function prepareNewConsultation(db: DbOrTx, institutionId: number, body: NewConsultationBody): Promise<CreateConsultationInput | HttpError> {
  const { institution: _ref, process, ...fields } = body;
  const [opensAt, closesAt, resultsAt] = [body.opensAt, body.closesAt, body.resultsAt].map((d) => new Date(d)) as [Date, Date, Date];
  if (!(opensAt < closesAt && closesAt <= resultsAt)) return badRequest('participation.consultation.new.dates');
  if ((body.respondents === 'eligibility_list') !== (body.eligibilityListId !== undefined)) return badRequest('participation.consultation.new.list');
  const problem = questionsProblem(body.questions);
  if (problem) return problem;
  if (body.eligibilityListId !== undefined) {
    const [list] = await db.select({ id: eligibilityLists.id }).from(eligibilityLists)
      .where(and(eq(eligibilityLists.id, body.eligibilityListId), eq(eligibilityLists.institutionId, institutionId)));
    if (!list) return badRequest('participation.consultation.new.unknownList', { id: body.eligibilityListId });
  }
  const [owner] = await db.select({ id: participationProcesses.id }).from(participationProcesses)
    .where(and(eq(participationProcesses.id, process), eq(participationProcesses.institutionId, institutionId)));
  if (!owner) return badRequest('participation.consultation.new.unknownProcess', { id: process });
  return { ...fields, title: body.title.trim(), description: (body.description ?? '').trim(), institutionId, processId: process, opensAt, closesAt, resultsAt };
}
