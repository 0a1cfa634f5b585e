// Milestone review journey in Chromium through plain forms: the incubator's committee (Temuco's 'services' official,
// Temuco hosting the lab) opens the form of an overdue service, sees the evidence above it, is told what is missing,
// then records a stop; the public reviews page shows the decision and that no review is due any more, and the list of
// reviews due no longer has the service. Every page passes axe on a desktop and a phone, without horizontal scrolling.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { signInAs, startApp, type RunningApp } from './support/app.js';
import { PHONE, launchBrowser, openPage, screenshot } from './support/browser.js';
import { expectAccessible } from './support/axe.js';
import { signedIn } from '../src/test-support/people.js';
import { insertTestIncubator, insertTestService } from '../src/modules/services/test-support.js';
import { insertTestIndicator } from '../src/modules/services/reviews/test-support.js';

let app: RunningApp;
let browser: Browser;
let committeeId = 0;
const slug = 'patentes-en-linea-e2e';
beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchBrowser()]);
  committeeId = (await signedIn(app, 'official', 'temuco', ['services'])).personId;
  const db = app.database.db;
  const incubator = await insertTestIncubator(db, { slug: 'lab-e2e' });
  const service = await insertTestService(db, { slug, incubatorId: incubator.id, phases: [{ phase: 'investigacion', startedOn: '2025-09-01' }, { phase: 'construccion', startedOn: '2026-02-02' }] });
  await insertTestIndicator(db, service.id, { code: 'patentes', values: [['2026-09', 41], ['2026-10', 38]], targets: [['2026-12', 120]] });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const noHorizontalScroll = (page: import('playwright-core').Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe('milestone review journey', () => {
  it('the committee stops an overdue service and the public pages say so', async () => {
    const anyone = await openPage(browser, app.baseUrl);
    await anyone.page.goto('/servicios/revisiones?incubadora=lab-e2e');
    await expect(anyone.page.locator('tbody tr').first().textContent()).resolves.toContain('Atrasada');
    await expectAccessible(anyone.page, 'reviews due');
    await anyone.page.setViewportSize(PHONE);
    await expect(noHorizontalScroll(anyone.page)).resolves.toBe(true);
    await screenshot(anyone.page, 'services-reviews-due-390');

    const committee = await openPage(browser, app.baseUrl);
    await signInAs(app, committee.context, committeeId);
    await committee.page.goto(`/servicios/${slug}/revisiones`);
    await expect(committee.page.locator('.svc-review-overdue').textContent()).resolves.toContain('Revisión atrasada');
    await committee.page.getByRole('link', { name: 'Registrar una revisión' }).click();
    await expect(committee.page.locator('table').textContent()).resolves.toContain('Indicador patentes');
    await expectAccessible(committee.page, 'review form');
    await committee.page.getByLabel('Detener').check();
    await committee.page.getByLabel('Fecha de la revisión').fill('2026-11-20');
    await committee.page.getByRole('button', { name: 'Registrar la revisión' }).click();
    await expect(committee.page.locator('.error-summary').textContent()).resolves.toContain('Evidencia presentada por el equipo');
    await expectAccessible(committee.page, 'review form with errors');
    await committee.page.getByLabel('Evidencia presentada por el equipo').fill('Solo 38 patentes en línea en octubre; la plataforma nacional llega en 2027.');
    await committee.page.getByLabel('Razones de la decisión').fill('El servicio duplicaría la plataforma nacional.');
    await committee.page.getByRole('button', { name: 'Registrar la revisión' }).click();
    await committee.page.waitForURL(`**/servicios/${slug}/revisiones`);
    await expect(committee.page.locator('main').textContent()).resolves.toContain('No corresponden revisiones: el servicio está en fase «Abandonado»');
    await committee.page.setViewportSize(PHONE);
    await expect(noHorizontalScroll(committee.page)).resolves.toBe(true);
    await expectAccessible(committee.page, 'reviews page (phone)');
    await screenshot(committee.page, 'services-reviews-page-390');
    expect(committee.problems).toEqual([]);
    await committee.context.close();

    await anyone.page.goto('/servicios/revisiones?incubadora=lab-e2e');
    await expect(anyone.page.locator(`a[href="/servicios/${slug}/revisiones"]`).count()).resolves.toBe(0);
    expect(anyone.problems).toEqual([]);
    await anyone.context.close();
  }, 180_000);
});
