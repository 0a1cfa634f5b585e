// ClaveÚnica sign-in against a real OpenID provider shaped like ClaveÚnica (src/test-support/claveunica-provider.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { createPersonWithPassword, signIn, WebClient } from '../../../test-support/auth.js';
import { startClaveUnicaStandIn, type ClaveUnicaStandIn, type StandInIdentity } from '../../../test-support/claveunica-provider.js';
import { findInstitution } from '../../tenancy/queries.js';
import { people, sessions } from '../../auth/schema.js';
import { auditLog } from '../../audit/schema.js';
import { saveClaveUnicaClient } from './client-config.js';

const REDIRECT = 'http://localhost:3000/instituciones/temuco/claveunica/retorno';
const LOGOUT = 'http://localhost:3000/';
let t: TestApp;
let standIn: ClaveUnicaStandIn;

async function configure(institution: string, s: { issuer: string; clientId: string; clientSecret: string }, redirectUri = REDIRECT) {
  const inst = (await findInstitution(t.database.db, institution))!;
  await t.database.db.transaction((tx) => saveClaveUnicaClient(tx, t.config, {
    institutionId: inst.id, issuer: s.issuer, clientId: s.clientId, clientSecret: s.clientSecret, redirectUri, logoutUri: LOGOUT,
  }, { id: null, label: 'test' }));
}

beforeAll(async () => {
  t = await createTestApp();
  standIn = await startClaveUnicaStandIn({ redirectUri: REDIRECT });
  await configure('temuco', standIn);
});
afterAll(async () => { await standIn?.close(); await t?.close(); });

/** Starts at Cabildo, signs in at the provider as `identity`, and returns Cabildo's answer to the return URL. */
async function claveUnicaSignIn(client: WebClient, identity: StandInIdentity, provider = standIn, tamper?: (url: URL) => void) {
  provider.setNextRun(identity);
  const start = await client.get('/instituciones/temuco/claveunica/ingresar?next=/cuenta');
  expect(start.statusCode).toBe(302);
  const authorize = new URL(String(start.headers.location));
  expect(authorize.pathname).toBe('/openid/authorize/');
  expect(authorize.searchParams.get('scope')).toBe('openid run name');
  expect(authorize.searchParams.get('state')!.length).toBeGreaterThanOrEqual(30);
  const back = await provider.browser().follow(authorize);
  expect(back.href.startsWith(REDIRECT)).toBe(true);
  tamper?.(back);
  return client.get(back.pathname + back.search);
}

const me = (client: WebClient) => client.get('/api/v1/me').then((r) => r.json());

describe('ClaveÚnica sign-in', () => {
  it('offers the button only on the sign-in page of an institution that has it configured', async () => {
    const page = await new WebClient(t.app).get('/ingresar?institucion=09101');
    expect(page.body).toContain('href="/instituciones/temuco/claveunica/ingresar"');
    expect(page.body).toContain('Ingresar con ClaveÚnica');
    expect((await new WebClient(t.app).get('/ingresar?institucion=valdivia')).body).not.toContain('claveunica-button');
    expect((await new WebClient(t.app).get('/instituciones/temuco')).body).toContain('class="claveunica-button"');
    expect((await new WebClient(t.app).get('/instituciones/valdivia')).body).not.toContain('class="claveunica-button"');
    const none = await new WebClient(t.app).get('/instituciones/valdivia/claveunica/ingresar');
    expect(none.statusCode).toBe(404);
    expect(none.body).toContain('todavía no ofrece ingreso con ClaveÚnica');
  });

  it('creates the person on first sign-in, verified by RUN, and finds them by RUN later', async () => {
    const browser = new WebClient(t.app);
    const res = await claveUnicaSignIn(browser, '11.111.111-1');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/cuenta');
    const first = await me(browser);
    expect(first).toMatchObject({ name: 'María Carmen Del Río González', email: null });
    expect(JSON.stringify(first)).not.toContain('11111111');
    const [person] = await t.database.db.select().from(people).where(eq(people.id, first.id));
    expect(person).toMatchObject({ run: '11111111-1', identityMethod: 'claveunica', email: null });
    expect(person.identityVerifiedAt).toBeInstanceOf(Date);

    const account = await browser.get('/cuenta');
    expect(account.body).toContain('Verificada con ClaveÚnica');
    expect(account.body).not.toContain('11.111.111');
    const again = new WebClient(t.app);
    expect((await claveUnicaSignIn(again, '11111111-1')).statusCode).toBe(303);
    expect((await me(again)).id).toBe(first.id);
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'identity.verify'));
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain('11111111');
  });

  it('links the RUN to the local account already signed in', async () => {
    const local = await createPersonWithPassword(t, {});
    const browser = new WebClient(t.app);
    await signIn(browser, local.email, local.password);
    expect((await claveUnicaSignIn(browser, '22.222.222-2')).statusCode).toBe(303);
    const [person] = await t.database.db.select().from(people).where(eq(people.id, local.id));
    expect(person).toMatchObject({ run: '22222222-2', identityMethod: 'claveunica' });
    expect((await me(browser)).id).toBe(local.id);
  });

  it('refuses a RUN already linked to another account, merging nothing', async () => {
    const other = await createPersonWithPassword(t, {});
    const browser = new WebClient(t.app);
    await signIn(browser, other.email, other.password);
    const res = await claveUnicaSignIn(browser, '11.111.111-1');
    expect(res.statusCode).toBe(409);
    expect(res.body).toContain('ya está vinculado a otra cuenta');
    const [person] = await t.database.db.select().from(people).where(eq(people.id, other.id));
    expect(person.run).toBeNull();
  });

  it('signs out of both: the session ends here and the browser is sent to ClaveÚnica\'s logout', async () => {
    const browser = new WebClient(t.app);
    await claveUnicaSignIn(browser, '11.111.111-1');
    await browser.get('/cuenta');
    const out = await browser.post('/salir');
    expect(out.statusCode).toBe(200);
    // A page hands over to ClaveÚnica (meta refresh and a link): the strict CSP's form-action would block a redirect.
    const href = /<meta http-equiv="refresh" content="0;url=([^"]+)"/.exec(out.body)![1].replaceAll('&amp;', '&');
    expect(out.body).toContain(`href="${href.replaceAll('&', '&amp;')}"`);
    const logout = new URL(href);
    expect(logout.origin).toBe(new URL(standIn.issuer).origin);
    expect(logout.pathname).toBe('/api/v1/accounts/app/logout');
    expect(logout.searchParams.get('redirect')).toBe(LOGOUT);
    expect((await standIn.browser().follow(logout)).href).toBe(LOGOUT);
    expect((await browser.get('/cuenta')).statusCode).not.toBe(200);
  });

  it('keeps a password sign-out at home', async () => {
    const local = await createPersonWithPassword(t, {});
    const browser = new WebClient(t.app);
    await signIn(browser, local.email, local.password);
    await browser.get('/cuenta');
    expect((await browser.post('/salir')).headers.location).toBe('/');
  });
});

describe('ClaveÚnica failures end on a clear page', () => {
  const countPeople = async () => (await t.database.db.select({ id: people.id }).from(people)).length;

  it('wrong state', async () => {
    const before = await countPeople();
    const res = await claveUnicaSignIn(new WebClient(t.app), '33.333.333-3', standIn, (url) => url.searchParams.set('state', 'x'.repeat(43)));
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('no corresponde a un ingreso iniciado en este navegador');
    expect(res.body).toContain('Volver a intentar');
    expect(await countPeople()).toBe(before);
  });

  it('a return with no sign-in started in this browser', async () => {
    const res = await new WebClient(t.app).get('/instituciones/temuco/claveunica/retorno?code=abc&state=def');
    expect(res.statusCode).toBe(400);
  });

  it('claims without a RUN, and a RUN with a bad check digit', async () => {
    const before = await countPeople();
    const missing = await claveUnicaSignIn(new WebClient(t.app), null);
    expect(missing.statusCode).toBe(502);
    expect(missing.body).toContain('no entregó su RUN');
    const bad = await claveUnicaSignIn(new WebClient(t.app), '12.345.678-9');
    expect(bad.statusCode).toBe(502);
    expect(bad.body).toContain('dígito verificador');
    expect(await countPeople()).toBe(before);
  });

  it('an expired code', async () => {
    const slow = await startClaveUnicaStandIn({ redirectUri: REDIRECT, codeTtlSeconds: 1 });
    try {
      await configure('temuco', slow);
      const res = await claveUnicaSignIn(new WebClient(t.app), '44.444.444-4', slow, () => {
        const until = Date.now() + 2100;
        while (Date.now() < until) { /* let the 1-second code expire */ }
      });
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain('tardó demasiado');
    } finally {
      await slow.close();
      await configure('temuco', standIn);
    }
  });

  it('the provider down, at the start and on the way back', async () => {
    const gone = await startClaveUnicaStandIn({ redirectUri: REDIRECT });
    await configure('temuco', gone);
    try {
      const browser = new WebClient(t.app);
      gone.setNextRun('55.555.555-5');
      const start = await browser.get('/instituciones/temuco/claveunica/ingresar');
      const back = await gone.browser().follow(String(start.headers.location));
      await gone.close();
      const res = await browser.get(back.pathname + back.search);
      expect(res.statusCode).toBe(503);
      expect(res.body).toContain('ClaveÚnica no responde');
      const again = await new WebClient(t.app).get('/instituciones/temuco/claveunica/ingresar');
      expect(again.statusCode).toBe(503);
    } finally {
      await configure('temuco', standIn);
    }
    expect((await t.app.inject({ url: '/healthz' })).statusCode).toBe(200);
  });

  it('sessions started by ClaveÚnica remember the institution', async () => {
    const rows = await t.database.db.select().from(sessions);
    expect(rows.some((s) => s.claveunicaInstitutionId !== null)).toBe(true);
  });
});
