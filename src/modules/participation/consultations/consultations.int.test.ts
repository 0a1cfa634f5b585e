// Consultations through the API and the no-JS form: creation per role (audited), validation per question type,
// conditional questions, one response per person editable until close, 409 when closed or outside the phase,
// who may answer (anyone / signed in / verified / list), results aggregation and who may export.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { queryRows } from '../../../core/db/client.js';
import { ACTORS, apiTokenFor, type ActorKind } from '../../../test-support/people.js';
import { findInstitution } from '../../../core/tenancy/queries.js';
import { importEligibilityList } from '../../../core/identity/commands/import-eligibility-list.js';
import { hashRun, parseRun, type Run } from '../../../core/identity/run.js';
import { deriveKey } from '../../../core/identity/keys.js';
import { CSRF_COOKIE, CSRF_FIELD, csrfTokenFor } from '../../../core/http/csrf.js';
import { bearer, unverifiedVoter, verifiedVoter } from '../votes/test-support.js';
import { createTestProcess } from '../processes/test-support.js';
import { fullAnswers, openConsultation, QUESTIONS, setDates } from './test-support.js';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); }, 60_000);
afterAll(async () => { await t.close(); });

const put = (id: number, token: string, answers: Record<string, unknown>) =>
  t.app.inject({ method: 'PUT', url: `/api/v1/participation/consultations/${id}/response`, headers: bearer(token), payload: { answers } });
const responseCount = async (id: number) =>
  (await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from participation_consultation_responses where consultation_id = ${id}`))[0]!.n;

describe('creating a consultation', () => {
  it.each<[ActorKind, number]>([
    ['anonymous', 401], ['resident', 403], ['budgetOfficial', 403], ['otherOfficial', 403], ['otherAdmin', 403],
    ['participationOfficial', 201], ['admin', 201], ['platformAdmin', 201],
  ])('%s → %i', async (kind, status) => {
    const process = await createTestProcess(t, { components: ['consultation'] });
    const actor = await ACTORS[kind](t);
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/participation/consultations', headers: actor ? bearer(await apiTokenFor(t, actor.personId)) : {},
      payload: { institution: 'temuco', process: process.id, title: 'x', opensAt: '2026-01-01T00:00:00Z', closesAt: '2026-02-01T00:00:00Z',
        resultsAt: '2026-02-01T00:00:00Z', respondents: 'anyone', questions: QUESTIONS } });
    expect(res.statusCode).toBe(status);
    if (status === 201) {
      const c = res.json();
      expect(c.questions[1].showIf).toEqual({ questionId: c.questions[0].id, optionId: c.questions[0].options[0].id });
      const audit = await queryRows<{ action: string }>(t.database.db, sql`select action from audit_log where resource_type = 'participation_consultation' and resource_id = ${String(c.id)}`);
      expect(audit.map((a) => a.action)).toEqual(['participation.consultation.create']);
    }
  });

  it('refuses a condition on a later question, choices without options and misordered dates', async () => {
    const process = await createTestProcess(t);
    const token = await apiTokenFor(t, (await ACTORS.participationOfficial(t)).personId);
    const base = { institution: 'temuco', process: process.id, title: 'x', opensAt: '2026-01-01T00:00:00Z', closesAt: '2026-02-01T00:00:00Z', resultsAt: '2026-02-01T00:00:00Z', respondents: 'anyone' };
    for (const payload of [
      { ...base, questions: [{ kind: 'short_text', title: 'a', showIf: { question: 2, option: 'Sí' } }, { kind: 'single_choice', title: 'b', options: ['Sí', 'No'] }] },
      { ...base, questions: [{ kind: 'single_choice', title: 'a', options: ['Sí'] }] },
      { ...base, resultsAt: '2026-01-15T00:00:00Z', questions: [{ kind: 'short_text', title: 'a' }] },
      { ...base, institution: 'valdivia', questions: [{ kind: 'short_text', title: 'a' }] },
    ]) {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/participation/consultations', headers: bearer(token), payload });
      expect([400, 403]).toContain(res.statusCode);
    }
  });
});

describe('answering', () => {
  it('checks each answer against its type and stores nothing when one is wrong', async () => {
    const c = await openConsultation(t);
    const voter = await unverifiedVoter(t);
    const good = fullAnswers(c);
    const [q1, , q3, q4, q5, q6] = c.questions;
    for (const [qid, bad] of [[q1!.id, 999999], [q3!.id, q3!.options.map((o) => o.id)], [q4!.id, [q4!.options[0]!.id]], [q5!.id, 8], [q6!.id, [q6!.options[0]!.id]]] as const) {
      const res = await put(c.id, voter.token, { ...good, [qid]: bad });
      expect(res.statusCode).toBe(400);
      expect(Object.keys(res.json().errors)).toEqual([String(qid)]);
    }
    expect(await responseCount(c.id)).toBe(0);
  });

  it('discards answers to hidden conditional questions and requires them only when shown', async () => {
    const c = await openConsultation(t);
    const voter = await unverifiedVoter(t);
    const q2 = c.questions[1]!;
    const missing = await put(c.id, voter.token, { ...fullAnswers(c), [q2.id]: '' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors[q2.id]).toMatch(/Responda|Answer/);
    const hidden = await put(c.id, voter.token, fullAnswers(c, false));
    expect(hidden.statusCode).toBe(200);
    expect(hidden.json().answers[q2.id]).toBeUndefined();
    const stored = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from participation_consultation_answers where question_id = ${q2.id}`);
    expect(stored[0]!.n).toBe(0);
  });

  it('keeps one response per person, editable until the close, then 409', async () => {
    const c = await openConsultation(t);
    const voter = await unverifiedVoter(t);
    expect((await put(c.id, voter.token, fullAnswers(c))).statusCode).toBe(200);
    expect((await put(c.id, voter.token, fullAnswers(c))).statusCode).toBe(200);
    const q5 = c.questions[4]!;
    const edited = await put(c.id, voter.token, { ...fullAnswers(c), [q5.id]: 2 });
    expect(edited.json().answers[q5.id]).toBe(2);
    expect(await responseCount(c.id)).toBe(1);
    const mine = await t.app.inject({ method: 'GET', url: `/api/v1/participation/consultations/${c.id}/response`, headers: bearer(voter.token) });
    expect(mine.json().answers[q5.id]).toBe(2);
    await setDates(t, c.id, { closesAt: new Date(Date.now() - 1000) });
    const late = await put(c.id, voter.token, fullAnswers(c));
    expect(late.statusCode).toBe(409);
    expect(late.json().message).toMatch(/cerró/);
    await setDates(t, c.id, { opensAt: new Date(Date.now() + 3600_000), closesAt: new Date(Date.now() + 7200_000) });
    expect((await put(c.id, voter.token, fullAnswers(c))).statusCode).toBe(409);
  });

  it('refuses answers while the process phase does not enable consultation (409)', async () => {
    const c = await openConsultation(t, {}, ['proposals']);
    const res = await put(c.id, (await unverifiedVoter(t)).token, fullAnswers(c));
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toMatch(/fase de consulta/);
  });
});

describe('who may answer', () => {
  it('signed_in: anonymous 401, a signed-in resident answers', async () => {
    const c = await openConsultation(t);
    const csrfCookie = 'c'.repeat(32);
    const anonymous = await t.app.inject({ method: 'PUT', url: `/api/v1/participation/consultations/${c.id}/response`, cookies: { [CSRF_COOKIE]: csrfCookie },
      headers: { 'x-csrf-token': csrfTokenFor(t.config.sessionSecret, csrfCookie) }, payload: { answers: fullAnswers(c) } });
    expect(anonymous.statusCode).toBe(401);
    const page = (await t.app.inject({ method: 'GET', url: `/participacion/consultas/${c.id}` })).body;
    expect(page).toContain('Ingrese para responder esta consulta.');
    // What is asked is public even to those who may not answer: every question, its options, conditions and rows,
    // read-only (no form).
    for (const text of ['¿Ha hecho trámites en línea con el Gobierno Regional?', '<li>Teléfono</li>', 'Responda solo si', 'Nota de 1 a 7.',
      'Una respuesta por fila: Salud · Educación.']) expect(page).toContain(text);
    expect(page).not.toContain('class="questionnaire"');
    expect((await put(c.id, (await unverifiedVoter(t)).token, fullAnswers(c))).statusCode).toBe(200);
  });

  it('identity_verified: an unverified person 403, a verified one answers', async () => {
    const c = await openConsultation(t, { respondents: 'identity_verified' });
    expect((await put(c.id, (await unverifiedVoter(t)).token, fullAnswers(c))).statusCode).toBe(403);
    expect((await put(c.id, (await verifiedVoter(t)).token, fullAnswers(c))).statusCode).toBe(200);
  });

  it('eligibility_list: verified but off the list 403, on the list answers', async () => {
    const temuco = (await findInstitution(t.database.db, 'temuco'))!;
    const run = (text: string) => (parseRun(text) as { ok: true; run: Run }).run;
    await t.database.db.transaction((tx) => importEligibilityList(tx, { institutionId: temuco.id, name: 'Padrón consulta',
      entries: [{ runHash: hashRun(run('11111111-1'), deriveKey(t.config.identityKey, 'run-hash')), comuna: null, groupName: null }] }, { id: null, label: 'test' }));
    const [list] = await queryRows<{ id: number }>(t.database.db, sql`select id from eligibility_lists where name = 'Padrón consulta'`);
    const c = await openConsultation(t, { respondents: 'eligibility_list', eligibilityListId: list!.id });
    expect((await put(c.id, (await verifiedVoter(t, '22222222-2')).token, fullAnswers(c))).statusCode).toBe(403);
    expect((await put(c.id, (await verifiedVoter(t, '11111111-1')).token, fullAnswers(c))).statusCode).toBe(200);
  });

  it('anyone: an anonymous browser answers with the form, keyed by its respondent cookie, and edits the same response', async () => {
    const c = await openConsultation(t, { respondents: 'anyone' });
    const csrfCookie = 'c'.repeat(32);
    const cookies = { [CSRF_COOKIE]: csrfCookie, cabildo_respondent: 'r'.repeat(32) };
    const [q1, q2, , , q5] = c.questions;
    const form = (fields: Record<string, string>) => t.app.inject({ method: 'POST', url: `/participacion/consultas/${c.id}`, cookies,
      payload: new URLSearchParams({ [CSRF_FIELD]: csrfTokenFor(t.config.sessionSecret, csrfCookie), ...fields }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    const invalid = await form({ [`q${q1!.id}`]: String(q1!.options[0]!.id), [`q${q5!.id}`]: '9' });
    expect(invalid.statusCode).toBe(422);
    expect(invalid.body).toContain('Elija una nota entera de 1 a 7.');
    expect(invalid.body).toContain(`href="#f-q${q2!.id}"`);
    expect(invalid.body).toMatch(new RegExp(`id="f-q${q1!.id}-o${q1!.options[0]!.id}"[^>]*checked|checked[^>]*id="f-q${q1!.id}-o${q1!.options[0]!.id}"`));
    const ok = await form({ [`q${q1!.id}`]: String(q1!.options[1]!.id), [`q${q5!.id}`]: '7' });
    expect(ok.statusCode).toBe(303);
    expect((await form({ [`q${q1!.id}`]: String(q1!.options[1]!.id), [`q${q5!.id}`]: '5' })).statusCode).toBe(303);
    expect(await responseCount(c.id)).toBe(1);
    const page = await t.app.inject({ method: 'GET', url: `/participacion/consultas/${c.id}`, cookies });
    expect(page.body).toContain('(Responda solo si en la pregunta 1 eligió «Sí».)');
    expect(page.body).toMatch(new RegExp(`value="5"[^>]*checked|checked[^>]*value="5"`));
    const css = await t.app.inject({ method: 'GET', url: `/participacion/consultas/${c.id}/condiciones.css` });
    expect(css.body).toContain(`.questionnaire:has(#f-q${q1!.id}-o${q1!.options[0]!.id}:not(:checked)) #q-${q2!.id} { display: none; }`);
  });
});

describe('results and export', () => {
  it('are published at results_at, aggregated per type', async () => {
    const c = await openConsultation(t);
    const a = await unverifiedVoter(t);
    const b = await unverifiedVoter(t);
    await put(c.id, a.token, fullAnswers(c));
    const [q1, q2, q3, q4, q5, q6] = c.questions;
    await put(c.id, b.token, { ...fullAnswers(c, false), [q3!.id]: [q3!.options[0]!.id], [q4!.id]: q4!.options.map((o) => o.id), [q5!.id]: 3 });
    const early = await t.app.inject({ method: 'GET', url: `/api/v1/participation/consultations/${c.id}/results` });
    expect(early.statusCode).toBe(409);
    expect((await t.app.inject({ method: 'GET', url: `/participacion/consultas/${c.id}/resultados` })).body).toContain('Los resultados se publicarán el');
    await setDates(t, c.id, { closesAt: new Date(Date.now() - 2000), resultsAt: new Date(Date.now() - 1000) });
    const r = (await t.app.inject({ method: 'GET', url: `/api/v1/participation/consultations/${c.id}/results` })).json();
    const of = (q: { id: number }) => r.questions.find((x: { questionId: number }) => x.questionId === q.id);
    expect(r.respondents).toBe(2);
    expect(of(q1!).counts.map((x: { count: number }) => x.count)).toEqual([1, 1]);
    expect(of(q2!).answered).toBe(1);
    expect(of(q3!).counts.map((x: { count: number }) => x.count)).toEqual([2, 0, 1, 0]);
    expect(of(q5!)).toMatchObject({ average: 4.5, answered: 2 });
    // Rankings [3,2,1] and [1,2,3] of three options: each extreme averages position 2; the middle one is second twice.
    expect(of(q4!).ranking.find((x: { label: string }) => x.label === 'Trámites')).toMatchObject({ averagePosition: 2, borda: 2 });
    expect(of(q6!).matrix[0].counts.map((x: { count: number }) => x.count)).toEqual([2, 0, 0]);
    const page = await t.app.inject({ method: 'GET', url: `/participacion/consultas/${c.id}/resultados` });
    expect(page.body).toContain('Permiso de circulación');
    expect(page.body).toContain('<caption>Respuestas por opción</caption>');
  });

  it.each<[ActorKind, number]>([['anonymous', 409], ['resident', 409], ['otherOfficial', 409], ['participationOfficial', 200], ['admin', 200]])(
    'export before results_at: %s → %i', async (kind, status) => {
      const c = await openConsultation(t);
      const actor = await ACTORS[kind](t);
      const res = await t.app.inject({ method: 'GET', url: `/api/v1/participation/consultations/${c.id}/responses?format=csv`, headers: actor ? bearer(await apiTokenFor(t, actor.personId)) : {} });
      expect(res.statusCode).toBe(status);
    });

  it('export after results_at: public, one row per answer, no identity', async () => {
    const c = await openConsultation(t);
    const voter = await unverifiedVoter(t);
    await put(c.id, voter.token, fullAnswers(c));
    await setDates(t, c.id, { closesAt: new Date(Date.now() - 2000), resultsAt: new Date(Date.now() - 1000) });
    const csv = await t.app.inject({ method: 'GET', url: `/api/v1/participation/consultations/${c.id}/responses?format=csv` });
    expect(csv.body.startsWith('\uFEFFrespondent,question,questionId,kind,answer\r\n')).toBe(true);
    const lines = csv.body.trim().split('\r\n');
    expect(lines).toHaveLength(1 + 7);
    expect(csv.body).toContain('Salud: Bueno | Educación: Malo');
    expect(csv.body).not.toContain(String(voter.personId) + ',');
    const json = (await t.app.inject({ method: 'GET', url: `/api/v1/participation/consultations/${c.id}/responses?format=json` })).json();
    expect(Object.keys(json[0]).sort()).toEqual(['answer', 'kind', 'question', 'questionId', 'respondent']);
  });
});
