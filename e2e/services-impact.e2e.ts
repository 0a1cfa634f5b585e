// Impact journey in Chromium through plain forms: the service's lead official (no 'services' permission: the lead
// manages by being the lead) enters a month of indicators, then the public stats page — as anyone sees it — shows the
// new point on the chart and the month's row in the table. The month form and the stats page pass axe on a desktop and
// a phone, without horizontal scrolling at 390 px.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { signInAs, startApp, type RunningApp } from './support/app.js';
import { PHONE, launchBrowser, openPage, screenshot } from './support/browser.js';
import { expectAccessible } from './support/axe.js';
import { signedIn } from '../src/test-support/people.js';
import { insertServiceWithIndicators } from '../src/modules/services/impact/test-support.js';

let app: RunningApp;
let browser: Browser;
let leadId = 0;
let slug = '';
beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchBrowser()]);
  leadId = (await signedIn(app, 'official', 'valdivia', [])).personId;
  ({ service: { slug } } = await insertServiceWithIndicators(app, [
    { values: [['2026-06', 610], ['2026-07', 655], ['2026-08', 700], ['2026-09', 748]], targets: [['2026-09', 720], ['2026-12', 950]] },
    { code: 'satisfaccion', name: 'Satisfacción', kind: 'satisfaction', unit: 'grade_1_7', values: [['2026-08', 5.6], ['2026-09', 5.7]], targets: [['2026-12', 6.2]] },
  ], { slug: 'permisos-en-linea-e2e', leadPersonId: leadId }));
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const noHorizontalScroll = (page: import('playwright-core').Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe('impact journey', () => {
  it('the lead enters a month of indicators and the public stats page shows it', async () => {
    const lead = await openPage(browser, app.baseUrl);
    await signInAs(app, lead.context, leadId);
    await lead.page.goto(`/servicios/${slug}/indicadores/mes`);
    await lead.page.getByLabel('Mes', { exact: true }).selectOption('2026-10');
    await lead.page.getByRole('button', { name: 'Ver mes' }).click();
    await expect(lead.page.locator('h2').first().textContent()).resolves.toContain('octubre de 2026');
    await expectAccessible(lead.page, 'month form');
    await lead.page.getByLabel('Satisfacción').fill('9');
    await lead.page.getByLabel('Permisos ingresados en línea').fill('801');
    await lead.page.getByRole('button', { name: 'Guardar valores' }).click();
    await expect(lead.page.locator('.error-summary').textContent()).resolves.toContain('Satisfacción');
    await expectAccessible(lead.page, 'month form with errors');
    await lead.page.getByLabel('Satisfacción').fill('5,9');
    await lead.page.getByRole('button', { name: 'Guardar valores' }).click();
    await lead.page.waitForURL(`**/servicios/${slug}/estadisticas`);
    await lead.page.setViewportSize(PHONE);
    await lead.page.goto(`/servicios/${slug}/indicadores/mes?mes=2026-10`);
    await expect(lead.page.getByLabel('Permisos ingresados en línea').inputValue()).resolves.toBe('801');
    await expect(noHorizontalScroll(lead.page)).resolves.toBe(true);
    await screenshot(lead.page, 'services-impact-month-390');
    await lead.context.close();

    const anyone = await openPage(browser, app.baseUrl);
    await anyone.page.goto(`/servicios/${slug}/estadisticas`);
    const point = anyone.page.locator('#i-permisos-en-linea svg circle[data-month="2026-10"]');
    await expect(point.count()).resolves.toBe(1);
    await expect(point.getAttribute('data-value')).resolves.toBe('801');
    const row = anyone.page.locator('#i-permisos-en-linea tr', { has: anyone.page.locator('th', { hasText: 'oct 2026' }) });
    await expect(row.textContent()).resolves.toContain('801');
    await expect(anyone.page.locator('#i-satisfaccion tr', { hasText: 'oct 2026' }).textContent()).resolves.toContain('5,9');
    await expectAccessible(anyone.page, 'stats page');
    await screenshot(anyone.page, 'services-impact-stats');
    await anyone.page.setViewportSize(PHONE);
    await expect(noHorizontalScroll(anyone.page)).resolves.toBe(true);
    await expectAccessible(anyone.page, 'stats page (phone)');
    await screenshot(anyone.page, 'services-impact-stats-390');
    expect(anyone.problems).toEqual([]);
    await anyone.context.close();
  }, 180_000);
});
