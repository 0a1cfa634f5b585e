// Checks a respondent's answers against the questionnaire, as pure functions shared by the API and the form: each
// answer against its question's type, conditional questions shown only when the earlier choice question they depend
// on has the option selected (a hidden question's answer is discarded, never stored), and required questions
// enforced only when shown. Either every answer is valid and the whole set is returned, or nothing is (errors).
import type { MessageKey } from '../../../core/i18n/index.js';
import type { QuestionKind } from './schema.js';

export interface QuestionDef {
  id: number;
  kind: QuestionKind;
  title: string;
  required: boolean;
  minChoices: number | null;
  maxChoices: number | null;
  rows: string[];
  conditionQuestionId: number | null;
  conditionOptionId: number | null;
  options: Array<{ id: number; label: string }>;
}

export interface AnswerValue { questionId: number; text: string | null; value: number | null; optionIds: number[] | null }
export interface AnswerError { key: MessageKey; params?: Record<string, string | number> }
export type AnswersCheck = { ok: true; answers: AnswerValue[] } | { ok: false; errors: Map<number, AnswerError> };

export const TEXT_MAX = { short_text: 500, long_text: 5000 } as const;

const isBlank = (raw: unknown) => raw === undefined || raw === null || raw === '' || (Array.isArray(raw) && raw.length === 0);
const asInt = (v: unknown): number => (typeof v === 'number' ? v : typeof v === 'string' && /^\d{1,9}$/.test(v.trim()) ? Number(v) : NaN);
const asIds = (raw: unknown): number[] => (Array.isArray(raw) ? raw : [raw]).map(asInt);

/** Bounds of a multiple-choice question: at least 1 and at most every option unless the question says otherwise. */
export const choiceBounds = (q: Pick<QuestionDef, 'minChoices' | 'maxChoices' | 'options'>) =>
  ({ min: q.minChoices ?? 1, max: q.maxChoices ?? q.options.length });

/** The value of one answered question, or the error that says why it is not acceptable. */
export function checkAnswer(q: QuestionDef, raw: unknown): AnswerValue | AnswerError {
  const answer = { questionId: q.id, text: null, value: null, optionIds: null };
  const known = new Set(q.options.map((o) => o.id));
  switch (q.kind) {
    case 'short_text':
    case 'long_text': {
      if (typeof raw !== 'string') return { key: 'participation.consultation.answer.invalid' };
      const text = raw.trim();
      if (text.length > TEXT_MAX[q.kind]) return { key: 'participation.consultation.answer.tooLong', params: { max: TEXT_MAX[q.kind] } };
      return { ...answer, text };
    }
    case 'scale_1_7': {
      const value = asInt(Array.isArray(raw) ? NaN : raw);
      return Number.isInteger(value) && value >= 1 && value <= 7 ? { ...answer, value } : { key: 'participation.consultation.answer.scale' };
    }
    case 'single_choice': {
      const ids = asIds(raw);
      return ids.length === 1 && known.has(ids[0]!) ? { ...answer, optionIds: ids } : { key: 'participation.consultation.answer.invalid' };
    }
    case 'multiple_choice': {
      const ids = asIds(raw);
      const { min, max } = choiceBounds(q);
      if (!ids.every((id) => known.has(id)) || new Set(ids).size !== ids.length) return { key: 'participation.consultation.answer.invalid' };
      if (ids.length < min || ids.length > max) return { key: 'participation.consultation.answer.choiceCount', params: { min, max } };
      return { ...answer, optionIds: ids };
    }
    case 'ranking': {
      const ids = asIds(raw);
      const complete = ids.length === known.size && new Set(ids).size === ids.length && ids.every((id) => known.has(id));
      return complete ? { ...answer, optionIds: ids } : { key: 'participation.consultation.answer.ranking', params: { n: known.size } };
    }
    case 'matrix': {
      const ids = asIds(raw);
      const complete = ids.length === q.rows.length && ids.every((id) => known.has(id));
      return complete ? { ...answer, optionIds: ids } : { key: 'participation.consultation.answer.matrix' };
    }
  }
}

/** Whether `q` is shown, given the accepted answers of the questions before it (in questionnaire order). */
export function isShown(q: Pick<QuestionDef, 'conditionQuestionId' | 'conditionOptionId'>, accepted: ReadonlyMap<number, AnswerValue>): boolean {
  if (q.conditionQuestionId === null || q.conditionOptionId === null) return true;
  return accepted.get(q.conditionQuestionId)?.optionIds?.includes(q.conditionOptionId) ?? false;
}

/**
 * `raw` maps question ids to what was sent (API: strings, numbers, arrays of option ids; the form is read into the
 * same shape by form-fields.ts). Questions must come in questionnaire order, so conditions see earlier answers.
 */
export function checkAnswers(questions: readonly QuestionDef[], raw: Readonly<Record<string, unknown>>): AnswersCheck {
  const accepted = new Map<number, AnswerValue>();
  const errors = new Map<number, AnswerError>();
  for (const q of questions) {
    if (!isShown(q, accepted)) continue;
    const sent = raw[String(q.id)];
    const blank = isBlank(sent) || (typeof sent === 'string' && sent.trim() === '');
    if (blank) {
      if (q.required) errors.set(q.id, { key: 'participation.consultation.answer.required' });
      continue;
    }
    const checked = checkAnswer(q, sent);
    if ('key' in checked) errors.set(q.id, checked);
    else accepted.set(q.id, checked);
  }
  return errors.size > 0 ? { ok: false, errors } : { ok: true, answers: [...accepted.values()] };
}

/** Unknown question ids are a malformed request rather than a per-question error. */
export const unknownQuestion = (questions: readonly QuestionDef[], raw: Readonly<Record<string, unknown>>) => {
  const ids = new Set(questions.map((q) => String(q.id)));
  return Object.keys(raw).find((k) => !ids.has(k)) ?? null;
};
