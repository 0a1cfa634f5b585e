// The questionnaire as HTML form fields and back. Field names: `q{id}` for text, scale and choice questions (checkboxes
// repeat it), `q{id}_o{optionId}` for the position given to each option of a ranking (a select per option, so ranking
// works without JavaScript), `q{id}_r{row}` for the chosen column of each matrix row (one radio group per row).
import type { AnswerValue, QuestionDef } from './validation.js';

export type FieldValues = Record<string, string | string[]>;

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? '';

/** Reads a posted form into the `{questionId: raw}` shape checkAnswers takes (blank fields stay blank). */
export function answersFromForm(questions: readonly QuestionDef[], body: FieldValues): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (const q of questions) {
    if (q.kind === 'ranking') {
      const ranks = q.options.map((o) => ({ id: o.id, rank: one(body[`q${q.id}_o${o.id}`]).trim() }));
      if (ranks.every((r) => r.rank === '')) continue;
      // Positions must be 1…n, each once: anything else leaves a gap that checkAnswer reports as an incomplete ranking.
      const byRank = new Map(ranks.map((r) => [r.rank, r.id]));
      raw[q.id] = q.options.map((_, i) => byRank.get(String(i + 1))).filter((id) => id !== undefined);
    } else if (q.kind === 'matrix') {
      const cells = q.rows.map((_, i) => one(body[`q${q.id}_r${i}`]).trim());
      if (cells.every((c) => c === '')) continue;
      raw[q.id] = cells.map((c) => (c === '' ? 'none' : c));
    } else {
      const v = body[`q${q.id}`];
      if (v !== undefined) raw[q.id] = q.kind === 'multiple_choice' && !Array.isArray(v) ? [v] : v;
    }
  }
  return raw;
}

/** A stored response as form values, to fill the form when the respondent comes back to edit it. */
export function fieldsFromAnswers(questions: readonly QuestionDef[], answers: readonly AnswerValue[]): FieldValues {
  const byQuestion = new Map(answers.map((a) => [a.questionId, a]));
  const fields: FieldValues = {};
  for (const q of questions) {
    const a = byQuestion.get(q.id);
    if (!a) continue;
    const ids = a.optionIds ?? [];
    if (q.kind === 'ranking') ids.forEach((id, i) => { fields[`q${q.id}_o${id}`] = String(i + 1); });
    else if (q.kind === 'matrix') ids.forEach((id, i) => { fields[`q${q.id}_r${i}`] = String(id); });
    else if (q.kind === 'multiple_choice') fields[`q${q.id}`] = ids.map(String);
    else if (q.kind === 'single_choice') fields[`q${q.id}`] = String(ids[0] ?? '');
    else fields[`q${q.id}`] = a.text ?? (a.value === null ? '' : String(a.value));
  }
  return fields;
}

/** The form body's own fields only (what a browser sends as strings or repeated strings), for re-rendering. */
export function formValues(body: unknown): FieldValues {
  const out: FieldValues = {};
  if (!body || typeof body !== 'object') return out;
  for (const [k, v] of Object.entries(body as Record<string, unknown>)) {
    if (/^q\d+(_[or]\d+)?$/.test(k) && (typeof v === 'string' || (Array.isArray(v) && v.every((x) => typeof x === 'string')))) out[k] = v as string | string[];
  }
  return out;
}
