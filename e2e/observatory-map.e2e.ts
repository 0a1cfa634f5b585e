// Find a municipality on the map: a resident opens /observatorio, picks La Araucanía from the region list (the map is
// not the only way in), clicks Temuco (the path with data-cut="09101") on the region map and lands on its page; the
// landing, the region, the ranking and the municipality page pass axe at 1280 and 390 px without horizontal scrolling.
// Data: one online-services indicator for every municipality and FirmaGob for La Araucanía, run through the engine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startApp, type RunningApp } from './support/app.js';
import { PHONE, launchBrowser, openPage, screenshot } from './support/browser.js';
import { expectAccessible } from './support/axe.js';
import { SYSTEM_ACTOR } from '../src/core/auth/actor.js';
import { recomputeIndex } from '../src/modules/observatory/index/commands/recompute.js';
import { insertTestValues, type TestValue } from '../src/modules/observatory/test-support.js';
import { listMunicipalityCuts } from '../src/modules/observatory/pages/test-support.js';

let app: RunningApp;
let browser: Browser;
beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchBrowser()]);
  const cuts = await listMunicipalityCuts(app.database.db);
  // Spread over 0–100 by position, Temuco (09101) given a middling value; every seventh municipality left without data.
  const values: TestValue[] = cuts.filter((_, i) => i % 7 !== 3).map((cut, i) => ({ cut, year: 2023, indicator: 'online.procedures_online', value: cut === '09101' ? 55 : (i * 37) % 101 }));
  values.push(...cuts.filter((c) => c.startsWith('09')).map((cut, i) => ({ cut, year: 2023, indicator: 'platforms.firmagob', value: i % 4, origin: 'tracker' as const, source: 'adoption-tracker' })));
  await insertTestValues(app.database.db, values);
  await app.database.db.transaction((tx) => recomputeIndex(tx, 'all', SYSTEM_ACTOR));
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('finding a municipality on the map', () => {
  it('goes from the national map through the region list and the region map to Temuco\'s page', async () => {
    const { page, context, problems } = await openPage(browser, app.baseUrl);
    await page.goto('/observatorio');
    await expect(page.locator('h1').textContent()).resolves.toBe('Índice GovTech Municipal 2023');
    expect(await page.locator('path[data-cut]').count()).toBe(345);
    await expect(page.locator('[data-cut="09101"]').first().evaluate((el) => el.closest('a')?.getAttribute('href'))).resolves.toBe('/observatorio/municipios/09101');
    await expectAccessible(page, 'landing');
    await screenshot(page, 'observatory-landing-1280');

    await page.getByRole('navigation', { name: 'Buscar por región' }).getByRole('link', { name: 'La Araucanía' }).click();
    await expect(page.locator('h1').textContent()).resolves.toContain('La Araucanía');
    await expectAccessible(page, 'region');
    await screenshot(page, 'observatory-region-1280');
    await page.locator('path[data-cut="09101"]').click();
    await page.waitForURL('**/observatorio/municipios/09101');
    await expect(page.locator('h1').textContent()).resolves.toContain('Municipalidad de Temuco');
    await expect(page.locator('main').textContent()).resolves.toContain('Qué mejorar primero');
    await expectAccessible(page, 'municipality');
    await screenshot(page, 'observatory-municipality-1280');
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);

  for (const viewport of [PHONE, { width: 1280, height: 800 }]) {
    it(`keeps the result pages accessible and unscrolled sideways at ${viewport.width} px`, async () => {
      const { page, context, problems } = await openPage(browser, app.baseUrl, { viewport });
      for (const [name, path] of [['landing', '/observatorio'], ['ranking', '/observatorio/ranking?region=09&pilar=platforms'],
        ['region', '/observatorio/regiones/05'], ['municipality', '/observatorio/municipios/09101'], ['municipality-en', '/observatorio/municipios/09101?lang=en']] as const) {
        await page.goto(path);
        await expectAccessible(page, `${path} (${viewport.width})`);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(viewport.width);
        await screenshot(page, `observatory-${name}-${viewport.width}`);
      }
      expect(problems).toEqual([]);
      await context.close();
    }, 120_000);
  }
});
