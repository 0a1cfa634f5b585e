// /api/v1/transparency/requests: filing without an account (rate limited, once per Idempotency-Key), public reads
// without emails and with the name only when chosen, the officials' steps by bearer token per role, and the OpenAPI.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { ACTORS, apiTokenFor, type ActorKind } from '../../../test-support/people.js';
import { fileTestRequest } from './test-support.js';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); }, 60_000);
afterAll(async () => { await t.close(); });

const BASE = '/api/v1/transparency/requests';
const json = (method: 'GET' | 'POST', url: string, body?: unknown, headers: Record<string, string> = {}) =>
  t.app.inject({ method, url, payload: body as object, headers: body ? { 'content-type': 'application/json', ...headers } : headers });
const filing = (extra: Record<string, unknown> = {}) => ({
  institution: 'temuco', name: 'Carla Rivas', email: 'carla@example.cl', subject: 'Gasto en combustible 2025',
  body: 'Detalle mensual del gasto en combustible de la flota municipal en 2025.', format: 'digital', delivery: 'email', ...extra,
});
async function tokenOf(kind: ActorKind) {
  const who = await ACTORS[kind](t);
  return who ? apiTokenFor(t, who.personId) : null;
}

describe('filing through the API', () => {
  it('files without an account and answers the folio and the private link; the same Idempotency-Key files once', async () => {
    const key = { 'idempotency-key': 'clave-unica-0001' };
    const first = await json('POST', BASE, filing(), key);
    expect(first.statusCode).toBe(201);
    const body = first.json();
    expect(body.folio).toMatch(/^\d{4}-\d{6}$/);
    expect(body.privateUrl).toMatch(/\/transparencia\/seguimiento\/[A-Za-z0-9_-]{43}$/);
    expect(body.dueOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const again = await json('POST', BASE, filing(), key);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({ folio: body.folio, url: body.url, duplicate: true });
  });

  it('refuses bad input with a 400 and files nothing', async () => {
    const before = (await json('GET', `${BASE}?institution=temuco&limit=200`)).json().items.length;
    for (const bad of [filing({ email: 'x' }), filing({ subject: '' }), filing({ format: 'fax' }), filing({ extra: 1 }), filing({ institution: 'nowhere' })]) {
      expect([400, 404]).toContain((await json('POST', BASE, bad)).statusCode);
    }
    expect((await json('GET', `${BASE}?institution=temuco&limit=200`)).json().items.length).toBe(before);
  });
});

describe('public reads', () => {
  it('never carries the email or address, and the name only when chosen', async () => {
    const hidden = await fileTestRequest(t.database.db, { requesterName: 'Julia Oculta', requesterEmail: 'julia@example.cl', delivery: 'post', requesterAddress: 'Pasaje 1' });
    const shown = await fileTestRequest(t.database.db, { requesterName: 'Tomás Visible', requesterEmail: 'tomas@example.cl', showName: true });
    const one = await json('GET', `${BASE}/temuco/${hidden.folio}`);
    expect(one.statusCode).toBe(200);
    expect(one.json().requesterName).toBeNull();
    expect(one.json().clock.dueOn).toBe(one.json().dueOn);
    expect(one.json().events.map((e: { kind: string }) => e.kind)).toEqual(['filed']);
    expect(one.body).not.toMatch(/julia@example|Pasaje 1|Julia Oculta/);
    expect((await json('GET', `${BASE}/temuco/${shown.folio}`)).json().requesterName).toBe('Tomás Visible');
    const list = await json('GET', `${BASE}?institution=temuco&limit=200`);
    expect(list.body).not.toMatch(/@example\.cl|Julia Oculta/);
    expect(list.body).toContain('Tomás Visible');
    const csv = await json('GET', `${BASE}?institution=temuco&format=csv`);
    expect(csv.body).not.toMatch(/@example\.cl/);
    expect((await json('GET', `${BASE}/temuco/2026-999999`)).statusCode).toBe(404);
    expect((await json('GET', `${BASE}/temuco/nada`)).statusCode).toBe(400);
  });

  it('pages by cursor and filters by state', async () => {
    for (let i = 0; i < 3; i++) await fileTestRequest(t.database.db, { subject: `Paginada ${i}` });
    const first = (await json('GET', `${BASE}?institution=temuco&limit=2`)).json();
    expect(first.items).toHaveLength(2);
    const second = (await json('GET', `${BASE}?institution=temuco&limit=2&cursor=${first.next}`)).json();
    expect(second.items[0].folio < first.items[1].folio).toBe(true);
    expect((await json('GET', `${BASE}?institution=temuco&state=answered`)).json().items).toEqual([]);
  });
});

describe('officials\' steps by bearer token', () => {
  const table: Array<[ActorKind, number]> = [['anonymous', 401], ['resident', 403], ['participationOfficial', 403], ['otherOfficial', 403], ['transparencyOfficial', 201], ['admin', 201]];
  it.each(table)('%s recording an acknowledgement gets %i', async (kind, status) => {
    const filed = await fileTestRequest(t.database.db);
    const token = await tokenOf(kind);
    const res = await json('POST', `${BASE}/temuco/${filed.folio}/events`, { kind: 'acknowledged', data: {} }, token ? { authorization: `Bearer ${token}` } : {});
    expect(res.statusCode).toBe(status);
    if (status === 201) expect(res.json().state).toBe('in_progress');
  });

  it('answers a refused step with 409 and the rule, bad data with 400, a system step with 403', async () => {
    const filed = await fileTestRequest(t.database.db);
    const auth = { authorization: `Bearer ${await tokenOf('transparencyOfficial')}` };
    const url = `${BASE}/temuco/${filed.folio}/events`;
    const denial = await json('POST', url, { kind: 'answered', data: { kind: 'denied', text: 'No.' } }, auth);
    expect(denial.statusCode).toBe(409);
    expect(denial.json().message).toContain('artículo 21');
    expect((await json('POST', url, { kind: 'extended', data: {} }, auth)).statusCode).toBe(400);
    expect((await json('POST', url, { kind: 'correction_expired', data: {} }, auth)).statusCode).toBe(403);
    const answered = await json('POST', url, { kind: 'answered', data: { kind: 'already_public', text: 'Está publicada.', url: 'https://www.temuco.cl/transparencia' } }, auth);
    expect(answered.statusCode).toBe(201);
    expect(answered.json().answerKind).toBe('already_public');
    expect(answered.json().events.at(-1).kind).toBe('answered');
  });

  it('documents the routes in the OpenAPI with the transparency tag and bearer security on the steps', async () => {
    const spec = (await json('GET', '/api/v1/openapi.json')).json();
    expect(spec.paths[BASE].get.tags).toEqual(['transparency']);
    expect(spec.paths[`${BASE}/{institution}/{folio}/events`].post.security).toEqual([{ bearer: [] }]);
  });
});
