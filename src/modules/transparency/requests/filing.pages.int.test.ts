// Filing without an account and following the request: the form (CSRF through the core's cookie, 422 with the values
// kept, the address only for delivery by post), one request however often it is sent, the rate limit, the
// confirmation page and email with the private link, the public page (no email, the name only when chosen, the
// deadline's provenance) and the requester's private page and its actions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { startMailbox, WebClient, type Mailbox } from '../../../test-support/auth.js';
import { ACTORS, browserFor } from '../../../test-support/people.js';
import { transparencyRequests } from './schema.js';
import { fileTestRequest, recordTestEvent } from './test-support.js';

let t: TestApp;
let mailbox: Mailbox;
beforeAll(async () => {
  mailbox = await startMailbox();
  t = await createTestApp({ SMTP_URL: mailbox.url });
}, 60_000);
afterAll(async () => { await t.close(); await mailbox.close(); });

const NEW = '/instituciones/temuco/transparencia/solicitudes/nueva';
let n = 0;
const filing = (extra: Record<string, string | null> = {}) => ({
  subject: `Contratos de aseo ${++n}`, body: 'Copia de los contratos de recolección de residuos vigentes en 2025.', format: 'digital', delivery: 'email',
  name: 'Ana Pérez Soto', email: `ana${n}@example.cl`, ...extra,
});
const rows = () => t.database.db.select().from(transparencyRequests);

/** Files through the form as a fresh anonymous browser; returns the client and the response to the POST. */
async function fileAsAnonymous(extra: Record<string, string | null> = {}) {
  const client = new WebClient(t.app);
  const form = await client.get(NEW);
  const submission = /name="submission" value="([^"]+)"/.exec(form.body)![1]!;
  const fields = filing({ submission, ...extra });
  return { client, fields, res: await client.post(NEW, fields) };
}

describe('filing without an account', () => {
  it('shows the form with the name hidden by default, the explanation and the sign-in offer', async () => {
    const res = await t.app.inject({ method: 'GET', url: NEW });
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(/<input type="checkbox" id="f-showName" name="showName" value="on" aria-describedby/);
    expect(res.body).not.toMatch(/id="f-showName"[^>]*checked/);
    expect(res.body).toContain('La institución siempre ve su nombre');
    expect(res.body).toContain('/ingresar?next=');
    expect(res.headers['set-cookie']).toMatch(/cabildo_csrf=/);
  });

  it('files, mails the private link and confirms with the folio, the deadline and how it was computed', async () => {
    const before = (await rows()).length;
    const { client, fields, res } = await fileAsAnonymous();
    expect(res.statusCode).toBe(303);
    const location = String(res.headers.location);
    expect(location).toMatch(/^\/transparencia\/seguimiento\/[A-Za-z0-9_-]{43}\/recibida$/);
    expect((await rows()).length).toBe(before + 1);
    const confirmation = await client.get(location);
    expect(confirmation.statusCode).toBe(200);
    expect(confirmation.headers['referrer-policy']).toBe('no-referrer');
    expect(confirmation.headers['cache-control']).toBe('no-store');
    const [row] = (await rows()).filter((r) => r.requesterEmail === fields.email);
    expect(confirmation.body).toContain(row!.folio);
    expect(confirmation.body).toContain('Cómo se calculó el plazo');
    expect(confirmation.body).toContain(`http://localhost:3000${location.replace('/recibida', '')}`);
    expect(row!.showName).toBe(false);
    expect(row!.requesterPersonId).toBeNull();
    const mail = await mailbox.next(fields.email);
    expect(mail.text).toContain(row!.folio);
    expect(mail.text).toContain(`http://localhost:3000${location.replace('/recibida', '')}`);
  });

  it('re-renders with the errors and the values kept, and writes nothing, on bad input', async () => {
    const before = (await rows()).length;
    const { res } = await fileAsAnonymous({ email: 'no-es-correo', body: 'corto', delivery: 'post', address: null });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('error-summary');
    expect(res.body).toContain('value="no-es-correo"');
    const post = await fileAsAnonymous({ delivery: 'post' });
    expect(post.res.statusCode).toBe(422);
    expect(post.res.body).toContain('Indique la dirección');
    expect((await rows()).length).toBe(before);
  });

  it('refuses a post without the CSRF token of the page', async () => {
    const client = new WebClient(t.app);
    const res = await client.post(NEW, { ...filing(), _csrf: null });
    expect(res.statusCode).toBe(403);
  });

  it('files once when the same form is sent twice', async () => {
    const client = new WebClient(t.app);
    const form = await client.get(NEW);
    const submission = /name="submission" value="([^"]+)"/.exec(form.body)![1]!;
    const fields = filing({ submission });
    const [a, b] = await Promise.all([client.post(NEW, fields), client.post(NEW, fields)]);
    expect([a.statusCode, b.statusCode]).toEqual([303, 303]);
    expect((await rows()).filter((r) => r.requesterEmail === fields.email)).toHaveLength(1);
    const again = await client.post(NEW, fields);
    expect(again.statusCode).toBe(303);
    expect(String(again.headers.location)).toMatch(/\/solicitudes\/\d{4}-\d{6}$/);
    expect((await rows()).filter((r) => r.requesterEmail === fields.email)).toHaveLength(1);
  });

  it('limits filings per email', async () => {
    const email = 'muchas@example.cl';
    const client = new WebClient(t.app);
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      await client.get(NEW);
      statuses.push((await client.post(NEW, filing({ email }))).statusCode);
    }
    expect(statuses.slice(0, 10).every((s) => s === 303)).toBe(true);
    expect(statuses[10]).toBe(429);
  });

  it('prefills and links the request to a signed-in person\'s account', async () => {
    const resident = (await ACTORS.resident(t))!;
    const headers = { cookie: Object.entries(resident.cookies).map(([k, v]) => `${k}=${v}`).join('; ') };
    const form = await t.app.inject({ method: 'GET', url: NEW, headers });
    expect(form.body).toMatch(/name="email" type="email" value="person\d+@test.cabildo.cl"/);
    const fields = filing({ email: /value="(person\d+@test.cabildo.cl)"/.exec(form.body)![1]!, showName: 'on', _csrf: resident.csrf });
    const res = await t.app.inject({ method: 'POST', url: NEW, headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams(fields as Record<string, string>).toString() });
    expect(res.statusCode).toBe(303);
    const [row] = (await rows()).filter((r) => r.requesterEmail === fields.email);
    expect(row!.requesterPersonId).toBe(resident.personId);
    expect(row!.showName).toBe(true);
  });
});

describe('the public page', () => {
  it('never shows the email or address, and hides the name unless chosen', async () => {
    const hidden = await fileTestRequest(t.database.db, { requesterName: 'Rosa Secreta Lagos', requesterEmail: 'rosa@example.cl', delivery: 'post', requesterAddress: 'Calle Falsa 123' });
    await recordTestEvent(t.database.db, hidden.id, 'comment', { text: 'Gracias' }, { author: 'requester' });
    const page = await t.app.inject({ method: 'GET', url: `/instituciones/temuco/transparencia/solicitudes/${hidden.folio}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain('rosa@example.cl');
    expect(page.body).not.toContain('Calle Falsa');
    expect(page.body).not.toContain('Rosa Secreta');
    expect(page.body).toContain('Solicitante');
    const shown = await fileTestRequest(t.database.db, { requesterName: 'Pedro Público', requesterEmail: 'pedro@example.cl', showName: true });
    const shownPage = await t.app.inject({ method: 'GET', url: `/instituciones/temuco/transparencia/solicitudes/${shown.folio}` });
    expect(shownPage.body).toContain('Pedro Público');
    expect(shownPage.body).not.toContain('pedro@example.cl');
    expect((await t.app.inject({ method: 'GET', url: '/instituciones/temuco/transparencia/solicitudes/2026-999999' })).statusCode).toBe(404);
  });

  it('lists, filters and exports without emails', async () => {
    await fileTestRequest(t.database.db, { requesterEmail: 'lista@example.cl', subject: 'Dotación municipal 2025' });
    const list = await t.app.inject({ method: 'GET', url: '/instituciones/temuco/transparencia/solicitudes' });
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('Dotación municipal 2025');
    expect((await t.app.inject({ method: 'GET', url: '/instituciones/temuco/transparencia/solicitudes?state=answered' })).body).not.toContain('Dotación municipal 2025');
    // Words of the subject, with or without accents and in any case; a % is a character, not a wildcard.
    for (const q of ['dotacion MUNICIPAL', 'Dotación']) {
      expect((await t.app.inject({ method: 'GET', url: `/instituciones/temuco/transparencia/solicitudes?q=${encodeURIComponent(q)}` })).body).toContain('Dotación municipal 2025');
    }
    for (const q of ['alumbrado', '%']) {
      expect((await t.app.inject({ method: 'GET', url: `/instituciones/temuco/transparencia/solicitudes?q=${encodeURIComponent(q)}` })).body).not.toContain('Dotación municipal 2025');
    }
    const csv = await t.app.inject({ method: 'GET', url: '/instituciones/temuco/transparencia/solicitudes?format=csv' });
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.body.split('\r\n')[0]).toBe('\uFEFFfolio,subject,state,filedAt,receivedOn,effectiveDueOn,overdue,answerKind,requesterName');
    expect(csv.body).toContain('Dotación municipal 2025');
    expect(csv.body).not.toMatch(/@example\.cl/);
  });
});

describe('the requester\'s private page', () => {
  it('opens with the token only, and takes a comment, the rating after an answer, and a withdrawal', async () => {
    const filed = await fileTestRequest(t.database.db);
    const client = new WebClient(t.app);
    expect((await client.get('/transparencia/seguimiento/' + 'x'.repeat(43))).statusCode).toBe(404);
    const page = await client.get(`/transparencia/seguimiento/${filed.accessToken}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('/comentar');
    expect(page.body).toContain('Su nombre no se muestra en la página pública');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.body).not.toContain('/evaluar');
    const url = `/transparencia/seguimiento/${filed.accessToken}`;
    expect((await client.post(`${url}/comentar`, { commentText: '' })).statusCode).toBe(422);
    const commented = await client.post(`${url}/comentar`, { commentText: 'Necesito también los anexos.' });
    expect(commented.statusCode).toBe(303);
    expect((await client.post(`${url}/evaluar`, { satisfied: 'true' })).statusCode).toBe(422);
    await recordTestEvent(t.database.db, filed.id, 'answered', { kind: 'delivered', text: 'Se adjuntan los contratos.' });
    const rated = await client.post(`${url}/evaluar`, { satisfied: 'false', ratingText: 'Faltan anexos' });
    expect(rated.statusCode).toBe(303);
    const [row] = (await rows()).filter((r) => r.id === filed.id);
    expect(row!.satisfied).toBe(false);
    expect((await client.post(`${url}/desistir`, {})).statusCode).toBe(422);
    expect((await client.post(`${url}/inventado`, {})).statusCode).toBe(404);
    expect((await client.post(`${url}/comentar`, { commentText: 'Sin token CSRF', _csrf: null })).statusCode).toBe(403);
    const english = await client.get(`/instituciones/temuco/transparencia/solicitudes/${filed.folio}?lang=en`);
    expect(english.body).toContain('How the deadline was computed');
    expect(english.body).toContain('Requester');
  });

  it('takes the correction while it is awaited, and a withdrawal of an open request', async () => {
    const filed = await fileTestRequest(t.database.db);
    await recordTestEvent(t.database.db, filed.id, 'correction_requested', { reasons: 'Indique el año.' });
    const client = new WebClient(t.app);
    const url = `/transparencia/seguimiento/${filed.accessToken}`;
    expect((await client.get(url)).body).toContain('Subsanar la solicitud');
    expect((await client.post(`${url}/subsanar`, { correctionText: 'El año 2025.' })).statusCode).toBe(303);
    expect((await client.post(`${url}/desistir`, { withdrawReasons: 'Ya la obtuve.' })).statusCode).toBe(303);
    const [row] = await t.database.db.select().from(transparencyRequests).where(eq(transparencyRequests.id, filed.id));
    expect(row!.state).toBe('withdrawn');
  });

  it('records the signed-in requester as their account', async () => {
    const resident = (await ACTORS.resident(t))!;
    const filed = await fileTestRequest(t.database.db, { requesterPersonId: resident.personId });
    const browser = await browserFor(t, resident.personId);
    const res = await t.app.inject({ method: 'POST', url: `/transparencia/seguimiento/${filed.accessToken}/comentar`, cookies: browser.cookies,
      headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: `_csrf=${encodeURIComponent(browser.csrf)}&commentText=Hola` });
    expect(res.statusCode).toBe(303);
  });
});
