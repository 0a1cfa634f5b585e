import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, like } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { ACTORS, signedIn, type AccessTable, type Browser } from '../../../test-support/people.js';
import { auditLog } from '../../audit/schema.js';
import { findInstitution } from '../../tenancy/queries.js';
import { claveunicaClients } from '../schema.js';
import { CLAVEUNICA_ISSUER, findClaveUnicaClient } from '../claveunica/client-config.js';

let t: TestApp;
let admin: Browser; // institution admin of Temuco
beforeAll(async () => {
  t = await createTestApp();
  admin = await signedIn(t, 'institution_admin', 'temuco');
});
afterAll(async () => { await t.close(); });

const URL_TEMUCO = '/instituciones/temuco/claveunica/configuracion';
const GOOD = {
  issuer: CLAVEUNICA_ISSUER, clientId: 'cliente-temuco', clientSecret: 'secreto-de-temuco-123',
  redirectUri: 'http://localhost:3000/instituciones/temuco/claveunica/retorno', logoutUri: 'http://localhost:3000/',
};

const save = (who: Browser, fields: Record<string, string>, url = URL_TEMUCO) => t.app.inject({
  method: 'POST', url, cookies: who.cookies, headers: { 'content-type': 'application/x-www-form-urlencoded' },
  payload: new URLSearchParams({ _csrf: who.csrf, ...fields }).toString(),
});
const temucoId = async () => (await findInstitution(t.database.db, 'temuco'))!.id;
const snapshot = async () => ({
  clients: await t.database.db.select().from(claveunicaClients),
  audit: (await t.database.db.select().from(auditLog).where(like(auditLog.action, 'claveunica.%'))).length,
});

describe('ClaveÚnica settings page: who may see and change it', () => {
  it.each([
    ['anonymous', 401],
    ['resident', 403],
    ['participationOfficial', 403],
    ['otherAdmin', 403],
    ['admin', 200],
    ['platformAdmin', 200],
  ] satisfies AccessTable)('%s → %s', async (who, status) => {
    const b = await ACTORS[who](t);
    expect((await t.app.inject({ url: '/instituciones/09101/claveunica/configuracion', cookies: b?.cookies })).statusCode).toBe(status);
    if (b && status === 403) {
      expect((await save(b, GOOD)).statusCode).toBe(403);
      expect((await snapshot()).clients).toEqual([]);
    }
  });

  it('refuses a change without the form\'s CSRF token', async () => {
    const { _csrf, ...fields } = { _csrf: 'x', ...GOOD };
    const missing = await t.app.inject({
      method: 'POST', url: URL_TEMUCO, cookies: admin.cookies, headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams(fields).toString(),
    });
    expect(missing.statusCode).toBe(403);
    expect((await save(admin, { ...GOOD, _csrf })).statusCode).toBe(403);
    expect((await snapshot()).clients).toEqual([]);
  });
});

describe('configuring ClaveÚnica', () => {
  it('proposes the production issuer and this institution\'s addresses before the first configuration', async () => {
    const page = await t.app.inject({ url: URL_TEMUCO, cookies: admin.cookies });
    expect(page.body).toContain('Sin configurar');
    expect(page.body).toContain(`value="${CLAVEUNICA_ISSUER}"`);
    expect(page.body).toContain('value="http://localhost:3000/instituciones/temuco/claveunica/retorno"');
    expect(page.headers['cache-control']).toBe('no-store');
  });

  it('needs the secret the first time, re-renders bad input with the values kept but not the secret, and writes nothing', async () => {
    const before = await snapshot();
    const noSecret = await save(admin, { ...GOOD, clientSecret: '' });
    expect(noSecret.statusCode).toBe(422);
    expect(noSecret.body).toContain('Ingrese el client secret que le entregó ClaveÚnica.');

    const bad = await save(admin, { ...GOOD, issuer: 'ftp://claveunica.gob.cl', clientId: '', redirectUri: 'no es una dirección', logoutUri: 'https://muni.cl/#fin' });
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('class="error-summary"');
    for (const field of ['issuer', 'clientId', 'redirectUri', 'logoutUri']) expect(bad.body).toContain(`href="#f-${field}"`);
    expect(bad.body).toContain('value="ftp://claveunica.gob.cl"');
    expect(bad.body).toContain('value="no es una dirección"');
    expect(bad.body).not.toContain(GOOD.clientSecret);
    expect(await snapshot()).toEqual(before);
  });

  it('stores the secret encrypted, audits the change in public without it, and never shows it back', async () => {
    const res = await save(admin, GOOD);
    expect(res.statusCode).toBe(303);
    const [row] = await t.database.db.select().from(claveunicaClients);
    expect(row).toMatchObject({ issuer: CLAVEUNICA_ISSUER, clientId: 'cliente-temuco', redirectUri: GOOD.redirectUri, logoutUri: GOOD.logoutUri });
    expect(row.clientSecretEncrypted).toMatch(/^v1:/);
    expect(JSON.stringify(row)).not.toContain(GOOD.clientSecret);
    expect((await findClaveUnicaClient(t.database.db, t.config, await temucoId()))?.clientSecret).toBe(GOOD.clientSecret);

    const [entry] = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'claveunica.configure'));
    expect(entry).toMatchObject({ public: true, institutionId: await temucoId(), summary: { clientId: 'cliente-temuco', secretChanged: true } });
    expect(JSON.stringify(entry)).not.toContain(GOOD.clientSecret);

    const page = await t.app.inject({ url: URL_TEMUCO, cookies: { ...admin.cookies, cabildo_flash: res.cookies.find((c) => c.name === 'cabildo_flash')!.value } });
    expect(page.body).toContain('Configuración de ClaveÚnica guardada.');
    expect(page.body).toContain('Configurada');
    expect(page.body).toContain('value="cliente-temuco"');
    expect(page.body).not.toContain(GOOD.clientSecret);
    expect(page.body).toMatch(/<input id="f-clientSecret" name="clientSecret" type="password"(?![^>]*value=)/);
  });

  it('keeps the stored secret when the field is left blank', async () => {
    const res = await save(admin, { ...GOOD, clientId: 'cliente-temuco-2', clientSecret: '' });
    expect(res.statusCode).toBe(303);
    const client = await findClaveUnicaClient(t.database.db, t.config, await temucoId());
    expect(client).toMatchObject({ clientId: 'cliente-temuco-2', clientSecret: GOOD.clientSecret });
    const [entry] = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'claveunica.update'));
    expect(entry.summary).toMatchObject({ clientId: 'cliente-temuco-2', secretChanged: false });
  });
});
