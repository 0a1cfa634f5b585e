// The officials' no-JS form for a new consultation: who may open it, the line format of the questionnaire, errors
// re-rendered with the values kept, and the consultation created with its condition.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { ACTORS, type ActorKind, type Browser } from '../../../test-support/people.js';
import { CSRF_FIELD } from '../../../core/http/csrf.js';
import { createTestProcess, type TestProcess } from '../processes/test-support.js';
import { parseQuestionLines } from './new-form.js';
import { EXAMPLE } from './views/new-page.js';

let t: TestApp;
let process: TestProcess;
beforeAll(async () => { t = await createTestApp(); process = await createTestProcess(t); }, 60_000);
afterAll(async () => { await t.close(); });

const url = () => `/participacion/procesos/${process.id}/consultas/nueva`;
const post = (b: Browser, fields: Record<string, string>) => t.app.inject({ method: 'POST', url: url(), cookies: b.cookies,
  payload: new URLSearchParams({ [CSRF_FIELD]: b.csrf, ...fields }).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
const fields = (questions: string) => ({ title: 'Consulta de prueba', opensAt: '2026-09-03T00:00', closesAt: '2026-10-25T23:59', resultsAt: '2026-11-30T09:00',
  respondents: 'identity_verified', questions });

describe('the line format', () => {
  it('reads every type, options, rows, bounds and conditions', () => {
    const q = parseQuestionLines(EXAMPLE);
    expect(Array.isArray(q) && q.map((x) => x.kind)).toEqual(['single_choice', 'short_text', 'multiple_choice', 'scale_1_7', 'ranking', 'matrix', 'long_text']);
    expect(Array.isArray(q) && q[1]).toMatchObject({ required: true, showIf: { question: 1, option: 'Sí' } });
    expect(Array.isArray(q) && q[2]).toMatchObject({ minChoices: 1, maxChoices: 2, options: ['Sitio web', 'WhatsApp', 'Oficina'] });
    expect(Array.isArray(q) && q[5]).toMatchObject({ rows: ['Salud', 'Educación'], options: ['Bueno', 'Malo'] });
    expect(parseQuestionLines('una: a\n- x\nwhat is this')).toEqual({ line: 3 });
  });
});

describe('the new consultation page', () => {
  it.each<[ActorKind, number]>([['anonymous', 401], ['resident', 403], ['budgetOfficial', 403], ['otherOfficial', 403], ['otherAdmin', 403],
    ['participationOfficial', 200], ['admin', 200]])('%s → %i', async (kind, status) => {
    const b = await ACTORS[kind](t);
    expect((await t.app.inject({ method: 'GET', url: url(), cookies: b?.cookies ?? {} })).statusCode).toBe(status);
  });

  it('re-renders a bad questionnaire with the values kept, and creates a good one', async () => {
    const official = (await ACTORS.participationOfficial(t))!;
    const bad = await post(official, fields('una: ¿Sí o no?\n- Sí\ntexto: ¿Por qué?\nsi 1 = Tal vez'));
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('Pregunta 1: las preguntas de opciones');
    expect(bad.body).toContain('Consulta de prueba');
    const badLine = await post(official, fields('una: a\nhola'));
    expect(badLine.body).toContain('La línea 2 no tiene ninguna de las formas descritas.');
    const ok = await post(official, fields(EXAMPLE));
    expect(ok.statusCode).toBe(303);
    const id = Number(ok.headers.location!.split('/').pop());
    const c = (await t.app.inject({ method: 'GET', url: `/api/v1/participation/consultations/${id}` })).json();
    expect(c.questions).toHaveLength(7);
    // Chile is still on UTC−4 on 3 September (summer time starts on the first Sunday of September).
    expect(c.opensAt).toBe('2026-09-03T04:00:00.000Z');
    expect(c.questions[1].showIf).toEqual({ questionId: c.questions[0].id, optionId: c.questions[0].options[0].id });
  });
});
