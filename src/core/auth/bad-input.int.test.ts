// Bad input on the account forms gets a clear 4xx and writes nothing: invalid fields (form re-rendered with the
// values kept), unknown fields, oversized bodies, and posts without a valid CSRF token.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { createPersonWithPassword, signIn, WebClient } from '../../test-support/auth.js';
import { auditLog } from '../audit/schema.js';
import { apiTokens, emailTokens, people, sessions } from './schema.js';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => { await t.close(); });

/** Rows in every table an account form writes to; equal before and after means nothing was written. */
async function rowCounts() {
  const { db } = t.database;
  const n = async (table: typeof people | typeof sessions | typeof emailTokens | typeof apiTokens | typeof auditLog) =>
    (await db.select({ n: count() }).from(table))[0].n;
  return { people: await n(people), sessions: await n(sessions), emailTokens: await n(emailTokens), apiTokens: await n(apiTokens), audit: await n(auditLog) };
}

const valid = { name: 'Ana', email: 'ana@example.cl', password: 'una frase larga', passwordConfirm: 'una frase larga' };

describe('registration form', () => {
  it.each([
    ['missing fields', { name: '', email: '', password: '', passwordConfirm: '' }, 'f-name', 'Complete este campo.'],
    ['an invalid email', { ...valid, email: 'ana@example' }, 'f-email', 'Escriba un correo válido'],
    ['a too short password', { ...valid, password: 'corta', passwordConfirm: 'corta' }, 'f-password', 'Debe tener al menos 10 caracteres.'],
    ['a too long name', { ...valid, name: 'x'.repeat(101) }, 'f-name', 'Debe tener como máximo 100 caracteres.'],
    ['passwords that differ', { ...valid, passwordConfirm: 'otra frase larga' }, 'f-passwordConfirm', 'Las contraseñas no coinciden.'],
  ])('with %s is shown again with the message next to the field, nothing written', async (_case, fields, fieldId, message) => {
    const before = await rowCounts();
    const client = new WebClient(t.app);
    await client.get('/registro');
    const res = await client.post('/registro', fields);
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('class="error-summary"');
    expect(res.body).toContain(`href="#${fieldId}"`);
    expect(res.body).toContain(message);
    // The summary names the field, so four identical messages still say where to go.
    expect(res.body).toMatch(new RegExp(`href="#${fieldId}">[^<]+: [^<]*${message.slice(0, 10)}`));
    expect(res.body).toMatch(new RegExp(`id="${fieldId}"[^>]*aria-invalid="true"`));
    if (fields.email) expect(res.body).toContain(`value="${fields.email}"`); // typed values are kept…
    if (fields.password) expect(res.body).not.toContain(fields.password); // …except passwords
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses an unknown field with a 400 naming it, nothing written', async () => {
    const before = await rowCounts();
    const client = new WebClient(t.app);
    await client.get('/registro');
    const res = await client.post('/registro', { ...valid, isAdmin: 'true' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Campo no reconocido: isAdmin.');
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses a 2 MB body with 413, nothing written', async () => {
    const before = await rowCounts();
    const client = new WebClient(t.app);
    await client.get('/registro');
    const res = await client.post('/registro', { ...valid, name: 'x'.repeat(2 * 1024 * 1024) });
    expect(res.statusCode).toBe(413);
    expect(res.body).toContain('El envío es demasiado grande.');
    expect(await rowCounts()).toEqual(before);
  });
});

describe('other account forms', () => {
  it('re-renders sign-in and reset requests with an invalid email, nothing written', async () => {
    const before = await rowCounts();
    const client = new WebClient(t.app);
    await client.get('/ingresar');
    const signInRes = await client.post('/ingresar', { email: 'not an email', password: 'x' });
    expect(signInRes.statusCode).toBe(422);
    expect(signInRes.body).toContain('Escriba un correo válido');
    const reset = await client.post('/recuperar', { email: '' });
    expect(reset.statusCode).toBe(422);
    expect(reset.body).toContain('Complete este campo.');
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses an API token without a name, nothing written', async () => {
    const person = await createPersonWithPassword(t);
    const client = new WebClient(t.app);
    await signIn(client, person.email, person.password);
    await client.get('/cuenta');
    const before = await rowCounts();
    const res = await client.post('/cuenta/tokens', { name: '   ' });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('Complete este campo.');
    expect(await rowCounts()).toEqual(before);
  });
});

describe('CSRF', () => {
  it.each([
    ['without the _csrf field', null],
    ['with a wrong _csrf field', 'forged-token-forged-token-forged-token-123'],
  ])('refuses every account form posted %s with 403, nothing written', async (_case, csrf) => {
    const person = await createPersonWithPassword(t);
    const client = new WebClient(t.app);
    await signIn(client, person.email, person.password);
    await client.get('/cuenta');
    const before = await rowCounts();
    const posts: Array<[string, Record<string, string>]> = [
      ['/registro', { ...valid, email: 'csrf@example.cl' }],
      ['/ingresar', { email: person.email, password: person.password }],
      ['/recuperar', { email: person.email }],
      ['/cuenta/tokens', { name: 'csrf' }],
      ['/cuenta/confirmacion', {}],
      ['/salir', {}],
    ];
    for (const [url, fields] of posts) {
      const res = await client.post(url, { ...fields, _csrf: csrf });
      expect(res.statusCode, url).toBe(403);
      expect(res.body).toContain('El formulario expiró o no vino de este sitio.');
    }
    expect(await rowCounts()).toEqual(before);
    expect((await client.get('/cuenta')).statusCode).toBe(200); // still signed in: /salir did nothing
  });

  it('refuses a post from a browser that never loaded a page of this site (no CSRF cookie)', async () => {
    const before = await rowCounts();
    const res = await t.app.inject({
      method: 'POST', url: '/registro', headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ ...valid, _csrf: 'x' }).toString(),
    });
    expect(res.statusCode).toBe(403);
    expect(await rowCounts()).toEqual(before);
  });
});
