// Registry journey in Chromium on a 390 px phone: a resident opens the public registry of digital services, filters
// by phase through the folded GET form (no script needed), opens a service and reads its Transparencia box, where a
// missing item says "No disponible". The registry and the service page pass axe on the phone, without horizontal
// scrolling.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startApp, type RunningApp } from './support/app.js';
import { PHONE, launchBrowser, openPage, screenshot } from './support/browser.js';
import { expectAccessible } from './support/axe.js';
import { insertRegistryFixture } from '../src/modules/services/public/test-support.js';

let app: RunningApp;
let browser: Browser;
beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchBrowser()]);
  await insertRegistryFixture(app.database.db);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const noHorizontalScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
const cardTitles = (page: Page) => page.locator('.svc-card-title').allTextContents();

describe('registry journey', () => {
  it('a resident on a phone filters the registry by phase, opens a service and reads its Transparencia box', async () => {
    const { page, context, problems } = await openPage(browser, app.baseUrl, { viewport: PHONE });
    await page.goto('/servicios');
    await expect(cardTitles(page)).resolves.toEqual(['Permisos de edificación en línea', 'Huertos comunitarios', 'Becas municipales', 'Matrícula escolar sin filas']);
    await expect(page.locator('.svc-completeness').first().textContent()).resolves.toContain('4/6 Transparencia');
    await expect(noHorizontalScroll(page)).resolves.toBe(true);
    await expectAccessible(page, 'registry (phone)');
    await screenshot(page, 'services-registry-390');

    await page.getByText('Filtrar servicios').click();
    await page.getByLabel('Fase actual').selectOption('construccion');
    await page.getByRole('button', { name: 'Filtrar' }).click();
    await page.waitForURL('**/servicios?*fase=construccion*');
    await expect(cardTitles(page)).resolves.toEqual(['Permisos de edificación en línea', 'Huertos comunitarios']);
    await expect(page.getByLabel('Fase actual').inputValue()).resolves.toBe('construccion');
    await expectAccessible(page, 'registry filtered (phone)');

    await page.getByRole('link', { name: 'Huertos comunitarios' }).click();
    await page.waitForURL('**/servicios/huertos-comunitarios');
    await expect(page.locator('h1').textContent()).resolves.toBe('Huertos comunitarios');
    const box = page.locator('section.svc-box');
    await expect(box.locator('h2').textContent()).resolves.toBe('Transparencia');
    await expect(box.locator('li', { hasText: 'Análisis de riesgos' }).textContent()).resolves.toContain('No disponible');
    await expect(box.locator('li', { hasText: 'Código fuente' }).getByRole('link').getAttribute('href')).resolves.toBe('https://gitlab.com/temuco/huertos');
    await expect(box.locator('li.svc-missing').count()).resolves.toBe(3);
    await expect(noHorizontalScroll(page)).resolves.toBe(true);
    await expectAccessible(page, 'service page (phone)');
    await screenshot(page, 'services-registry-service-390');
    expect(problems).toEqual([]);
    await context.close();
  }, 180_000);
});
