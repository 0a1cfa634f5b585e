// The account journey a resident takes: register, follow the confirmation email, sign in, read the account page,
// switch it to English, sign out. Every page on the way, the form with errors included, is checked with axe.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { catalogues } from '../src/core/i18n/index.js';
import { startApp, type RunningApp } from './support/app.js';
import { PHONE, launchBrowser, openPage, screenshot } from './support/browser.js';
import { expectAccessible } from './support/axe.js';
import { startMailbox, urlIn, type Mailbox } from '../src/test-support/auth.js';

const es = catalogues['es-CL'];
const en = catalogues.en;
const person = { name: 'Violeta Parra', email: 'violeta@example.cl', password: 'gracias a la vida 1917' };

let mailbox: Mailbox;
let app: RunningApp;
let browser: Browser;
beforeAll(async () => {
  mailbox = await startMailbox();
  [app, browser] = await Promise.all([startApp({ SMTP_URL: mailbox.url }), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
  await mailbox?.close();
});

describe('account journey', () => {
  it('registers, confirms the email, signs in, switches language and signs out', async () => {
    const { page, context, problems } = await openPage(browser, app.baseUrl);
    const h1 = () => page.locator('h1').innerText();
    const flash = () => page.locator('.flash').innerText();

    // Register: first an empty form, which comes back with an error summary linked to the fields.
    await page.goto('/registro');
    expect(await h1()).toBe(es['auth.register.title']);
    await expectAccessible(page, '/registro');
    await page.click('main button[type=submit]');
    await expect(page.locator('.error-summary').isVisible()).resolves.toBe(true);
    expect(await page.getAttribute('#f-email', 'aria-invalid')).toBe('true');
    await expectAccessible(page, '/registro with errors');
    await screenshot(page, 'register-errors-es-CL-desktop');

    await page.fill('#f-name', person.name);
    await page.fill('#f-email', person.email);
    await page.fill('#f-password', person.password);
    await page.fill('#f-passwordConfirm', person.password);
    await Promise.all([page.waitForURL('**/ingresar'), page.click('main button[type=submit]')]);
    expect(await flash()).toBe(es['auth.register.done']);
    await expectAccessible(page, '/ingresar with a flash message');

    // Confirm: the link in the email opens a page with a button (link scanners must not use the token up).
    const link = urlIn(await mailbox.next(person.email), '/confirmar');
    expect(link.origin).toBe(app.baseUrl);
    await page.goto(link.pathname);
    expect(await h1()).toBe(es['auth.confirm.title']);
    await expectAccessible(page, '/confirmar/:token');
    await Promise.all([page.waitForURL('**/ingresar'), page.click('main button[type=submit]')]);
    expect(await flash()).toBe(es['auth.confirm.done']);

    // Sign in, then the account page.
    await page.fill('#f-email', person.email);
    await page.fill('#f-password', person.password);
    await Promise.all([page.waitForURL((url) => url.pathname === '/'), page.click('main button[type=submit]')]);
    expect(await flash()).toBe(es['auth.signIn.done'].replace('{name}', person.name));
    await page.click(`nav >> text=${es['nav.account']}`);
    expect(await h1()).toBe(es['auth.account.title']);
    await expect(page.locator('.facts').innerText()).resolves.toContain(es['auth.account.confirmed']);
    await expectAccessible(page, '/cuenta');
    await screenshot(page, 'account-es-CL-desktop');

    // Switch language on the account page: same page, now in English.
    await page.click('.lang-switch');
    expect(new URL(page.url()).pathname).toBe('/cuenta');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await h1()).toBe(en['auth.account.title']);
    await expect(page.locator('.facts').innerText()).resolves.toContain(en['auth.account.confirmed']);
    await expectAccessible(page, '/cuenta?lang=en');
    await page.setViewportSize(PHONE);
    await screenshot(page, 'account-en-phone');

    // Sign out (a POST form in the navigation); the language choice stays.
    await Promise.all([page.waitForURL((url) => url.pathname === '/'), page.click(`nav button >> text=${en['nav.signOut']}`)]);
    expect(await flash()).toBe(en['auth.signOut.done']);
    await expect(page.locator(`nav >> text=${en['nav.signIn']}`).count()).resolves.toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });
});
