// The regional dashboard of the adoption tracker in Chromium: anyone opens La Araucanía's dashboard (the demo seed's
// published figures, the map of 32 comunas), opens a municipality's record from the matrix; the regional team signs
// in and records a new status through the form (an impossible date first, then a good one). Every page passes axe,
// on a desktop and at 390 px without horizontal scrolling, in Spanish and English.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { signInAs, startApp, type RunningApp } from './support/app.js';
import { PHONE, launchBrowser, openPage, screenshot } from './support/browser.js';
import { expectAccessible } from './support/axe.js';
import { signedIn } from '../src/test-support/people.js';
import { seedAdoptionDemo } from '../src/modules/observatory/adoption/seed.js';
import { todayInChile } from '../src/modules/observatory/adoption/commands/checks.js';

let app: RunningApp;
let browser: Browser;
beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchBrowser()]);
  await app.database.db.transaction((tx) => seedAdoptionDemo(tx));
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('adoption tracker journey', () => {
  it('anyone reads the dashboard and a record; the regional team records a status with the form', async () => {
    const reader = await openPage(browser, app.baseUrl);
    await reader.page.goto('/observatorio/adopcion');
    await reader.page.getByRole('link', { name: 'La Araucanía' }).click();
    const main = reader.page.locator('main');
    await expect(main.textContent()).resolves.toContain('25 de 32 municipios tienen FirmaGob habilitada o en producción');
    await expect(main.textContent()).resolves.toContain('28 talleres capacitaron a 245 funcionarias y funcionarios');
    await expect(reader.page.locator('svg path[data-cut]').count()).resolves.toBe(32);
    await expectAccessible(reader.page, 'dashboard');
    await screenshot(reader.page, 'observatory-adoption-dashboard-1280');
    await reader.page.getByRole('table', { name: /Etapa de cada municipio/ }).getByRole('link', { name: 'Ercilla' }).click();
    await expect(reader.page.locator('h1').textContent()).resolves.toContain('Ercilla');
    await expect(main.textContent()).resolves.toContain('Dato ilustrativo');
    await expect(reader.page.locator('form[action$="/municipios/09204"]').count()).resolves.toBe(0);
    await expectAccessible(reader.page, 'record (reader)');
    expect(reader.problems).toEqual([]);
    await reader.context.close();

    const team = await openPage(browser, app.baseUrl);
    await signInAs(app, team.context, (await signedIn(app, 'official', 'gore-la-araucania', ['observatory'])).personId);
    await team.page.goto('/observatorio/adopcion/09/municipios/09204');
    await team.page.getByLabel('Plataforma').selectOption('claveunica');
    await team.page.getByLabel('Etapa').selectOption('enabled');
    await team.page.getByLabel('Vigente desde').fill('2026-02-30');
    await team.page.getByLabel('Evidencia', { exact: true }).fill('Credenciales de integración recibidas por correo de la DGD');
    await team.page.getByRole('button', { name: 'Guardar estado' }).click();
    await expect(team.page.locator('.error-summary').textContent()).resolves.toContain('Vigente desde');
    await expectAccessible(team.page, 'status form with errors');
    await team.page.getByLabel('Vigente desde').fill(todayInChile());
    await team.page.getByRole('button', { name: 'Guardar estado' }).click();
    await expect(team.page.locator('main').textContent()).resolves.toContain('Credenciales de integración recibidas por correo de la DGD');
    await expect(team.page.locator('.obs-record-now').textContent()).resolves.toMatch(/ClaveÚnicaHabilitada/);
    await expectAccessible(team.page, 'record (team)');
    await screenshot(team.page, 'observatory-adoption-record-team-1280');
    await team.page.goto('/observatorio/adopcion/09');
    await expect(team.page.locator('main').textContent()).resolves.toContain('15 de 32 municipios permiten ingresar con ClaveÚnica');
    for (const path of ['/observatorio/adopcion/09/talleres', '/observatorio/adopcion/09/visitas']) {
      await team.page.goto(path);
      await expectAccessible(team.page, `${path} (team)`);
    }
    expect(team.problems).toEqual([]);
    await team.context.close();
  }, 180_000);

  for (const locale of ['es-CL', 'en'] as const) {
    for (const viewport of [PHONE, { width: 1280, height: 800 }]) {
      it(`keeps the tracker's pages accessible at ${viewport.width} px in ${locale}`, async () => {
        const { page, problems } = await openPage(browser, app.baseUrl, { viewport });
        for (const [name, path] of [['regions', '/observatorio/adopcion'], ['dashboard', '/observatorio/adopcion/09'], ['record', '/observatorio/adopcion/09/municipios/09116'],
          ['workshops', '/observatorio/adopcion/09/talleres'], ['visits', '/observatorio/adopcion/09/visitas']] as const) {
          await page.goto(`${path}?lang=${locale}`);
          await expectAccessible(page, `${path} (${locale}, ${viewport.width})`);
          expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(viewport.width);
          await screenshot(page, `observatory-adoption-${name}-${locale}-${viewport.width}`);
        }
        expect(problems).toEqual([]);
      }, 120_000);
    }
  }
});
