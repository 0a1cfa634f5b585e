// The public layout pages in both languages: accessible (axe), correct <html lang>, a working language switch,
// usable with JavaScript off and by keyboard alone, under the strict CSP. Screenshots go to screenshots/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { catalogues, type Locale, type MessageKey } from '../src/core/i18n/index.js';
import { startApp, type RunningApp } from './support/app.js';
import { PHONE, launchBrowser, openPage, screenshot } from './support/browser.js';
import { expectAccessible } from './support/axe.js';

const heading = (key: MessageKey) => (locale: Locale) => catalogues[locale][key];
const PAGES = [
  { path: '/', name: 'home', heading: heading('home.title') },
  { path: '/instituciones', name: 'institutions', heading: heading('institutions.title') },
  { path: '/instituciones/temuco', name: 'temuco', heading: () => 'Municipalidad de Temuco' },
  { path: '/api/docs', name: 'api-docs', heading: heading('api.docs.title') },
  { path: '/auditoria', name: 'audit', heading: heading('audit.title') },
];
const LOCALES: Locale[] = ['es-CL', 'en'];

let app: RunningApp;
let browser: Browser;
beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('layout pages', () => {
  for (const { path, name, heading } of PAGES) {
    for (const locale of LOCALES) {
      it(`${path} in ${locale}: lang, heading, axe, CSP, screenshots`, async () => {
        const { page, context, problems } = await openPage(browser, app.baseUrl);
        const response = await page.goto(locale === 'en' ? `${path}?lang=en` : path);
        expect(response?.status()).toBe(200);
        expect(await page.getAttribute('html', 'lang')).toBe(locale);
        const h1 = page.locator('h1');
        await expect(h1.count()).resolves.toBe(1);
        expect(await h1.innerText()).toBe(heading(locale));
        await expectAccessible(page, `${path} (${locale})`);
        await screenshot(page, `${name}-${locale}-desktop`);
        await page.setViewportSize(PHONE);
        // On a phone nothing may overflow sideways (WCAG 1.4.10 reflow); wide tables scroll inside their own box.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
        await screenshot(page, `${name}-${locale}-phone`);
        await screenshot(page, `${name}-${locale}-phone-top`, { fullPage: false });
        expect(problems).toEqual([]);
        await context.close();
      });
    }
  }

  it('the home page is at most 50 KB of HTML and needs no JavaScript', async () => {
    const html = await (await fetch(`${app.baseUrl}/`)).text();
    expect(Buffer.byteLength(html)).toBeLessThanOrEqual(50 * 1024);
    expect(html).not.toMatch(/<script/i);
  });
});

describe('language switch', () => {
  it('switches the page to English and back, and remembers the choice', async () => {
    const { page, context, problems } = await openPage(browser, app.baseUrl);
    await page.goto('/instituciones');
    await page.click('.lang-switch');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('h1').innerText()).toBe(catalogues.en['institutions.title']);
    expect(new URL(page.url()).pathname).toBe('/instituciones');
    // The choice is kept in a cookie: the next page, without ?lang, is still in English.
    await page.goto('/');
    expect(await page.locator('h1').innerText()).toBe(catalogues.en['home.title']);
    await page.click('.lang-switch');
    expect(await page.getAttribute('html', 'lang')).toBe('es-CL');
    expect(await page.locator('h1').innerText()).toBe(catalogues['es-CL']['home.title']);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('searches for an institution from the home page and opens it', async () => {
    const { page, context } = await openPage(browser, app.baseUrl, { javaScriptEnabled: false });
    await page.goto('/');
    await page.fill('#home-q', 'temuco');
    await Promise.all([page.waitForURL(/\/instituciones\?q=temuco/), page.press('#home-q', 'Enter')]);
    const result = page.getByRole('link', { name: 'Municipalidad de Temuco' });
    await expect(result.count()).resolves.toBe(1);
    await Promise.all([page.waitForURL(/\/instituciones\/temuco$/), result.click()]);
    expect(await page.locator('h1').innerText()).toBe('Municipalidad de Temuco');
    await context.close();
  });

  it('filters the institution list with the filter form', async () => {
    const { page, context } = await openPage(browser, app.baseUrl, { javaScriptEnabled: false });
    await page.goto('/instituciones');
    await page.fill('#f-q', 'valparaiso');
    await page.selectOption('#f-kind', 'regional_government');
    await Promise.all([page.waitForURL(/kind=regional_government/), page.click('.filters button[type=submit]')]);
    const names = await page.locator('tbody tr td:first-child').allInnerTexts();
    expect(names).toEqual(['Gobierno Regional de Valparaíso']);
    await context.close();
  });
});

describe('keyboard', () => {
  it('reaches the skip link first, and it moves focus to the main content', async () => {
    const { page, context } = await openPage(browser, app.baseUrl);
    await page.goto('/instituciones');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    expect(await page.locator('.skip-link').isVisible()).toBe(true);
    await screenshot(page, 'skip-link-focused', { fullPage: false });
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    // The next Tab continues inside the main content, not back at the header.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main')))).toBe(true);
    await context.close();
  });
});
