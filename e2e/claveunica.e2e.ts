// A resident signs in with ClaveÚnica in Chromium: from the institution's sign-in page, through a real OpenID provider
// shaped like ClaveÚnica (src/test-support/claveunica-provider.ts), back verified; then signs out, and the browser
// follows ClaveÚnica's logout back to the site. axe on every Cabildo page on the way.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { catalogues } from '../src/core/i18n/index.js';
import { findInstitution } from '../src/core/tenancy/queries.js';
import { saveClaveUnicaClient } from '../src/core/identity/claveunica/client-config.js';
import { startClaveUnicaStandIn, type ClaveUnicaStandIn } from '../src/test-support/claveunica-provider.js';
import { startApp, type RunningApp } from './support/app.js';
import { launchBrowser, openPage, screenshot } from './support/browser.js';
import { expectAccessible } from './support/axe.js';

const es = catalogues['es-CL'];
let app: RunningApp;
let browser: Browser;
let standIn: ClaveUnicaStandIn;

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchBrowser()]);
  standIn = await startClaveUnicaStandIn({ redirectUri: `${app.baseUrl}/instituciones/temuco/claveunica/retorno`, run: '15.555.555-6' });
  const temuco = (await findInstitution(app.database.db, 'temuco'))!;
  await app.database.db.transaction((tx) => saveClaveUnicaClient(tx, app.config, {
    institutionId: temuco.id, issuer: standIn.issuer, clientId: standIn.clientId, clientSecret: standIn.clientSecret,
    redirectUri: standIn.redirectUri, logoutUri: `${app.baseUrl}/`,
  }, { id: null, label: 'e2e' }));
});
afterAll(async () => {
  await browser?.close();
  await standIn?.close();
  await app?.close();
});

describe('ClaveÚnica journey', () => {
  it('signs in through ClaveÚnica, is verified, and signs out of both', async () => {
    const { page, problems } = await openPage(browser, app.baseUrl);
    await page.goto('/ingresar?institucion=temuco&next=/cuenta');
    await expectAccessible(page, '/ingresar with ClaveÚnica');
    await screenshot(page, 'sign-in-claveunica-es-CL-desktop');

    await Promise.all([page.waitForURL('**/cuenta'), page.getByRole('link', { name: es['claveunica.button'] }).click()]);
    expect(await page.locator('.flash').textContent()).toContain('Ingresó con ClaveÚnica');
    await expectAccessible(page, '/cuenta after ClaveÚnica');
    const me = await page.evaluate(async () => (await fetch('/api/v1/me')).json());
    expect(me).toMatchObject({ verification: 'identity', email: null });
    expect(await page.content()).not.toContain('15555555');
    await screenshot(page, 'account-claveunica-es-CL-desktop');

    // Sign out: Cabildo's session ends, then ClaveÚnica's logout sends the browser back to the registered URL.
    const providerOrigin = new URL(standIn.issuer).origin;
    const visited: string[] = [];
    page.on('request', (r) => { if (r.isNavigationRequest()) visited.push(r.url()); });
    await Promise.all([page.waitForURL(`${app.baseUrl}/`), page.getByRole('button', { name: es['nav.signOut'] }).click()]);
    expect(visited.some((u) => u.startsWith(`${providerOrigin}/api/v1/accounts/app/logout?redirect=`))).toBe(true);
    expect(await page.getByRole('link', { name: es['nav.signIn'] }).count()).toBe(1);
    expect((await page.evaluate(async () => (await fetch('/api/v1/me')).status))).toBe(401);
    expect(problems).toEqual([]);
  });
});
