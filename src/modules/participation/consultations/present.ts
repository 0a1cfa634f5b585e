// The public JSON of consultations (DESIGN.md rule 5: explicit fields). Nothing here names a respondent.
import { Type, type Static } from '@sinclair/typebox';
import { QUESTION_KINDS, RESPONDENT_LEVELS } from './schema.js';
import type { ConsultationWithQuestions } from './queries.js';
import type { AnswerValue } from './validation.js';

const Option = Type.Object({ id: Type.Integer(), label: Type.String() });
export const QuestionJson = Type.Object({
  id: Type.Integer(), number: Type.Integer(), kind: Type.Union(QUESTION_KINDS.map((k) => Type.Literal(k))), title: Type.String(), help: Type.String(),
  required: Type.Boolean(), options: Type.Array(Option), rows: Type.Array(Type.String()),
  minChoices: Type.Union([Type.Integer(), Type.Null()]), maxChoices: Type.Union([Type.Integer(), Type.Null()]),
  showIf: Type.Union([Type.Object({ questionId: Type.Integer(), optionId: Type.Integer() }), Type.Null()]),
});
export const ConsultationJson = Type.Object({
  id: Type.Integer(), institution: Type.Object({ slug: Type.String(), name: Type.String() }), processId: Type.Integer(),
  title: Type.String(), description: Type.String(), opensAt: Type.String({ format: 'date-time' }), closesAt: Type.String({ format: 'date-time' }),
  resultsAt: Type.String({ format: 'date-time' }), respondents: Type.Union(RESPONDENT_LEVELS.map((k) => Type.Literal(k))),
  eligibilityListId: Type.Union([Type.Integer(), Type.Null()]), questions: Type.Array(QuestionJson),
});

export function presentConsultation(c: ConsultationWithQuestions): Static<typeof ConsultationJson> {
  return {
    id: c.id, institution: { slug: c.institutionSlug, name: c.institutionName }, processId: c.processId, title: c.title, description: c.description,
    opensAt: c.opensAt.toISOString(), closesAt: c.closesAt.toISOString(), resultsAt: c.resultsAt.toISOString(), respondents: c.respondents,
    eligibilityListId: c.eligibilityListId,
    questions: c.questions.map((q, i) => ({
      id: q.id, number: i + 1, kind: q.kind, title: q.title, help: q.help, required: q.required, options: q.options, rows: q.rows,
      minChoices: q.minChoices, maxChoices: q.maxChoices,
      showIf: q.conditionQuestionId !== null && q.conditionOptionId !== null ? { questionId: q.conditionQuestionId, optionId: q.conditionOptionId } : null,
    })),
  };
}

/** An answer as the API takes it back: text, a grade, or option ids (ranking best first; matrix one per row). */
export const AnswerJson = Type.Union([Type.String(), Type.Integer(), Type.Array(Type.Integer())]);
export const MyResponseJson = Type.Object({
  consultationId: Type.Integer(), updatedAt: Type.String({ format: 'date-time' }), answers: Type.Record(Type.String(), AnswerJson),
});

export function presentAnswers(answers: readonly AnswerValue[]): Record<string, string | number | number[]> {
  return Object.fromEntries(answers.map((a) => [String(a.questionId), a.optionIds ?? a.value ?? a.text ?? '']));
}

const Count = Type.Object({ optionId: Type.Integer(), label: Type.String(), count: Type.Integer() });
export const ResultsJson = Type.Object({
  consultationId: Type.Integer(), respondents: Type.Integer(),
  questions: Type.Array(Type.Object({
    questionId: Type.Integer(), answered: Type.Integer(),
    counts: Type.Optional(Type.Array(Count)),
    average: Type.Optional(Type.Union([Type.Number(), Type.Null()])),
    distribution: Type.Optional(Type.Array(Type.Object({ value: Type.Integer(), count: Type.Integer() }))),
    ranking: Type.Optional(Type.Array(Type.Object({ optionId: Type.Integer(), label: Type.String(), averagePosition: Type.Number(), borda: Type.Integer() }))),
    matrix: Type.Optional(Type.Array(Type.Object({ row: Type.String(), counts: Type.Array(Count) }))),
  })),
});
