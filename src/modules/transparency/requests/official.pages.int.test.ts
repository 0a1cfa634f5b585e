// The officials' desk, per role: who may open the inbox and the workspace and post its forms; the forms the lifecycle
// accepts now and no others; a refused step with the rule's message (422); the answer's redaction preview; a transfer
// within the installation; the landing pages' links.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { ACTORS, formPost, type AccessTable, type Browser } from '../../../test-support/people.js';
import { transparencyRequestEvents, transparencyRequests } from './schema.js';
import { fileTestRequest, recordTestEvent } from './test-support.js';

let t: TestApp;
let official: Browser;
beforeAll(async () => {
  t = await createTestApp();
  official = (await ACTORS.transparencyOfficial(t))!;
}, 60_000);
afterAll(async () => { await t.close(); });

const BASE = '/instituciones/temuco/transparencia';
const get = (url: string, b: Browser | null) => t.app.inject({ method: 'GET', url, cookies: b?.cookies });
const post = (url: string, b: Browser | null, fields: Array<[string, string]>) => t.app.inject({ url, ...formPost(b, fields) });
const stateOf = async (id: number) => (await t.database.db.select().from(transparencyRequests).where(eq(transparencyRequests.id, id)))[0]!;
const eventsOf = (id: number) => t.database.db.select().from(transparencyRequestEvents).where(eq(transparencyRequestEvents.requestId, id));

describe('who may use the desk', () => {
  const table: AccessTable = [['anonymous', 303], ['resident', 403], ['participationOfficial', 403], ['otherOfficial', 403], ['transparencyOfficial', 200], ['admin', 200], ['platformAdmin', 200]];
  it.each(table)('inbox and workspace: %s gets %i', async (kind, status) => {
    const filed = await fileTestRequest(t.database.db, { requesterEmail: 'secreto@example.cl' });
    const who = await ACTORS[kind](t);
    const inbox = await get(`${BASE}/bandeja`, who);
    const workspace = await get(`${BASE}/solicitudes/${filed.folio}/gestion`, who);
    expect([inbox.statusCode, workspace.statusCode]).toEqual([status, status]);
    if (status === 200) expect(workspace.body).toContain('secreto@example.cl');
    if (status === 200) expect(workspace.headers['cache-control']).toBe('private, no-store');
    const posted = await post(`${BASE}/solicitudes/${filed.folio}/gestion/nota`, who, [['noteText', 'Revisar con Finanzas']]);
    expect(posted.statusCode).toBe(status === 200 ? 303 : who ? 403 : 403);
    expect((await eventsOf(filed.id)).filter((e) => e.kind === 'note')).toHaveLength(status === 200 ? 1 : 0);
    if (status === 200) expect((await get(`${BASE}/solicitudes/${filed.folio}/gestion`, who)).body).toMatch(/Municipalidad de Temuco \(Persona \d+\)/);
  });

  it('shows the public page to everyone, with the workspace link only to its officials and notes to nobody', async () => {
    const filed = await fileTestRequest(t.database.db, { requesterEmail: 'oculto@example.cl' });
    await recordTestEvent(t.database.db, filed.id, 'note', { text: 'Nota reservada' });
    for (const kind of ['anonymous', 'resident', 'otherOfficial', 'transparencyOfficial'] as const) {
      const res = await get(`${BASE}/solicitudes/${filed.folio}`, await ACTORS[kind](t));
      expect(res.statusCode).toBe(200);
      expect(res.body).not.toContain('oculto@example.cl');
      expect(res.body).not.toContain('Nota reservada');
      expect(res.body.includes('/gestion')).toBe(kind === 'transparencyOfficial');
    }
  });
});

describe('the workspace', () => {
  it('offers only what the lifecycle accepts now', async () => {
    const filed = await fileTestRequest(t.database.db);
    const open = (await get(`${BASE}/solicitudes/${filed.folio}/gestion`, official)).body;
    for (const action of ['acusar', 'prorrogar', 'responder', 'subsanacion', 'derivar', 'tercero', 'nota', 'comentar']) expect(open).toContain(`/gestion/${action}"`);
    expect(open).not.toContain('/gestion/oposicion"');
    expect(open).toMatch(/El nuevo plazo sería el \d+ de \w+ de \d{4}/);
    await recordTestEvent(t.database.db, filed.id, 'answered', { kind: 'not_held', text: 'No la tenemos.' });
    const closed = (await get(`${BASE}/solicitudes/${filed.folio}/gestion`, official)).body;
    expect(closed).not.toContain('/gestion/prorrogar"');
    expect(closed).not.toContain('/gestion/responder"');
    expect(closed).toContain('/gestion/nota"');
  });

  it('acknowledges, extends once and answers a denial only with its cause; a refused step says the rule (422)', async () => {
    const filed = await fileTestRequest(t.database.db);
    const url = `${BASE}/solicitudes/${filed.folio}/gestion`;
    expect((await post(`${url}/acusar`, official, [])).statusCode).toBe(303);
    expect((await stateOf(filed.id)).state).toBe('in_progress');
    expect((await post(`${url}/prorrogar`, official, [['extensionReasons', '']])).statusCode).toBe(422);
    expect((await post(`${url}/prorrogar`, official, [['extensionReasons', 'Volumen de antecedentes']])).statusCode).toBe(303);
    expect((await stateOf(filed.id)).extendedDueOn).not.toBeNull();
    const again = await post(`${url}/prorrogar`, official, [['extensionReasons', 'Otra vez']]);
    expect(again.statusCode).toBe(422);
    expect(again.body).toContain('la prórroga procede una sola vez');
    const denial = await post(`${url}/responder`, official, [['kind', 'denied'], ['answerText', 'Se deniega.']]);
    expect(denial.statusCode).toBe(422);
    expect(denial.body).toContain('debe citar su causal');
    expect((await post(`${url}/responder`, official, [['kind', 'denied'], ['cause', '21.1.c'], ['answerText', 'Se deniega por requerir distraer indebidamente a los funcionarios.']])).statusCode).toBe(303);
    const row = await stateOf(filed.id);
    expect([row.state, row.answerKind]).toEqual(['answered', 'denied']);
    const page = (await get(`${BASE}/solicitudes/${filed.folio}`, null)).body;
    expect(page).toContain('solicitud genérica');
    expect(page).toContain('https://www.consejotransparencia.cl');
    expect(page).toMatch(/Puede reclamar ante el Consejo para la Transparencia hasta el/);
  });

  it('previews the answer redacted, and does not publish personal data that was not previewed', async () => {
    const filed = await fileTestRequest(t.database.db, { requesterName: 'Ana Pérez Soto' });
    const url = `${BASE}/solicitudes/${filed.folio}/gestion/responder`;
    const text = 'Estimada Ana Pérez Soto: el contrato lo firmó el RUN 12.345.678-5.';
    const preview = await post(url, official, [['kind', 'delivered'], ['answerText', text], ['preview', '1']]);
    expect(preview.statusCode).toBe(200);
    expect(preview.body).toContain('<mark');
    const redacted = /<textarea id="f-answerText" name="answerText"[^>]*>([^<]*)<\/textarea>/.exec(preview.body)![1]!;
    expect(redacted).not.toContain('12.345.678-5');
    expect(redacted).not.toContain('Ana Pérez');
    const reviewed = /name="reviewed" value="([^"]+)"/.exec(preview.body)![1]!;
    const unreviewed = await post(url, official, [['kind', 'delivered'], ['answerText', text]]);
    expect(unreviewed.statusCode).toBe(422);
    expect((await stateOf(filed.id)).state).toBe('received');
    const decoded = redacted.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
    expect((await post(url, official, [['kind', 'delivered'], ['answerText', decoded], ['reviewed', reviewed]])).statusCode).toBe(303);
    const answer = (await eventsOf(filed.id)).find((e) => e.kind === 'answered')!;
    expect(JSON.stringify(answer.data)).not.toContain('12.345.678-5');
  });

  it('notifies a third party, records its opposition and the Consejo\'s decision, which gates a full delivery', async () => {
    const filed = await fileTestRequest(t.database.db);
    const url = `${BASE}/solicitudes/${filed.folio}/gestion`;
    expect((await post(`${url}/tercero`, official, [['partyLabel', 'Empresa contratista']])).statusCode).toBe(303);
    const notified = (await eventsOf(filed.id)).find((e) => e.kind === 'third_party_notified')!;
    const page = (await get(url, official)).body;
    expect(page).toContain(`<option value="${notified.id}">Empresa contratista</option>`);
    expect(page).not.toContain('/gestion/consejo"');
    expect((await post(`${url}/oposicion`, official, [['opposedParty', String(notified.id)], ['oppositionReasons', 'Secreto comercial']])).statusCode).toBe(303);
    const blocked = await post(`${url}/responder`, official, [['kind', 'delivered'], ['answerText', 'Se entrega todo.']]);
    expect(blocked.statusCode).toBe(422);
    expect(blocked.body).toContain('Un tercero se opuso');
    expect((await post(`${url}/consejo`, official, [['decidedParty', String(notified.id)], ['deliveryAllowed', 'true']])).statusCode).toBe(303);
    expect((await post(`${url}/responder`, official, [['kind', 'delivered'], ['answerText', 'Se entrega todo.']])).statusCode).toBe(303);
    expect((await stateOf(filed.id)).answerKind).toBe('delivered');
  });

  it('transfers to an institution of the installation, which gets the request', async () => {
    const filed = await fileTestRequest(t.database.db, { subject: 'Permisos de edificación en Valdivia' });
    const url = `${BASE}/solicitudes/${filed.folio}/gestion/derivar`;
    const neither = await post(url, official, [['transferReasons', 'No es competente']]);
    expect(neither.statusCode).toBe(422);
    expect(neither.body).toContain('Elija una institución');
    expect((await post(url, official, [['toInstitution', 'valdivia'], ['transferReasons', 'Corresponde a Valdivia']])).statusCode).toBe(303);
    expect((await stateOf(filed.id)).state).toBe('transferred');
    const there = await t.database.db.select().from(transparencyRequests).where(eq(transparencyRequests.transferredFromId, filed.id));
    expect(there).toHaveLength(1);
    const publicPage = (await get(`${BASE}/solicitudes/${filed.folio}`, null)).body;
    expect(publicPage).toContain('Derivada a Municipalidad de Valdivia');
    expect(publicPage).toContain(`href="/instituciones/valdivia/transparencia/solicitudes/${there[0]!.folio}"`);
  });

  it('lists open requests by deadline in the inbox, with filters', async () => {
    const fresh = await fileTestRequest(t.database.db, { subject: 'Recién llegada' });
    const a = await fileTestRequest(t.database.db, { subject: 'Primera en la bandeja', at: new Date(Date.now() - 40 * 86_400_000) });
    const inbox = (await get(`${BASE}/bandeja`, official)).body;
    expect(inbox).toContain('Fuera de plazo');
    expect(inbox.indexOf(`/${a.folio}/gestion`)).toBeGreaterThan(0);
    expect(inbox.indexOf(`/${a.folio}/gestion`)).toBeLessThan(inbox.indexOf(`/${fresh.folio}/gestion`));
    const searched = (await get(`${BASE}/bandeja?q=${encodeURIComponent('recién')}`, official)).body;
    expect(searched).toContain(`/${fresh.folio}/gestion`);
    expect(searched).not.toContain(`/${a.folio}/gestion`);
    expect((await get(`${BASE}/bandeja?q=${encodeURIComponent('100%_')}`, official)).body).not.toContain('/gestion"');
    const notOverdue = (await get(`${BASE}/bandeja?overdue=false`, official)).body;
    expect(notOverdue).not.toContain(a.folio);
  });
});

describe('the landing pages', () => {
  it('link requests, statistics, active transparency and data; the inbox for officials only', async () => {
    const landing = await get(BASE, null);
    expect(landing.statusCode).toBe(200);
    for (const href of ['/solicitudes/nueva', '/solicitudes"', '/estadisticas', '/activa', '/instituciones/temuco/datos']) expect(landing.body).toContain(href);
    expect(landing.body).not.toContain('/bandeja');
    expect((await get(BASE, official)).body).toContain('/bandeja');
    const overview = await get('/transparencia?q=temuco', null);
    expect(overview.statusCode).toBe(200);
    expect(overview.body).toContain(`${BASE}/solicitudes/nueva`);
    expect((await get('/instituciones/nowhere/transparencia', null)).statusCode).toBe(404);
  });
});
