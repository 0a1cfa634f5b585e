// Rate limits on sign-in, registration and reset requests: 429 in the reader's language once the attempts run
// out, counted in the database under hashed keys.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { createPersonWithPassword, WebClient } from '../../test-support/auth.js';
import { LIMITS } from './limits.js';
import { people, rateLimits } from './schema.js';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => { await t.close(); });

describe('rate limits', () => {
  it(`stop sign-in to one account after ${LIMITS.loginPerEmail.max} attempts, even with the right password, from any address`, async () => {
    const person = await createPersonWithPassword(t);
    for (let i = 0; i < LIMITS.loginPerEmail.max; i++) {
      const client = new WebClient(t.app);
      await client.get('/ingresar');
      expect((await client.post('/ingresar', { email: person.email, password: `wrong ${i}` })).statusCode).toBe(401);
    }
    const client = new WebClient(t.app);
    await client.get('/ingresar?lang=en');
    const res = await client.post('/ingresar', { email: person.email, password: person.password });
    expect(res.statusCode).toBe(429);
    expect(res.body).toContain('Too many attempts. Wait 15 minutes and try again.');
    expect(res.body).toContain('<html lang="en"');

    // Another account is not locked by it.
    const other = await createPersonWithPassword(t);
    expect((await client.post('/ingresar', { email: other.email, password: other.password })).statusCode).toBe(303);
  });

  it(`stop sign-in from one address after ${LIMITS.loginPerIp.max} attempts across accounts`, async () => {
    const client = new WebClient(t.app);
    await client.get('/ingresar');
    for (let i = 0; i < LIMITS.loginPerIp.max; i++) {
      expect((await client.post('/ingresar', { email: `nadie${i}@test.cabildo.cl`, password: 'una frase larga' })).statusCode).toBe(401);
    }
    expect((await client.post('/ingresar', { email: 'otro@test.cabildo.cl', password: 'una frase larga' })).statusCode).toBe(429);
  });

  it(`stop registrations from one address after ${LIMITS.registrationPerIp.max}, creating no more accounts`, async () => {
    const client = new WebClient(t.app);
    await client.get('/registro');
    const register = (i: number) => client.post('/registro', { name: `P ${i}`, email: `p${i}@test.cabildo.cl`, password: 'una frase larga', passwordConfirm: 'una frase larga' });
    const [{ n: before }] = await t.database.db.select({ n: count() }).from(people);
    for (let i = 0; i < LIMITS.registrationPerIp.max; i++) expect((await register(i)).statusCode).toBe(303);
    expect((await register(99)).statusCode).toBe(429);
    const [{ n: after }] = await t.database.db.select({ n: count() }).from(people);
    expect(after - before).toBe(LIMITS.registrationPerIp.max);
  });

  it(`stop reset requests for one email after ${LIMITS.resetPerEmail.max}, and keep no email or IP in clear`, async () => {
    const person = await createPersonWithPassword(t);
    for (let i = 0; i < LIMITS.resetPerEmail.max; i++) {
      const client = new WebClient(t.app);
      await client.get('/recuperar');
      expect((await client.post('/recuperar', { email: person.email })).statusCode).toBe(303);
    }
    const client = new WebClient(t.app);
    await client.get('/recuperar');
    expect((await client.post('/recuperar', { email: person.email })).statusCode).toBe(429);

    const keys = (await t.database.db.select({ key: rateLimits.key }).from(rateLimits)).map((r) => r.key).join('\n');
    expect(keys).toContain('resetPerEmail:');
    expect(keys).not.toContain('@');
    expect(keys).not.toContain(client.remoteAddress);
  });
});
