// Registering a digital service in Chromium: a Temuco official with the 'services' permission signs in, opens
// /servicios/nuevo, submits it once with a mission left blank (the error summary names the field, the values are
// kept), then completes it; the service exists and its phases page shows investigación; the official records the next
// phase (construcción) with the form, which offers only the phases that may follow. Every page passes axe, and the
// registry's pages fit a 390 px phone in Spanish and English.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { signInAs, startApp, type RunningApp } from './support/app.js';
import { PHONE, launchBrowser, openPage, screenshot } from './support/browser.js';
import { expectAccessible } from './support/axe.js';
import { signedIn } from '../src/test-support/people.js';
import { insertTestIncubator, insertTestService } from '../src/modules/services/test-support.js';
import { todayInChile } from '../src/modules/services/registry/commands/checks.js';

let app: RunningApp;
let browser: Browser;
let officialId: number;
beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchBrowser()]);
  const { db } = app.database;
  const lab = await insertTestIncubator(db, { institution: 'temuco', slug: 'laboratorio-temuco' });
  officialId = (await signedIn(app, 'official', 'temuco', ['services'])).personId;
  await insertTestService(db, { slug: 'agenda-horas', incubatorId: lab.id, leadPersonId: officialId,
    phases: [{ phase: 'investigacion', startedOn: '2025-06-02' }, { phase: 'construccion', startedOn: '2025-10-06' }] });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('registering a service', () => {
  it('an official registers a service with the form, then records its next phase', async () => {
    const { page, context, problems } = await openPage(browser, app.baseUrl);
    await signInAs(app, context, officialId);
    await page.goto('/servicios/nuevo');
    await expectAccessible(page, 'new service form');
    await page.getByLabel('Incubadora').selectOption('laboratorio-temuco');
    await page.getByLabel('Dirección corta').fill('retiro-voluminosos');
    await page.getByLabel('Nombre del servicio').fill('Retiro de voluminosos a domicilio');
    await page.getByLabel('Nombre (integrante 1)').fill('Ignacio Quilaqueo');
    await page.getByLabel('Rol (integrante 1)').fill('Investigación en terreno');
    await page.getByLabel('Vecinas y vecinos').check();
    await page.getByLabel('Medio ambiente').check();
    await page.getByLabel('Fecha de inicio').fill('2026-08-03');
    await page.getByRole('button', { name: 'Registrar servicio' }).click();
    await expect(page.locator('.error-summary').textContent()).resolves.toContain('Misión');
    await expect(page.getByLabel('Nombre (integrante 1)').inputValue()).resolves.toBe('Ignacio Quilaqueo');
    await expectAccessible(page, 'new service form with errors');
    await page.getByLabel('Misión: el problema de las personas usuarias').fill('Los vecinos no saben cuándo ni cómo se retiran muebles en desuso, y terminan en microbasurales.');
    await page.getByRole('button', { name: 'Registrar servicio' }).click();
    await page.waitForURL('**/servicios/retiro-voluminosos');

    await page.goto('/servicios/retiro-voluminosos/fases');
    await expect(page.locator('h1').textContent()).resolves.toContain('Retiro de voluminosos a domicilio');
    await expect(page.locator('.svc-timeline').textContent()).resolves.toContain('Investigación');
    const offered = await page.getByLabel('Fase', { exact: true }).locator('option').allTextContents();
    expect(offered).toEqual(['Construcción', 'Investigación sin continuación', 'Abandonado']);
    await expectAccessible(page, 'phases (manager)');
    await page.getByLabel('Fase', { exact: true }).selectOption('construccion');
    await page.getByLabel('Fecha de inicio').fill(todayInChile());
    await page.getByLabel('Nota').fill('Piloto con la junta de vecinos de Pueblo Nuevo');
    await page.getByRole('button', { name: 'Registrar fase' }).click();
    await page.waitForURL('**/servicios/retiro-voluminosos/fases');
    await expect(page.locator('.svc-current').textContent()).resolves.toContain('Construcción');
    await expect(page.locator('main').textContent()).resolves.toContain('Piloto con la junta de vecinos de Pueblo Nuevo');
    await expectAccessible(page, 'phases after recording');
    await screenshot(page, 'services-register-phases-1280');
    expect(problems).toEqual([]);
    await context.close();
  }, 180_000);

  for (const locale of ['es-CL', 'en'] as const) {
    it(`keeps the registry's pages accessible at 390 px in ${locale}`, async () => {
      const { page, context, problems } = await openPage(browser, app.baseUrl, { viewport: PHONE });
      await signInAs(app, context, officialId);
      for (const [name, path] of [['new', '/servicios/nuevo'], ['edit', '/servicios/agenda-horas/editar'], ['phases', '/servicios/agenda-horas/fases'],
        ['incubators', '/servicios/incubadoras'], ['new-incubator', '/servicios/incubadoras/nueva']] as const) {
        await page.goto(`${path}?lang=${locale}`);
        await expectAccessible(page, `${path} (${locale})`);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(PHONE.width);
        await screenshot(page, `services-register-${name}-${locale}-390`);
      }
      expect(problems).toEqual([]);
      await context.close();
    }, 120_000);
  }
});
