// The pages without JavaScript, per role: the list with its filters and exports, a commitment's page (progress,
// milestones, evidence, children, history, follow button), the official's forms (422 with the values kept, 303 on
// success) and the action plan's dashboard and form.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { ACTORS, type ActorKind, type Browser } from '../../../test-support/people.js';
import { api, createCommitmentVia, tokenOf } from './test-support.js';

let t: TestApp;
let token: string;
let official: Browser;
let planId: number;
let lineId: number;
let axisIds: number[];
beforeAll(async () => {
  t = await createTestApp();
  token = (await tokenOf(t, 'participationOfficial'))!;
  official = (await ACTORS.participationOfficial(t))!;
  const plan = (await api(t, 'POST', '/api/v1/participation/action-plans', token, { institution: 'temuco', title: 'Plan de Gobierno Abierto 2025-2027',
    pillars: ['Modernización', 'Transparencia', 'Participación'], axes: ['Gestión del cambio', 'Equidad de género', 'Innovación', 'Tecnología'] })).json();
  planId = plan.id;
  axisIds = plan.axes.map((a: { id: number }) => a.id);
  lineId = (await createCommitmentVia(t, token, { originType: 'action_plan_line', originRef: undefined, actionPlanId: plan.id, pillarId: plan.pillars[1].id,
    axisIds: [axisIds[0], axisIds[3]], title: 'Portal de datos abiertos', progress: 40 })).id;
  await createCommitmentVia(t, token, { originType: 'action_plan_line', originRef: undefined, actionPlanId: plan.id, pillarId: plan.pillars[0].id,
    axisIds: [axisIds[0]], title: 'Trámites en línea', dueDate: '2020-01-01', progress: 10 });
}, 60_000);
afterAll(async () => { await t.close(); });

const cookieHeader = (b: Browser) => Object.entries(b.cookies).map(([k, v]) => `${k}=${v}`).join('; ');
const page = (url: string, b?: Browser | null) => t.app.inject({ method: 'GET', url, headers: b ? { cookie: cookieHeader(b) } : {} });
const form = (b: Browser | null, url: string, fields: Array<[string, string]>) => {
  const body = new URLSearchParams(b ? [['_csrf', b.csrf], ...fields] : fields);
  return t.app.inject({ method: 'POST', url, headers: { 'content-type': 'application/x-www-form-urlencoded', ...(b ? { cookie: cookieHeader(b) } : {}) }, payload: body.toString() });
};
const LIST = '/instituciones/temuco/participacion/compromisos';

describe('reading, for everyone', () => {
  it('lists an institution\'s commitments with the overdue flag, filters and exports', async () => {
    const res = await page(LIST);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Portal de datos abiertos');
    expect(res.body).toMatch(/<strong class="tag">Atrasado<\/strong>/);
    const overdue = await page(`${LIST}?overdue=true`);
    expect(overdue.body).toContain('Trámites en línea');
    expect(overdue.body).not.toContain('Portal de datos abiertos');
    expect((await page(`${LIST}?axis=${axisIds[3]}`)).body).not.toContain('Trámites en línea');
    const csv = await page(`${LIST}?format=csv`);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.body.split('\r\n')[0]).toContain('id,parentId,processId,title');
    expect((await page('/instituciones/nowhere/participacion/compromisos')).statusCode).toBe(404);
  });

  it('shows a commitment with its history, the follow button, and the forms only to its officials', async () => {
    const anonymous = await page(`/participacion/compromisos/${lineId}`);
    expect(anonymous.statusCode).toBe(200);
    expect(anonymous.body).toContain('Versión 1');
    expect(anonymous.body).toContain('/ingresar?next=');
    expect(anonymous.body).not.toContain('/hitos');
    const table: Array<[ActorKind, boolean]> = [['resident', false], ['budgetOfficial', false], ['otherOfficial', false], ['participationOfficial', true], ['admin', true]];
    for (const [kind, forms] of table) {
      const res = await page(`/participacion/compromisos/${lineId}`, await ACTORS[kind](t));
      expect(res.body.includes(`action="/participacion/compromisos/${lineId}/hitos"`), kind).toBe(forms);
      expect(res.body, kind).toContain('name="action" value="follow"');
    }
  });

  it('shows the action plan\'s dashboard by pillar and axis, with the numbers as text', async () => {
    const res = await page('/instituciones/temuco/participacion/plan-de-accion');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Avance por pilar');
    expect(res.body).toMatch(/Gestión del cambio<span class="cell-note">Líneas: 2 · cumplidas: 0 · atrasadas: 1<\/span>[\s\S]*?25 %/);
    expect((await page(`/participacion/planes-de-accion/${planId}?lang=en`)).body).toContain('Progress by transversal axis');
    expect((await page('/instituciones/valdivia/participacion/plan-de-accion')).body).toContain('aún no publica');
  });
});

describe('the official\'s forms', () => {
  it('guards every form by role', async () => {
    // Anonymous posts carry no CSRF cookie, so they are refused before the route (403); the edit page sends them to sign in.
    const table: Array<[ActorKind, number]> = [['anonymous', 403], ['resident', 403], ['budgetOfficial', 403], ['otherOfficial', 403], ['otherAdmin', 403]];
    for (const [kind, status] of table) {
      const b = await ACTORS[kind](t);
      expect((await form(b, LIST, [['title', 'x']])).statusCode, kind).toBe(status);
      expect((await form(b, `/participacion/compromisos/${lineId}/editar`, [['title', 'x']])).statusCode, kind).toBe(status);
      expect((await form(b, `/participacion/compromisos/${lineId}/hitos`, [['milestoneTitle', 'x']])).statusCode, kind).toBe(status);
      expect((await page(`/participacion/compromisos/${lineId}/editar`, b)).statusCode, kind).toBe(b ? status : 303);
    }
    expect((await page(`${LIST}/nuevo`, official)).statusCode).toBe(200);
  });

  it('creates a commitment, or shows the errors with the values kept (422)', async () => {
    const bad = await form(official, LIST, [['originType', 'procurement_contract'], ['originRef', 'licitación 123'], ['title', 'Reparación de veredas'],
      ['responsibleUnit', 'SECPLA'], ['dueDate', '2027-02-30'], ['status', 'planned']]);
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('value="Reparación de veredas"');
    expect(bad.body).toContain('error-summary');
    const invalidOcid = await form(official, LIST, [['originType', 'procurement_contract'], ['originRef', 'licitación 123'], ['title', 'Reparación de veredas'],
      ['responsibleUnit', 'SECPLA'], ['dueDate', '2027-03-30'], ['status', 'planned']]);
    expect(invalidOcid.statusCode).toBe(422);
    expect(invalidOcid.body).toContain('ocid OCDS');
    const ok = await form(official, LIST, [['originType', 'action_plan_line'], ['actionPlanId', String(planId)], ['title', 'Mesa de género'],
      ['responsibleUnit', 'DIDECO'], ['dueDate', '2027-03-30'], ['status', 'planned'], ['pillarId', String((await api(t, 'GET', `/api/v1/participation/action-plans/${planId}`, null)).json().pillars[2].id)],
      ['axisIds', String(axisIds[1])], ['axisIds', String(axisIds[2])]]);
    expect(ok.statusCode).toBe(303);
    const created = (await api(t, 'GET', `/api/v1${ok.headers.location!.replace('/participacion/compromisos', '/participation/commitments')}`, null)).json();
    expect(created.axes.map((a: { id: number }) => a.id)).toEqual([axisIds[1], axisIds[2]]);
  });

  it('edits progress with a note, adds milestones and evidence, marks a milestone done, each a public version', async () => {
    const c = await createCommitmentVia(t, token);
    const base = `/participacion/compromisos/${c.id}`;
    const stale = await form(official, `${base}/editar`, [['expectedVersion', '99'], ['title', c.id ? 'Iluminación LED en la plaza Dreves' : ''], ['responsibleUnit', 'DOM'],
      ['dueDate', '2030-06-30'], ['progress', '30'], ['status', 'in_progress']]);
    expect(stale.statusCode).toBe(422);
    expect(stale.body).toContain('Otra persona cambió');
    const edit = await form(official, `${base}/editar`, [['expectedVersion', '1'], ['title', 'Iluminación LED en la plaza Dreves'], ['responsibleUnit', 'DOM'],
      ['dueDate', '2030-06-30'], ['progress', '30'], ['status', 'in_progress'], ['note', 'Contrato firmado']]);
    expect(edit.statusCode).toBe(303);
    expect((await form(official, `${base}/hitos`, [['milestoneTitle', 'Postes'], ['milestoneDue', 'mañana']])).statusCode).toBe(422);
    expect((await form(official, `${base}/hitos`, [['milestoneTitle', 'Postes instalados'], ['milestoneDue', '2030-03-01']])).statusCode).toBe(303);
    const milestoneId = (await api(t, 'GET', `/api/v1${base.replace('/participacion/compromisos', '/participation/commitments')}`, null)).json().milestones[0].id;
    expect((await form(official, `${base}/hitos/cumplido`, [['doneMilestone', String(milestoneId)], ['doneDate', '2030-02-27']])).statusCode).toBe(303);
    const badUrl = await form(official, `${base}/evidencias`, [['kind', 'link'], ['evidenceTitle', 'Fotos'], ['url', 'javascript:alert(1)']]);
    expect(badUrl.statusCode).toBe(422);
    expect(badUrl.body).toContain('value="Fotos"');
    expect((await form(official, `${base}/evidencias`, [['kind', 'link'], ['evidenceTitle', 'Fotos de la obra'], ['url', 'https://temuco.cl/fotos'],
      ['evidenceMilestone', String(milestoneId)]])).statusCode).toBe(303);
    const shown = (await page(base)).body;
    expect(shown).toContain('Versión 5');
    expect(shown).toContain('Contrato firmado');
    expect(shown).toContain('href="https://temuco.cl/fotos"');
    expect(shown).toMatch(/27 de febrero de 2030/);
    await form(official, `${base}/hitos`, [['milestoneTitle', 'Informe de avance'], ['milestoneDue', '2020-03-01']]);
    expect((await page(base)).body).toContain('<strong>Pendiente y atrasado</strong>');
  });

  it('creates an action plan from the form, one pillar or axis per line', async () => {
    const missing = await form(official, '/instituciones/temuco/participacion/plan-de-accion/nuevo', [['title', 'Plan 2028'], ['pillars', '']]);
    expect(missing.statusCode).toBe(422);
    const ok = await form(official, '/instituciones/temuco/participacion/plan-de-accion/nuevo', [['title', 'Plan 2028-2030'], ['pillars', 'Modernización\r\nTransparencia'],
      ['axes', 'Innovación\r\nTecnología']]);
    expect(ok.statusCode).toBe(303);
    expect((await page(ok.headers.location!)).body).toContain('Plan 2028-2030');
    expect((await form(await ACTORS.resident(t), '/instituciones/temuco/participacion/plan-de-accion/nuevo', [['title', 'x'], ['pillars', 'y']])).statusCode).toBe(403);
  });
});
