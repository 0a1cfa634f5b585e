// Procurement journey in Chromium through the areas' own forms (issue 8, "Show it"): a procurement official of Temuco
// drafts a framework call and adds its three lots one by one (a blank lot block more on each edit, no script), then
// publishes it; a micro company and a joint venture led by a worker cooperative (registered through the supplier form)
// send sealed bids; the deadline passes (the lots' bidsUntil moved into the past, as test-support's closeBidding does)
// and the official opens each lot's bids, appoints herself evaluator, declares her interests, scores every bid and
// awards the lots, two suppliers on the first; the public then reads the award report and downloads the OCDS record,
// which validates. Every page visited passes axe at 1280 px and again at 390 px (the public ones, the official's and
// the supplier's), without horizontal scrolling. Awards stay in their standstill: confirming one needs days to pass.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { signInAs, startApp, type RunningApp } from './support/app.js';
import { PHONE, launchBrowser, openPage, screenshot, type WatchedPage } from './support/browser.js';
import { expectAccessible } from './support/axe.js';
import { signedIn } from '../src/test-support/people.js';
import { toSantiagoLocal } from '../src/core/i18n/santiago-time.js';
import { computeDv } from '../src/core/identity/run.js';
import { closeBidding, createTestSupplier } from '../src/modules/procurement/test-support.js';
import { procurementLots } from '../src/modules/procurement/schema.js';
import { validatePackage } from '../src/modules/procurement/ocds/validate.js';

const DAY = 86_400_000;
const rut = (n: number) => `${n}-${computeDv(n)}`;
const local = (days: number) => toSantiagoLocal(new Date(Math.floor((Date.now() + days * DAY) / 3600_000) * 3600_000));
const dayOf = (days: number) => local(days).slice(0, 10);

let app: RunningApp;
let browser: Browser;
let officialId = 0;
let companyRepId = 0;
let callPath = '';
const visited = new Set<string>();

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchBrowser()]);
  officialId = (await signedIn(app, 'official', 'temuco', ['procurement'])).personId;
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** Goes to a page (or stays on the one a form led to) and checks it with axe; remembers public paths for the phone sweep. */
async function check(page: Page, label: string, path?: string) {
  if (path) await page.goto(path);
  await expectAccessible(page, label);
  visited.add(new URL(page.url()).pathname);
}

async function as(personId: number): Promise<WatchedPage> {
  const w = await openPage(browser, app.baseUrl);
  await signInAs(app, w.context, personId);
  return w;
}

const LOTS = [
  { title: 'Desarrollo web y móvil — Malleco', budget: '180.000.000', category: 'software-development', admit: '2' },
  { title: 'Datos y analítica — Cautín', budget: '120.000.000', category: 'data-analytics', admit: '2' },
  { title: 'Diseño de servicios (UX) — toda la región', budget: '60.000.000', category: 'ux-design', admit: '1' },
];
const CRITERIA = [['price', 'Precio', '40'], ['technical', 'Propuesta técnica', '30'], ['team', 'Equipo', '10'], ['local', 'Arraigo local', '10'], ['sme', 'Empresa de menor tamaño', '10']];

async function fillLot(page: Page, n: number) {
  const l = LOTS[n - 1]!;
  const at = (f: string) => page.locator(`[name="lot${n}_${f}"]`);
  await at('title').fill(l.title);
  await at('description').fill(`Servicios del lote ${n}, con entregas quincenales.`);
  await at('budgetAmount').fill(`$ ${l.budget}`);
  await at('regionCode').selectOption('09');
  await at('category').selectOption(l.category);
  await at('admitCount').fill(l.admit);
  await at('questionsUntil').fill(local(1));
  await at('bidsUntil').fill(local(2));
  await at('awardBy').fill(dayOf(10));
  await at('deliveryStart').fill(dayOf(15));
  await at('deliveryEnd').fill(dayOf(200));
  await at('budgetLine').fill('22.11.003');
}

/** A sealed bid through the bid form: the price and an answer to every evaluated criterion. */
async function bid(page: Page, lot: number, price: string) {
  await check(page, `bid form lot ${lot}`, `${callPath}/lotes/${lot}/oferta`);
  await page.getByLabel('Precio total en pesos').fill(price);
  for (const answer of await page.locator('textarea[name^="answer-"]').all()) await answer.fill('Equipo local, metodología ágil y software libre, con pruebas con usuarios.');
  await page.getByRole('button', { name: 'Enviar oferta sellada' }).click();
  await expect(page.locator('.flash, .notice').first().textContent()).resolves.toBeTruthy();
}

describe('procurement journey', () => {
  it('an official drafts a framework call with three lots and publishes it', async () => {
    const { page, context, problems } = await as(officialId);
    await check(page, 'new call form', '/instituciones/temuco/compras/llamados/nuevo');
    await page.locator('[name="kind"]').selectOption('framework');
    await page.locator('[name="title"]').fill('Convenio marco de servicios de desarrollo ágil');
    await page.locator('[name="description"]').fill('Servicios de desarrollo ágil en lotes por provincia y especialidad, con presupuesto y calendario fijos.');
    await page.locator('[name="maxLotsBid"]').fill('3');
    await page.locator('[name="maxLotsWon"]').fill('2');
    await fillLot(page, 1);
    for (const [i, [kind, name, weight]] of CRITERIA.entries()) {
      await page.locator(`[name="crit${i + 1}_kind"]`).selectOption(kind!);
      await page.locator(`[name="crit${i + 1}_name"]`).fill(name!);
      await page.locator(`[name="crit${i + 1}_weight"]`).fill(weight!);
    }
    await page.getByRole('button', { name: 'Guardar borrador' }).click();
    await page.waitForURL(/\/llamados\/\d+$/);
    callPath = new URL(page.url()).pathname;
    await check(page, 'draft call page');
    // Each edit offers one blank lot block more: the second and third lots are added in two edits.
    for (const n of [2, 3]) {
      await check(page, `edit draft (lot ${n})`, `${callPath}/editar`);
      await fillLot(page, n);
      await page.getByRole('button', { name: 'Guardar borrador' }).click();
      await page.waitForURL((url) => url.pathname === callPath);
    }
    await page.getByRole('button', { name: 'Publicar el llamado' }).click();
    await page.waitForURL((url) => url.pathname === callPath);
    await expect(page.locator('main').textContent()).resolves.toContain('Diseño de servicios (UX) — toda la región');
    await check(page, 'published call page');
    await screenshot(page, 'procurement-call-published');
    expect(problems).toEqual([]);
    await context.close();
  }, 180_000);

  it('a micro company and a joint venture led by a worker cooperative send sealed bids', async () => {
    const company = await createTestSupplier(app, { legalName: 'Código Araucanía SpA', rut: rut(77_412_583), size: 'micro' });
    companyRepId = company.rep.personId;
    const c = await as(companyRepId);
    await bid(c.page, 1, '$ 171.500.000');
    await bid(c.page, 2, '$ 98.000.000');
    await check(c.page, 'my bids', '/compras/mis-ofertas');
    expect(c.problems).toEqual([]);
    await c.context.close();

    const founder = await as((await signedIn(app)).personId);
    const { page } = founder;
    await check(page, 'supplier registration form', '/compras/proveedores/nuevo');
    await page.locator('[name="kind"]').selectOption('joint_venture');
    await page.locator('[name="legalName"]').fill('Unión Temporal Nahuelbuta Datos');
    await page.locator('[name="size"]').selectOption('small');
    await page.locator('[name="comunaCode"]').selectOption('09201');
    await page.locator('input[name="categories"][value="software-development"]').check();
    await page.locator('input[name="categories"][value="ux-design"]').check();
    // The member rows sit in a <details>, open by itself only when the page is rendered for a joint venture.
    if (!(await page.locator('[name="members.1.rut"]').isVisible())) await page.locator('summary', { hasText: 'Filas de integrantes' }).click();
    const members = [[rut(65_208_147), 'Cooperativa de Trabajo Tecnológico Nahuelbuta', 'cooperative', 'small', '09201', '60'],
      [rut(76_843_220), 'Analítica Cautín Limitada', 'company', 'micro', '09101', '40']];
    for (const [i, [r, name, kind, size, comuna, share]] of members.entries()) {
      const at = (f: string) => page.locator(`[name="members.${i + 1}.${f}"]`);
      await at('rut').fill(r!);
      await at('name').fill(name!);
      await at('kind').selectOption(kind!);
      await at('size').selectOption(size!);
      await at('comunaCode').selectOption(comuna!);
      await at('sharePercent').fill(share!);
    }
    await page.getByRole('button', { name: 'Registrar proveedor' }).click();
    await page.waitForURL(/\/compras\/proveedores\/\d+$/);
    await expect(page.locator('main').textContent()).resolves.toContain('Cooperativa de Trabajo Tecnológico Nahuelbuta');
    await check(page, 'joint venture profile');
    await bid(page, 1, '$ 162.000.000');
    await bid(page, 3, '$ 54.000.000');
    expect(founder.problems).toEqual([]);
    await founder.context.close();
  }, 180_000);

  it('after the deadline the official opens the bids, declares, scores and awards two suppliers on the first lot', async () => {
    const callId = Number(callPath.split('/').pop());
    const lots = await app.database.db.select({ id: procurementLots.id }).from(procurementLots).where(eq(procurementLots.callId, callId)).orderBy(asc(procurementLots.number));
    for (const lot of lots) await closeBidding(app, lot.id);
    const { page, context, problems } = await as(officialId);
    for (const n of [1, 2, 3]) {
      await check(page, `lot ${n} bids before opening`, `${callPath}/lotes/${n}/ofertas`);
      await page.getByRole('button', { name: 'Abrir las ofertas ahora' }).click();
      // Opened: the prices are in the clear, and there is nothing left to open.
      await expect(page.getByRole('button', { name: 'Abrir las ofertas ahora' }).count()).resolves.toBe(0);
      await expect(page.locator('main').textContent()).resolves.toMatch(/\$\d{2,3}\.000\.000/);
    }
    await check(page, 'evaluation workspace', `${callPath}/evaluacion`);
    await page.getByLabel('Funcionaria o funcionario de la institución').selectOption(String(officialId));
    await page.getByRole('button', { name: 'Nombrar evaluador' }).click();
    await page.locator('input[name="sign"]').check();
    await page.getByRole('button', { name: 'Firmar declaración' }).click();
    await check(page, 'workspace after declaring');
    // Every score form of the workspace, one after the other (each save reloads the page).
    for (let i = 0; i < 4; i++) {
      const form = page.locator('form[action*="/evaluacion/ofertas/"]').nth(i);
      for (const score of await form.locator('input[name^="score-"]').all()) await score.fill(i % 2 ? '72,5' : '88');
      for (const reason of await form.locator('textarea[name^="reason-"]').all()) await reason.fill('Plan de trabajo claro, con entregables y equipo acreditado.');
      await form.getByRole('button', { name: 'Guardar puntajes' }).click();
    }
    await check(page, 'workspace with scores');
    for (const n of [1, 2, 3]) {
      if (n > 1) await page.goto(`${callPath}/evaluacion`);
      await page.getByRole('button', { name: `Adjudicar el lote ${n}` }).click();
      await page.waitForURL(new RegExp(`/lotes/${n}/informe$`));
      await check(page, `award report lot ${n} (official)`);
    }
    expect(problems).toEqual([]);
    await context.close();
  }, 180_000);

  it('the public reads the multi-award and downloads the OCDS record, which validates', async () => {
    const { page, problems } = await openPage(browser, app.baseUrl);
    await check(page, 'award report', `${callPath}/lotes/1/informe`);
    const report = await page.locator('main').textContent();
    expect(report).toContain('Código Araucanía SpA');
    expect(report).toContain('Unión Temporal Nahuelbuta Datos');
    expect(report!.match(/Adjudicada/g)?.length).toBe(2);
    await screenshot(page, 'procurement-award-report');
    await check(page, 'public call page', callPath);
    await check(page, 'supplier directory', '/compras/proveedores');
    await check(page, 'marketplace', '/compras');
    const ocid = (await page.request.get(`/api/v1/procurement/calls/${callPath.split('/').pop()}`).then((r) => r.json()) as { ocid: string }).ocid;
    const record = await page.request.get(`/api/v1/procurement/ocds/records/${ocid}`);
    expect(record.status()).toBe(200);
    const pkg = await record.json();
    expect(pkg.records[0].compiledRelease.awards.length).toBeGreaterThanOrEqual(2);
    expect(validatePackage(pkg).problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(problems).toEqual([]);
  }, 120_000);

  for (const viewport of [PHONE, { width: 1280, height: 800 }]) {
    it(`keeps the public pages accessible at ${viewport.width} px, without horizontal scrolling`, async () => {
      const { page, problems } = await openPage(browser, app.baseUrl, { viewport });
      const paths = [...visited].filter((p) => !/\/(nuevo|editar|oferta|ofertas|evaluacion|mis-ofertas)$/.test(p));
      expect(paths.length).toBeGreaterThanOrEqual(5);
      for (const path of paths) {
        await page.goto(path);
        await expectAccessible(page, `${path} (${viewport.width})`);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(viewport.width);
        await screenshot(page, `procurement${path.replace(/[^a-z0-9]+/gi, '-')}-${viewport.width}`);
      }
      expect(problems).toEqual([]);
    }, 180_000);
  }

  it('keeps the official\'s and the supplier\'s pages accessible on a phone, without horizontal scrolling', async () => {
    const pages: Array<[number, string[]]> = [
      [officialId, ['/instituciones/temuco/compras/llamados/nuevo', `${callPath}/editar`, `${callPath}/lotes/1/ofertas`, `${callPath}/evaluacion`]],
      [companyRepId, ['/compras/mis-ofertas', `${callPath}/lotes/2/oferta`, '/compras/proveedores/nuevo']],
    ];
    for (const [personId, paths] of pages) {
      const { page, context, problems } = await openPage(browser, app.baseUrl, { viewport: PHONE });
      await signInAs(app, context, personId);
      for (const path of paths) {
        await page.goto(path);
        await expectAccessible(page, `${path} (390, signed in)`);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(PHONE.width);
        await screenshot(page, `procurement-signed${path.replace(/[^a-z0-9]+/gi, '-')}-390`);
      }
      expect(problems).toEqual([]);
      await context.close();
    }
  }, 180_000);
});
