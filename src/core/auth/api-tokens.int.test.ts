// API tokens: created from /cuenta by people with a confirmed email, shown once, stored hashed, sent as
// Authorization: Bearer with their owner's permissions, and revoked. GET /api/v1/me.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { createPersonWithPassword, signIn, signUpAndSignIn, WebClient } from '../../test-support/auth.js';
import { hashSecret } from './secrets.js';
import { apiTokens } from './schema.js';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => { await t.close(); });

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

async function createToken(client: WebClient, name: string) {
  await client.get('/cuenta');
  const res = await client.post('/cuenta/tokens', { name });
  return { res, token: /id="api-token">([^<]+)</.exec(res.body)?.[1] };
}

describe('API tokens', () => {
  it('are refused until the email is confirmed, though signing in is allowed', async () => {
    const { client } = await signUpAndSignIn(t.app);
    const account = await client.get('/cuenta');
    expect(account.statusCode).toBe(200);
    expect(account.body).toContain('Sin confirmar');
    expect(account.body).toContain('Para crear tokens de API, primero confirme su correo.');
    expect(account.body).not.toContain('action="/cuenta/tokens"');
    const { res } = await createToken(client, 'mi script');
    expect(res.statusCode).toBe(403);
    expect(await t.database.db.select().from(apiTokens)).toHaveLength(0);
  });

  it('are shown once, stored only as a hash, authenticate /api/v1/me, and stop working when revoked', async () => {
    const person = await createPersonWithPassword(t, { role: 'official', institution: 'temuco', permissions: ['budget'] });
    const client = new WebClient(t.app);
    await signIn(client, person.email, person.password);
    const { res, token } = await createToken(client, 'planilla de reportes');
    expect(res.statusCode).toBe(201);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(token).toMatch(/^cab_[\w-]{43}$/);

    const [row] = await t.database.db.select().from(apiTokens).where(eq(apiTokens.personId, person.id));
    expect(row.tokenHash).toBe(hashSecret(token!));
    expect(JSON.stringify(row)).not.toContain(token!.slice(10)); // nothing but the hash and a short prefix
    const account = await client.get('/cuenta');
    expect(account.body).toContain('planilla de reportes');
    expect(account.body).toContain(row.prefix);
    expect(account.body).not.toContain(token!);

    const me = await t.app.inject({ url: '/api/v1/me', headers: bearer(token!) });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toEqual({
      id: person.id, name: person.name, email: person.email, emailConfirmed: true, verification: 'email',
      roles: [{ role: 'official', institution: { slug: 'temuco', name: 'Municipalidad de Temuco' }, permissions: ['budget'] }],
    });
    const [used] = await t.database.db.select().from(apiTokens).where(eq(apiTokens.id, row.id));
    expect(used.lastUsedAt).toBeInstanceOf(Date);

    // A token cannot mint more tokens: revoking a leaked one must be enough to shut it out.
    const minted = await t.app.inject({
      method: 'POST', url: '/cuenta/tokens', headers: { ...bearer(token!), 'content-type': 'application/x-www-form-urlencoded' }, payload: 'name=otro',
    });
    expect(minted.statusCode).toBe(403);
    expect(await t.database.db.select().from(apiTokens).where(eq(apiTokens.personId, person.id))).toHaveLength(1);

    const revoked = await client.post(`/cuenta/tokens/${row.id}/revocar`);
    expect(revoked.statusCode).toBe(303);
    expect((await client.follow(revoked)).body).toContain('El token fue revocado');
    const after = await t.app.inject({ url: '/api/v1/me', headers: bearer(token!) });
    expect(after.statusCode).toBe(401);
    expect(after.json()).toEqual({ error: 'unauthorized', message: expect.any(String) });
  });

  it('cannot be revoked by someone else', async () => {
    const owner = await createPersonWithPassword(t);
    const ownerClient = new WebClient(t.app);
    await signIn(ownerClient, owner.email, owner.password);
    const { token } = await createToken(ownerClient, 'mío');
    const [row] = await t.database.db.select().from(apiTokens).where(eq(apiTokens.personId, owner.id));

    const other = await createPersonWithPassword(t);
    const otherClient = new WebClient(t.app);
    await signIn(otherClient, other.email, other.password);
    await otherClient.get('/cuenta');
    expect((await otherClient.post(`/cuenta/tokens/${row.id}/revocar`)).statusCode).toBe(404);
    expect((await t.app.inject({ url: '/api/v1/me', headers: bearer(token!) })).statusCode).toBe(200);
  });

  it('answers 401 JSON for an unknown token and for no credentials', async () => {
    for (const headers of [bearer('cab_not-a-token'), {}]) {
      const res = await t.app.inject({ url: '/api/v1/me', headers });
      expect(res.statusCode).toBe(401);
      expect(res.json()).toMatchObject({ error: 'unauthorized' });
    }
  });

  it('lists /api/v1/me in the OpenAPI document, with bearer authentication', async () => {
    const doc = (await t.app.inject({ url: '/api/v1/openapi.json' })).json();
    expect(doc.paths['/api/v1/me'].get.security).toEqual([{ bearer: [] }]);
    // Account pages are hidden: only the JSON API (and the OpenSpending-compatible /api/3) is documented.
    expect(Object.keys(doc.paths).filter((p: string) => !/^\/api\/(v1|3)\//.test(p))).toEqual([]);
  });
});
