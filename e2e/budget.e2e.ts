// The budget explorer in Chromium on the real Ley de Presupuestos and execution 2017 (DIPRES): drill down three levels
// by the table's links and by the treemap, back up by the breadcrumbs, download the view's CSV; axe on every page,
// both languages, reflow on a phone, and the technology lens and year comparison pages.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startApp, type RunningApp } from './support/app.js';
import { PHONE, launchBrowser, openPage, screenshot } from './support/browser.js';
import { expectAccessible } from './support/axe.js';
import { importReal } from '../src/modules/budget/test-support.js';

let app: RunningApp;
let browser: Browser;
beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchBrowser()]);
  await importReal(app, { institution: 'dipres', path: 'ley/2015.csv', format: 'dipres-ley', year: 2015 });
  await importReal(app, { institution: 'dipres', path: 'ley/2017.csv', format: 'dipres-ley', year: 2017 });
  await importReal(app, { institution: 'dipres', path: 'ejecucion-2017/original', format: 'dipres-ejecucion', year: 2017 });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('budget explorer journey', () => {
  it('drills partida → capítulo → programa and back, downloads the CSV of the view', async () => {
    const { page, context, problems } = await openPage(browser, app.baseUrl);
    await page.goto('/instituciones/dipres');
    await page.getByRole('link', { name: 'Presupuesto Abierto' }).click();
    await page.getByRole('link', { name: 'Ejecución presupuestaria' }).click();
    await expect(page.locator('h2').first().innerText()).resolves.toBe('Gastos: todo el presupuesto');
    await expectAccessible(page, 'explorer root');
    await screenshot(page, 'budget-explorer-root');

    await page.getByRole('table').getByRole('link', { name: 'Ministerio de Economía, Fomento y Turismo' }).click();
    await expect(page.locator('h2').first().innerText()).resolves.toBe('07 Ministerio de Economía, Fomento y Turismo');
    await page.getByRole('table').getByRole('link', { name: 'Subsecretaría de Economía y Empresas de Menor Tamaño' }).click();
    // The third level by the treemap: its tiles are links for the pointer.
    await page.locator('.treemap a').first().click();
    const programa = new URL(page.url()).searchParams.get('programa');
    expect(programa).toMatch(/^\d\d$/);
    await expect(page.locator('h2').first().innerText()).resolves.toMatch(new RegExp(`^${programa} `));
    await expectAccessible(page, 'explorer programa');
    await screenshot(page, 'budget-explorer-programa');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Descargar esta tabla (CSV)' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    const lines = csv.trim().split('\n');
    expect(lines[0]).toContain('subtitulo.code');
    expect(lines.length - 1).toBe(await page.locator('.budget-explore tbody tr').count());

    // Back up two levels by the breadcrumbs, then to the top.
    await page.getByRole('navigation', { name: 'Ubicación en el presupuesto' }).getByRole('link', { name: '07 Ministerio de Economía, Fomento y Turismo' }).click();
    expect(new URL(page.url()).searchParams.get('capitulo')).toBeNull();
    await page.getByRole('navigation', { name: 'Ubicación en el presupuesto' }).getByRole('link', { name: 'Todo el presupuesto' }).click();
    expect(new URL(page.url()).searchParams.get('partida')).toBeNull();

    // Income instead of spending, by the form (no JavaScript needed).
    await page.getByLabel('Ingresos').check();
    await page.getByRole('button', { name: 'Mostrar' }).click();
    await expect(page.locator('h2').first().innerText()).resolves.toBe('Ingresos: todo el presupuesto');
    await page.setViewportSize(PHONE);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'budget-explorer-phone');
    expect(problems).toEqual([]);
    await context.close();
  });

  for (const [name, path] of [['technology', '/presupuesto/tecnologia'], ['compare', '/instituciones/dipres/presupuesto/comparar?reales=1'], ['index', '/instituciones/dipres/presupuesto']]) {
    for (const lang of ['es-CL', 'en']) {
      it(`${name} page in ${lang}: axe, reflow on a phone`, async () => {
        const { page, context, problems } = await openPage(browser, app.baseUrl);
        const response = await page.goto(`${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
        expect(response?.status()).toBe(200);
        await expectAccessible(page, `${name} (${lang})`);
        await page.setViewportSize(PHONE);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
        await screenshot(page, `budget-${name}-${lang}-phone`);
        expect(problems).toEqual([]);
        await context.close();
      });
    }
  }
});
