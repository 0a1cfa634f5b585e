// Registration, email confirmation over a real SMTP conversation, sign-in, the account page and sign-out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { createPersonWithPassword, linkIn, signIn, signUpAndSignIn, startMailbox, WebClient, type Mailbox } from '../../test-support/auth.js';
import { LIMITS } from './limits.js';
import { hashSecret } from './secrets.js';
import { emailTokens, people, sessions } from './schema.js';
import { SESSION_COOKIE } from './actor.js';

let t: TestApp;
let mailbox: Mailbox;
beforeAll(async () => {
  mailbox = await startMailbox();
  t = await createTestApp({ SMTP_URL: mailbox.url });
});
afterAll(async () => {
  await t.close();
  await mailbox.close();
});

const personByEmail = async (email: string) => (await t.database.db.select().from(people).where(eq(people.email, email)))[0];
const sessionCount = async (personId: number) =>
  (await t.database.db.select({ n: count() }).from(sessions).where(eq(sessions.personId, personId)))[0].n;

describe('registration and confirmation', () => {
  it('registers, emails the link over SMTP, confirms with a button, signs in, shows the account and signs out', async () => {
    const ana = new WebClient(t.app);
    await ana.get('/registro');
    const registered = await ana.post('/registro', { name: 'Ana Pérez', email: 'Ana.Perez@Example.cl', password: 'una frase larga', passwordConfirm: 'una frase larga' });
    expect(registered.statusCode).toBe(303);
    expect(registered.headers.location).toBe('/ingresar');
    expect((await ana.follow(registered)).body).toContain('Le enviamos un correo');

    const person = await personByEmail('ana.perez@example.cl');
    expect(person).toMatchObject({ name: 'Ana Pérez', emailConfirmedAt: null, locale: 'es-CL' });
    expect(person.passwordHash).toMatch(/^\$argon2id\$/);

    const mail = await mailbox.next('ana.perez@example.cl');
    expect(mail.text).toContain('Hola, Ana Pérez:');
    expect(mail.text).toContain('vence en 48 h');
    const link = linkIn(mail, '/confirmar');
    const [stored] = await t.database.db.select().from(emailTokens).where(eq(emailTokens.personId, person.id));
    expect(stored.tokenHash).toBe(hashSecret(link.split('/')[2])); // only the hash is kept
    expect(stored.expiresAt.getTime() - Date.now()).toBeGreaterThan(47.9 * 3600_000);

    // Opening the link (as a mail scanner would) shows a button and uses nothing up.
    for (let i = 0; i < 2; i++) {
      const page = await ana.get(link);
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain(`action="${link}"`);
    }
    expect((await personByEmail('ana.perez@example.cl')).emailConfirmedAt).toBeNull();
    const confirmed = await ana.post(link);
    expect(confirmed.statusCode).toBe(303);
    expect((await personByEmail('ana.perez@example.cl')).emailConfirmedAt).toBeInstanceOf(Date);
    expect((await ana.post(link)).statusCode).toBe(400); // single use

    const signedIn = await signIn(ana, 'ana.perez@example.cl', 'una frase larga');
    expect(signedIn.statusCode).toBe(303);
    expect((await ana.follow(signedIn)).body).toContain('Hola, Ana Pérez. Ingresó a su cuenta.');
    const account = await ana.get('/cuenta');
    expect(account.statusCode).toBe(200);
    expect(account.headers['cache-control']).toBe('no-store');
    expect(account.body).toContain('ana.perez@example.cl');
    expect(account.body).toContain('Confirmado');
    expect(account.body).toContain('Vecino o vecina');

    const oldCookie = ana.cookies[SESSION_COOKIE];
    const signedOut = await ana.post('/salir');
    expect(signedOut.statusCode).toBe(303);
    expect(ana.cookies[SESSION_COOKIE]).toBeUndefined();
    expect(await sessionCount(person.id)).toBe(0);
    const after = await ana.get('/cuenta');
    expect(after.statusCode).toBe(303);
    expect(after.headers.location).toBe('/ingresar?next=%2Fcuenta');
    // The old cookie, replayed, no longer works: the session row is gone, not just the cookie.
    expect((await t.app.inject({ url: '/api/v1/me', cookies: { [SESSION_COOKIE]: oldCookie } })).statusCode).toBe(401);
  });

  it('answers a registration with a taken email exactly like a new one, and tells the owner by email', async () => {
    const owner = await createPersonWithPassword(t);
    const [{ n: before }] = await t.database.db.select({ n: count() }).from(people);
    const stranger = new WebClient(t.app);
    await stranger.get('/registro?lang=en');
    const res = await stranger.post('/registro', { name: 'Someone', email: owner.email.toUpperCase(), password: 'another long phrase', passwordConfirm: 'another long phrase' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/ingresar');
    expect((await stranger.follow(res)).body).toContain('We sent you an email with the next steps.');
    const [{ n: afterCount }] = await t.database.db.select({ n: count() }).from(people);
    expect(afterCount).toBe(before);
    const mail = await mailbox.next(owner.email);
    expect(mail.text).toContain('usted ya tiene una'); // in the owner's language, not the stranger's
    expect(mail.text).toContain(`${t.config.baseUrl}/recuperar`);
    expect(mail.text).not.toMatch(/\/recuperar\/[\w-]+/); // a pointer to the reset page, not a reset link
  });

  it('sends a new confirmation link from the account page, in the person\'s language, a few times an hour at most', async () => {
    const client = new WebClient(t.app);
    await client.get('/?lang=en');
    const { email } = await signUpAndSignIn(t.app, client);
    await mailbox.next(email); // the one sent at registration
    await client.get('/cuenta');
    const resent = await client.post('/cuenta/confirmacion');
    expect(resent.statusCode).toBe(303);
    expect((await client.follow(resent)).body).toContain('We sent you a new confirmation email.');
    const mail = await mailbox.next(email);
    expect(mail.text).toContain('To confirm your email address, open this link:');
    expect((await client.post(linkIn(mail, '/confirmar'))).statusCode).toBe(303);
    expect((await client.get('/cuenta')).body).toContain('>Confirmed<');
    const again = await client.post('/cuenta/confirmacion');
    expect((await client.follow(again)).body).toContain('was already confirmed');

    const other = await signUpAndSignIn(t.app);
    await other.client.get('/cuenta');
    const statuses = [];
    for (let i = 0; i <= LIMITS.confirmationPerPerson.max; i++) statuses.push((await other.client.post('/cuenta/confirmacion')).statusCode);
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.slice(0, -1).every((s) => s === 303)).toBe(true);
  });

  it('shows an unknown or mangled confirmation link as no longer valid', async () => {
    const res = await t.app.inject({ url: '/confirmar/not-a-real-token' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Enlace no válido');
  });
});

describe('sign-in', () => {
  it('gives one message for a wrong password and for an unknown email, with no session', async () => {
    const person = await createPersonWithPassword(t);
    for (const [email, password] of [[person.email, 'not the password'], ['nadie@test.cabildo.cl', person.password]]) {
      const client = new WebClient(t.app);
      const res = await signIn(client, email, password);
      expect(res.statusCode).toBe(401);
      expect(res.body).toContain('El correo o la contraseña no son correctos.');
      expect(res.body).toContain(`value="${email}"`);
      expect(client.cookies[SESSION_COOKIE]).toBeUndefined();
    }
    expect(await sessionCount(person.id)).toBe(0);
  });

  it('sets an HttpOnly, SameSite=Lax session cookie for 30 days, stored only as a hash, new at every sign-in', async () => {
    const person = await createPersonWithPassword(t);
    const client = new WebClient(t.app);
    const res = await signIn(client, person.email, person.password);
    const header = [res.headers['set-cookie']].flat().find((c) => c?.startsWith(`${SESSION_COOKIE}=`))!;
    expect(header).toMatch(/; HttpOnly/);
    expect(header).toMatch(/; SameSite=Lax/);
    expect(header).toMatch(/; Path=\//);
    expect(header).not.toMatch(/; Secure/); // BASE_URL is http:// here
    const expires = new Date(/Expires=([^;]+)/.exec(header)![1]).getTime();
    expect(expires - Date.now()).toBeGreaterThan(29.9 * 24 * 3600_000);

    const token = client.cookies[SESSION_COOKIE];
    const rows = await t.database.db.select().from(sessions).where(eq(sessions.personId, person.id));
    expect(rows.map((r) => r.idHash)).toEqual([hashSecret(token)]);

    await signIn(client, person.email, person.password);
    expect(client.cookies[SESSION_COOKIE]).not.toBe(token);
    const again = await t.database.db.select().from(sessions).where(eq(sessions.personId, person.id));
    expect(again.map((r) => r.idHash)).toEqual([hashSecret(client.cookies[SESSION_COOKIE])]); // the old one is gone
  });

  it('marks the cookie Secure when the site is served over https', async () => {
    const https = await createTestApp({ BASE_URL: 'https://cabildo.example.cl' });
    try {
      const person = await createPersonWithPassword(https);
      const res = await signIn(new WebClient(https.app), person.email, person.password);
      const header = [res.headers['set-cookie']].flat().find((c) => c?.startsWith(`${SESSION_COOKIE}=`))!;
      expect(header).toMatch(/; Secure/);
      expect(header).toMatch(/; HttpOnly/);
    } finally {
      await https.close();
    }
  });

  it('returns to a page of this site after signing in, never to another site', async () => {
    const person = await createPersonWithPassword(t);
    const cases: Array<[string, string]> = [
      ['/cuenta', '/cuenta'], ['/instituciones?q=temuco', '/instituciones?q=temuco'],
      ['//evil.example', '/'], ['https://evil.example/', '/'], ['/\\evil.example', '/'], ['/ok\nLocation: x', '/'],
    ];
    for (const [next, location] of cases) {
      const res = await signIn(new WebClient(t.app), person.email, person.password, next);
      expect(res.headers.location, next).toBe(location);
    }
  });
});
