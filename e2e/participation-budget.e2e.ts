// Participatory budget journey in Chromium: a verified person votes with a knapsack ballot. Without its script an
// over-budget submit comes back with the total and the error, choices kept; with JavaScript the counter in the live
// region updates as projects are marked and what no longer fits is disabled. They keep the receipt; after the close
// they read the results with the explanation of every project. axe on every page; desktop and phone; es-CL and en.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startApp, type RunningApp } from './support/app.js';
import { PHONE, launchBrowser, openPage, screenshot } from './support/browser.js';
import { expectAccessible } from './support/axe.js';
import { browserFor, signedIn } from '../src/test-support/people.js';
import { castBallot, participationOfficialToken, verifiedVoter } from '../src/modules/participation/votes/test-support.js';
import { createTestBudget, feasibleProjects, optionsOf, setStage, startVoting } from '../src/modules/participation/budgets/test-support.js';

let app: RunningApp;
let browser: Browser;
let budgetId: number;
let voteId: number;
let ids: number[];
const PROJECTS = [
  { title: 'Plaza Labranza', cost: 40_000_000 }, { title: 'Ciclovía Pedro de Valdivia', cost: 35_000_000 },
  { title: 'Luminarias LED Pueblo Nuevo', cost: 30_000_000 }, { title: 'Sede vecinal Amanecer', cost: 25_000_000 },
];

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchBrowser()]);
  const official = await participationOfficialToken(app);
  budgetId = (await createTestBudget(app, official, { total: '100000000', ballot: { kind: 'knapsack', minSpend: '30000000' } })).id;
  ids = await feasibleProjects(app, official, budgetId, PROJECTS);
  voteId = (await startVoting(app, official, budgetId)).votes[0]!.voteId;
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const signIn = async (context: import('playwright-core').BrowserContext) => {
  const voter = await browserFor(app, (await verifiedVoter(app)).personId);
  await context.addCookies(Object.entries(voter.cookies).map(([name, value]) => ({ name, value, url: app.baseUrl })));
};

describe('participatory budget journey', () => {
  it('without JavaScript, an over-budget ballot comes back with the total and the error, choices kept', async () => {
    const { page, context, problems } = await openPage(browser, app.baseUrl);
    // The enhancement script never arrives (as on a browser without JavaScript); axe itself still needs scripts to run.
    await page.route('**/presupuestos/votar.js', (route) => route.abort());
    await signIn(context);
    await page.goto(`/participacion/presupuestos/${budgetId}/votar`);
    await expectAccessible(page, 'ballot page');
    for (const title of PROJECTS.slice(0, 3).map((p) => p.title)) await page.getByLabel(title).check();
    await page.getByRole('button', { name: 'Votar' }).click();
    await expect(page.locator('.error-summary').textContent()).resolves.toContain('Su selección suma $105.000.000 y el presupuesto disponible es $100.000.000');
    await expect(page.locator('#budget-counter').textContent()).resolves.toBe('Gastado $105.000.000 de $100.000.000 disponibles · quedan $0');
    expect(await page.getByLabel('Plaza Labranza').isChecked()).toBe(true);
    await expectAccessible(page, 'ballot page with the error');
    await screenshot(page, 'participation-budget-ballot-error');
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);

  it('with JavaScript, the counter updates live; the ballot gives a receipt; the results explain each project', async () => {
    const { page, context, problems } = await openPage(browser, app.baseUrl);
    await signIn(context);
    await page.goto(`/participacion/presupuestos/${budgetId}/votar`);
    const counter = page.locator('#budget-counter');
    await expect(counter.getAttribute('aria-live')).resolves.toBe('polite');
    await page.getByLabel('Plaza Labranza').check();
    await expect(counter.textContent()).resolves.toBe('Gastado $40.000.000 de $100.000.000 disponibles · quedan $60.000.000');
    await page.getByLabel('Ciclovía Pedro de Valdivia').check();
    await expect(counter.textContent()).resolves.toBe('Gastado $75.000.000 de $100.000.000 disponibles · quedan $25.000.000');
    expect(await page.getByLabel('Luminarias LED Pueblo Nuevo').isDisabled()).toBe(true);
    expect(await page.getByLabel('Sede vecinal Amanecer').isDisabled()).toBe(false);
    await screenshot(page, 'participation-budget-ballot-live');
    await page.getByRole('button', { name: 'Votar' }).click();
    expect(await page.locator('h1').textContent()).toBe('Su voto fue recibido');
    const receipt = (await page.locator('#receipt').textContent())!.replaceAll(' ', '');
    expect(receipt).toMatch(/^[0-9a-f]{40}$/);

    // Four more voters, through the API, for the cheaper projects: equal shares give them their part.
    const option = await optionsOf(app, voteId);
    for (let i = 0; i < 4; i++) await castBallot(app, voteId, await verifiedVoter(app), { choices: [option.get(ids[2]!), option.get(ids[3]!)] });
    await setStage(app, budgetId, 'results');
    await page.goto(`/participacion/votaciones/${voteId}/comprobante`);
    await page.getByLabel('Comprobante').fill(receipt);
    await page.getByRole('button', { name: 'Comprobar' }).click();
    await expect(page.getByRole('status').textContent()).resolves.toBe('Su voto fue contado: está en el boletín.');

    await page.goto(`/participacion/presupuestos/${budgetId}/resultados`);
    await expectAccessible(page, 'results');
    const main = (await page.locator('main').textContent())!;
    expect(main).toContain('Por qué ganó o perdió cada proyecto');
    expect(main).toMatch(/pagaron los \$\d/);
    expect(main).toContain('Con la otra regla');
    await screenshot(page, 'participation-budget-results');
    expect(problems).toEqual([]);
    await context.close();
  }, 90_000);

  it('gives officials an accessible technical-review form', async () => {
    const official = await signedIn(app, 'official', 'temuco', ['participation']);
    const other = await createTestBudget(app, await participationOfficialToken(app));
    const [projectId] = await feasibleProjects(app, await participationOfficialToken(app), other.id, PROJECTS.slice(0, 1));
    for (const viewport of [undefined, PHONE]) {
      const { page, context, problems } = await openPage(browser, app.baseUrl, viewport ? { viewport } : {});
      await context.addCookies(Object.entries(official.cookies).map(([name, value]) => ({ name, value, url: app.baseUrl })));
      await page.goto(`/participacion/presupuestos/${other.id}`);
      await expectAccessible(page, 'budget page (official)');
      await screenshot(page, `participation-budget-official${viewport ? '-phone' : ''}`);
      await page.goto(`/participacion/presupuestos/proyectos/${projectId}/revision`);
      await page.getByLabel('Respuesta pública fundada').fill('corta');
      await page.getByRole('button', { name: 'Guardar la revisión' }).click();
      await expect(page.locator('.error-summary').count()).resolves.toBe(1);
      await expectAccessible(page, 'review form with errors');
      await screenshot(page, `participation-budget-review${viewport ? '-phone' : ''}`);
      expect(problems).toEqual([]);
      await context.close();
    }
  }, 60_000);

  for (const locale of ['es-CL', 'en'] as const) {
    it(`keeps the budget, ballot and results pages accessible on a phone in ${locale}`, async () => {
      const { page, context, problems } = await openPage(browser, app.baseUrl, { viewport: PHONE });
      for (const path of [`/participacion/presupuestos/${budgetId}`, `/participacion/presupuestos/${budgetId}/votar`, `/participacion/presupuestos/${budgetId}/resultados`]) {
        await page.goto(`${path}?lang=${locale}`);
        await expectAccessible(page, `${path} (${locale}, phone)`);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
        await screenshot(page, `participation-budget-${path.split('/').pop()}-${locale}-phone`);
      }
      expect(problems).toEqual([]);
      await context.close();
    }, 60_000);
  }
});
