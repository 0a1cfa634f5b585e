// Method preview journey in Chromium through the plain GET form: an official signs in, opens the preview, gives the
// capacities pillar more weight and sees ranks move in the table (five Araucanía municipalities, hand-computed in
// methodology/test-support.ts). The methodology, preview and sensitivity pages pass axe on a desktop and a phone,
// without horizontal scrolling of the page at 390 px (the rank chart scrolls inside its own region).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { signInAs, startApp, type RunningApp } from './support/app.js';
import { PHONE, launchBrowser, openPage, screenshot } from './support/browser.js';
import { expectAccessible } from './support/axe.js';
import { signedIn } from '../src/test-support/people.js';
import { SYSTEM_ACTOR } from '../src/core/auth/actor.js';
import { recomputeIndex } from '../src/modules/observatory/index/commands/recompute.js';
import { insertRankingFixture } from '../src/modules/observatory/methodology/test-support.js';

let app: RunningApp;
let browser: Browser;
beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchBrowser()]);
  await insertRankingFixture(app.database.db, 2022);
  await insertRankingFixture(app.database.db, 2023);
  await app.database.db.transaction((tx) => recomputeIndex(tx, 'all', SYSTEM_ACTOR));
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('method preview journey', () => {
  it('an official changes a pillar weight and sees ranks move', async () => {
    const { page, context, problems } = await openPage(browser, app.baseUrl);
    await signInAs(app, context, (await signedIn(app, 'official', 'temuco', ['observatory'])).personId);
    await page.goto('/observatorio/metodologia');
    await page.getByRole('link', { name: /Probar otros pesos/ }).click();
    await expectAccessible(page, 'preview form');
    await page.getByLabel('Capacidades', { exact: true }).fill('5');
    await page.getByRole('button', { name: 'Ver el efecto en las posiciones' }).click();
    const table = page.getByRole('table', { name: /con el método publicado y con la vista previa/ });
    await expect(table.getByRole('row', { name: /Victoria/ }).textContent()).resolves.toContain('sube 3');
    await expect(page.locator('main').textContent()).resolves.toContain('5 de 5 municipios cambian de posición');
    await expect(page.getByLabel('Capacidades', { exact: true }).inputValue()).resolves.toBe('5');
    await expectAccessible(page, 'preview result');
    await screenshot(page, 'observatory-method-preview-1280');
    await page.setViewportSize(PHONE);
    await expectAccessible(page, 'preview result (390)');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'observatory-method-preview-390');
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);

  for (const viewport of [PHONE, { width: 1280, height: 800 }]) {
    it(`keeps the methodology and sensitivity pages accessible at ${viewport.width} px`, async () => {
      const { page, problems } = await openPage(browser, app.baseUrl, { viewport });
      for (const [name, path] of [['method', '/observatorio/metodologia'], ['method-en', '/observatorio/metodologia?lang=en'],
        ['version', '/observatorio/metodologia/versiones/1'], ['sensitivity', '/observatorio/sensibilidad']] as const) {
        await page.goto(path);
        await expectAccessible(page, `${path} (${viewport.width})`);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(viewport.width);
        await screenshot(page, `observatory-${name}-${viewport.width}`);
      }
      expect(problems).toEqual([]);
    }, 120_000);
  }
});
