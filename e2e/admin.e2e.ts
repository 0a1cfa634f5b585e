// The institution's administration pages, as its admin sees them: team and roles, ClaveÚnica settings, in-person
// identity verification, eligibility lists. Each in Spanish and English, checked with axe, on desktop and phone;
// the team form is submitted with errors to check the error summary too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { catalogues } from '../src/core/i18n/index.js';
import { signedIn } from '../src/test-support/people.js';
import { startApp, type RunningApp } from './support/app.js';
import { PHONE, launchBrowser, openPage, screenshot } from './support/browser.js';
import { expectAccessible } from './support/axe.js';

const PAGES = [
  ['team', '/instituciones/temuco/equipo', 'team.title'],
  ['claveunica-settings', '/instituciones/temuco/claveunica/configuracion', 'identity.claveunica.title'],
  ['verification', '/instituciones/temuco/verificaciones', 'identity.verify.title'],
  ['eligibility', '/instituciones/temuco/padrones', 'identity.eligibility.title'],
] as const;

let app: RunningApp;
let browser: Browser;
let cookies: Array<{ name: string; value: string; url: string }>;
beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchBrowser()]);
  const admin = await signedIn(app, 'institution_admin', 'temuco');
  cookies = Object.entries(admin.cookies).map(([name, value]) => ({ name, value, url: app.baseUrl }));
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('administration pages of an institution', () => {
  for (const locale of ['es-CL', 'en'] as const) {
    it(`are accessible in ${locale}, on desktop and phone`, async () => {
      for (const viewport of [undefined, PHONE]) {
        const { page, context, problems } = await openPage(browser, app.baseUrl, viewport ? { viewport } : {});
        await context.addCookies(cookies);
        for (const [name, path, titleKey] of PAGES) {
          await page.goto(`${path}?lang=${locale}`);
          expect(await page.locator('h1').textContent()).toContain(catalogues[locale][titleKey]);
          await expectAccessible(page, `${path} (${locale})`);
          await screenshot(page, `${name}-${locale}-${viewport ? 'phone' : 'desktop'}`);
        }
        expect(problems).toEqual([]);
        await context.close();
      }
    });
  }

  it('shows the team form\'s errors in a summary that names the fields', async () => {
    const { page, context } = await openPage(browser, app.baseUrl);
    await context.addCookies(cookies);
    await page.goto('/instituciones/temuco/equipo');
    await page.click('main form:not(.inline-form) button[type=submit]');
    const summary = page.locator('.error-summary');
    expect(await summary.locator('a[href="#f-email"]').textContent()).toContain(catalogues['es-CL']['team.email']);
    await expectAccessible(page, 'team form with errors');
    await context.close();
  });
});
