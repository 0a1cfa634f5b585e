// Publishing through the API with a token (an institution's own systems): per role, the CSV as a text/csv body in
// latin1 with ";", the problems as JSON in the reader's language with nothing written, and bad periods.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { ACTORS, apiTokenFor, type ActorKind } from '../../../test-support/people.js';
import { countUpdates, TRANSFERS_CSV } from './test-support.js';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); }, 60_000);
afterAll(async () => { await t.close(); });

const tokenOf = async (kind: ActorKind) => { const b = await ACTORS[kind](t); return b ? apiTokenFor(t, b.personId) : null; };
const put = (token: string | null, url: string, body: string | Buffer, headers: Record<string, string> = {}) => t.app.inject({
  method: 'PUT', url, payload: body, headers: { 'content-type': 'text/csv', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
});
const URL = '/api/v1/transparency/active/temuco/transferencias/2026-09';

describe('PUT …/active/{slug}/{category}/{period}', () => {
  it.each([['anonymous', 401], ['resident', 403], ['participationOfficial', 403], ['otherOfficial', 403]] satisfies Array<[ActorKind, number]>)('%s → %s', async (kind, status) => {
    expect((await put(await tokenOf(kind), URL, TRANSFERS_CSV)).statusCode).toBe(status);
    expect((await countUpdates(t)).updates).toBe(0);
  });

  it('publishes a latin1 file for the transparency official, readable at once', async () => {
    const res = await put(await tokenOf('transparencyOfficial'), URL, Buffer.from(TRANSFERS_CSV.replace('Villa Ejemplo', 'Ñielol'), 'latin1'));
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({ category: 'transferencias', period: '2026-09', rows: 2, url: '/instituciones/temuco/transparencia/activa/transferencias?periodo=2026-09' });
    const read = (await t.app.inject({ url: '/api/v1/transparency/active/temuco/transferencias?period=2026-09' })).json();
    expect(read.items[0]).toMatchObject({ receptor: 'Junta de Vecinos Ñielol', monto: 3500000 });
  });

  it('answers 422 with every problem, in the reader\'s language, writing nothing', async () => {
    const before = await countUpdates(t);
    const res = await put(await tokenOf('admin'), URL, 'fecha;receptor;finalidad;monto\n2026-09-31;Club;Sede;1.000\n', { 'accept-language': 'en' });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toEqual({ error: 'invalid_file', message: 'The file has 1 problems and nothing was published. Fix them and upload it again.', total: 1,
      problems: [{ line: 2, column: 'fecha', code: 'date', message: 'Not a valid date (YYYY-MM-DD or DD-MM-YYYY).' }] });
    expect(await countUpdates(t)).toEqual(before);
  });

  it('refuses a period to come or before the law, an unknown category and a body that is not CSV', async () => {
    const token = await tokenOf('transparencyOfficial');
    expect((await put(token, '/api/v1/transparency/active/temuco/transferencias/2099-01', TRANSFERS_CSV)).statusCode).toBe(400);
    expect((await put(token, '/api/v1/transparency/active/temuco/transferencias/2009-03', TRANSFERS_CSV)).statusCode).toBe(400);
    expect((await put(token, '/api/v1/transparency/active/temuco/transferencias/2026-13', TRANSFERS_CSV)).statusCode).toBe(400);
    expect((await put(token, '/api/v1/transparency/active/temuco/otra/2026-09', TRANSFERS_CSV)).statusCode).toBe(404);
    expect((await put(token, URL, '{}', { 'content-type': 'application/json' })).statusCode).toBe(415);
    expect((await countUpdates(t)).updates).toBe(1);
  });
});
