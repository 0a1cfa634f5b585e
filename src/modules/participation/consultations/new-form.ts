// The officials' no-JS form for a new consultation: its fields, and the questionnaire written in a textarea, one line
// per item, so a whole questionnaire fits one plain form (the JSON API takes the same content as JSON):
//   una*: ¿Ha hecho trámites en línea?     a question: type, "*" when required, ":" and the title
//   - Sí                                   an option (choices, ranked items, matrix columns)
//   = Salud                                a matrix row
//   si 1 = Sí                              shown only when question 1 has option "Sí" selected
//   varias 1-2: ¿Qué canales usa?          multiple choice marking between 1 and 2 options
// Types: texto, texto-largo, una, varias, orden, nota (1–7), matriz.
import { Type } from '@sinclair/typebox';
import { parseForm, type FormResult } from '../../../core/http/form.js';
import type { Translate } from '../../../core/i18n/index.js';
import { fromSantiagoLocal } from '../../../core/i18n/santiago-time.js';
import { RESPONDENT_LEVELS, type QuestionKind } from './schema.js';
import type { NewConsultationBody, NewQuestion } from './new-consultation.js';

export const NewConsultationForm = Type.Object({
  title: Type.String({ minLength: 1, maxLength: 300 }),
  description: Type.Optional(Type.String({ maxLength: 10000 })),
  opensAt: Type.String({ maxLength: 20 }),
  closesAt: Type.String({ maxLength: 20 }),
  resultsAt: Type.String({ maxLength: 20 }),
  respondents: Type.Union(RESPONDENT_LEVELS.map((k) => Type.Literal(k))),
  eligibilityListId: Type.Optional(Type.Integer({ minimum: 1 })),
  questions: Type.String({ minLength: 1, maxLength: 50000 }),
});

const KINDS: Record<string, QuestionKind> = {
  texto: 'short_text', 'texto-largo': 'long_text', una: 'single_choice', varias: 'multiple_choice', orden: 'ranking', nota: 'scale_1_7', matriz: 'matrix',
};

/** The questions of the textarea, or the number of the first line that is none of the forms above. */
export function parseQuestionLines(text: string): NewQuestion[] | { line: number } {
  const questions: NewQuestion[] = [];
  for (const [i, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (line === '') continue;
    const last = questions[questions.length - 1];
    const head = /^([a-z-]+)(?:\s+(\d+)-(\d+))?\s*(\*)?\s*:\s*(.+)$/.exec(line);
    const condition = /^si\s+(\d+)\s*=\s*(.+)$/.exec(line);
    if (head && KINDS[head[1]!]) {
      questions.push({ kind: KINDS[head[1]!]!, title: head[5]!, required: head[4] === '*',
        ...(head[2] ? { minChoices: Number(head[2]), maxChoices: Number(head[3]) } : {}) });
    } else if (last && /^-\s+/.test(line)) (last.options ??= []).push(line.replace(/^-\s+/, ''));
    else if (last && /^=\s+/.test(line)) (last.rows ??= []).push(line.replace(/^=\s+/, ''));
    else if (last && condition) last.showIf = { question: Number(condition[1]), option: condition[2]!.trim() };
    else return { line: i + 1 };
  }
  return questions;
}

/** The form as the API body (dates read in Santiago), or per-field errors with the values kept. */
export function readNewConsultationForm(body: unknown, t: Translate, ids: { institution: string; process: number }): FormResult<NewConsultationBody> {
  const form = parseForm(NewConsultationForm, body, t);
  if (!form.ok) return form;
  const errors: Record<string, string> = {};
  const dates = { opensAt: fromSantiagoLocal(form.value.opensAt), closesAt: fromSantiagoLocal(form.value.closesAt), resultsAt: fromSantiagoLocal(form.value.resultsAt) };
  for (const [k, d] of Object.entries(dates)) if (!d) errors[k] = t('validation.invalid');
  const questions = parseQuestionLines(form.value.questions);
  if ('line' in questions) errors.questions = t('participation.consultation.new.badLine', { line: questions.line });
  else if (questions.length === 0) errors.questions = t('validation.required');
  if (Object.keys(errors).length > 0 || 'line' in questions) {
    return { ok: false, errors, values: Object.fromEntries(Object.entries(body as Record<string, unknown>).filter(([, v]) => typeof v === 'string')) as Record<string, string> };
  }
  return { ok: true, value: { ...form.value, ...ids, questions, opensAt: dates.opensAt!.toISOString(), closesAt: dates.closesAt!.toISOString(), resultsAt: dates.resultsAt!.toISOString() } };
}
