// Unit tests of answer validation: each question type, conditional display, required-only-when-shown.
import { describe, expect, it } from 'vitest';
import { checkAnswer, checkAnswers, type QuestionDef } from './validation.js';
import { answersFromForm, fieldsFromAnswers } from './form-fields.js';

const q = (id: number, kind: QuestionDef['kind'], extra: Partial<QuestionDef> = {}): QuestionDef => ({
  id, kind, title: `Q${id}`, required: false, minChoices: null, maxChoices: null, rows: [], conditionQuestionId: null, conditionOptionId: null,
  options: [], ...extra,
});
const opts = (...ids: number[]) => ids.map((id) => ({ id, label: `o${id}` }));
const isError = (r: unknown) => typeof r === 'object' && r !== null && 'key' in r;

describe('checkAnswer per type', () => {
  it('text: strings within the length limit', () => {
    expect(checkAnswer(q(1, 'short_text'), '  hola ')).toMatchObject({ text: 'hola' });
    expect(isError(checkAnswer(q(1, 'short_text'), 'x'.repeat(501)))).toBe(true);
    expect(checkAnswer(q(1, 'long_text'), 'x'.repeat(5000))).toMatchObject({ questionId: 1 });
    expect(isError(checkAnswer(q(1, 'long_text'), 12))).toBe(true);
  });
  it('scale 1–7: whole grades only', () => {
    expect(checkAnswer(q(1, 'scale_1_7'), '7')).toMatchObject({ value: 7 });
    for (const bad of [0, 8, 4.5, 'x', [3]]) expect(isError(checkAnswer(q(1, 'scale_1_7'), bad))).toBe(true);
  });
  it('single choice: one option of the question', () => {
    const s = q(1, 'single_choice', { options: opts(10, 11) });
    expect(checkAnswer(s, '11')).toMatchObject({ optionIds: [11] });
    expect(isError(checkAnswer(s, 12))).toBe(true);
    expect(isError(checkAnswer(s, [10, 11]))).toBe(true);
  });
  it('multiple choice: distinct options within min and max', () => {
    const m = q(1, 'multiple_choice', { options: opts(1, 2, 3, 4), minChoices: 2, maxChoices: 3 });
    expect(checkAnswer(m, [1, 3])).toMatchObject({ optionIds: [1, 3] });
    expect(checkAnswer(m, [1])).toMatchObject({ key: 'participation.consultation.answer.choiceCount', params: { min: 2, max: 3 } });
    expect(isError(checkAnswer(m, [1, 2, 3, 4]))).toBe(true);
    expect(isError(checkAnswer(m, [1, 1]))).toBe(true);
    expect(isError(checkAnswer(m, [1, 9]))).toBe(true);
  });
  it('ranking: every option exactly once', () => {
    const r = q(1, 'ranking', { options: opts(1, 2, 3) });
    expect(checkAnswer(r, [3, 1, 2])).toMatchObject({ optionIds: [3, 1, 2] });
    expect(isError(checkAnswer(r, [3, 1]))).toBe(true);
    expect(isError(checkAnswer(r, [3, 3, 1]))).toBe(true);
  });
  it('matrix: one column per row', () => {
    const m = q(1, 'matrix', { options: opts(5, 6), rows: ['a', 'b'] });
    expect(checkAnswer(m, [6, 5])).toMatchObject({ optionIds: [6, 5] });
    expect(isError(checkAnswer(m, [6]))).toBe(true);
    expect(isError(checkAnswer(m, [6, 'none']))).toBe(true);
  });
});

describe('checkAnswers with conditions', () => {
  const questions = [
    q(1, 'single_choice', { options: opts(1, 2), required: true }),
    q(2, 'short_text', { required: true, conditionQuestionId: 1, conditionOptionId: 1 }),
    q(3, 'short_text', { conditionQuestionId: 2, conditionOptionId: 99 }),
  ];
  it('discards the answer to a hidden question and does not require it', () => {
    const r = checkAnswers(questions, { 1: 2, 2: 'respuesta oculta' });
    expect(r).toEqual({ ok: true, answers: [{ questionId: 1, text: null, value: null, optionIds: [2] }] });
  });
  it('requires a conditional question when shown', () => {
    const r = checkAnswers(questions, { 1: 1 });
    expect(r.ok).toBe(false);
    expect(!r.ok && [...r.errors.keys()]).toEqual([2]);
  });
  it('reports every invalid question and returns no answers', () => {
    const r = checkAnswers([...questions, q(4, 'scale_1_7')], { 1: 1, 2: 'ok', 4: 9 });
    expect(r.ok).toBe(false);
    expect(!r.ok && [...r.errors.keys()]).toEqual([4]);
  });
});

describe('form fields', () => {
  const questions = [q(1, 'ranking', { options: opts(7, 8, 9) }), q(2, 'matrix', { options: opts(5, 6), rows: ['a', 'b'] }), q(3, 'multiple_choice', { options: opts(1, 2) })];
  it('reads ranking positions and matrix rows, and writes them back', () => {
    const body = { q1_o7: '2', q1_o8: '3', q1_o9: '1', q2_r0: '6', q2_r1: '5', q3: '2' };
    const raw = answersFromForm(questions, body);
    expect(raw).toEqual({ 1: [9, 7, 8], 2: ['6', '5'], 3: ['2'] });
    const r = checkAnswers(questions, raw);
    expect(r.ok && fieldsFromAnswers(questions, r.answers)).toEqual({ ...body, q3: ['2'] });
  });
  it('a repeated ranking position leaves the ranking incomplete', () => {
    const raw = answersFromForm(questions, { q1_o7: '1', q1_o8: '1', q1_o9: '2' });
    expect(isError(checkAnswer(questions[0]!, raw[1]))).toBe(true);
  });
});
