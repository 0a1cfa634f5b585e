// Oversight journey in Chromium through plain forms: a member of the citizen oversight body (seated by a real,
// seeded draw) opens an observation on a commitment; an official of the institution, in a second browser, answers it;
// the member sees the answer and the observation no longer waiting. axe on every page, Spanish and English, and the
// body's page on a phone without sideways scrolling.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { eq } from 'drizzle-orm';
import { signInAs, startApp, type RunningApp } from './support/app.js';
import { PHONE, launchBrowser, openPage, screenshot } from './support/browser.js';
import { expectAccessible } from './support/axe.js';
import { signedIn } from '../src/test-support/people.js';
import { people } from '../src/core/auth/schema.js';
import { createBody, insertCommitment, seatMembers } from '../src/modules/participation/oversight/test-support.js';

let app: RunningApp;
let browser: Browser;
let memberId: number;
let commitmentId: number;
let observationPath = '';
const BODY = '/instituciones/temuco/participacion/organo-contralor';
beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchBrowser()]);
  const member = await signedIn(app);
  memberId = member.personId;
  await app.database.db.update(people).set({ identityVerifiedAt: new Date(), identityMethod: 'in_person' }).where(eq(people.id, memberId));
  await seatMembers(app, await createBody(app), [memberId]);
  commitmentId = await insertCommitment(app);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const signIn = (context: BrowserContext, personId: number) => signInAs(app, context, personId);

describe('oversight journey', () => {
  it('a member opens an observation and an official answers it', async () => {
    const member = await openPage(browser, app.baseUrl, { locale: 'es-CL' });
    await signIn(member.context, memberId);
    await member.page.goto(BODY);
    await expectAccessible(member.page, 'body page (member)');
    await member.page.getByRole('link', { name: 'Abrir una observación' }).click();
    await expectAccessible(member.page, 'new observation form');
    await member.page.getByRole('button', { name: 'Abrir la observación' }).click();
    await expect(member.page.locator('.error-summary').textContent()).resolves.toContain('Título');
    await expectAccessible(member.page, 'new observation form with errors');
    await screenshot(member.page, 'participation-oversight-form-errors');
    await member.page.getByLabel('Número del compromiso').fill(String(commitmentId));
    await member.page.getByLabel('Título', { exact: true }).fill('¿Cuándo se instalan las luminarias?');
    await member.page.getByLabel('Observación', { exact: true }).fill('El compromiso vence este año y la plaza sigue a oscuras. Pedimos el calendario de obras.');
    await member.page.getByRole('button', { name: 'Abrir la observación' }).click();
    expect(await member.page.locator('h1').textContent()).toContain('¿Cuándo se instalan las luminarias?');
    await expect(member.page.locator('main').textContent()).resolves.toContain('Esperando respuesta');
    observationPath = new URL(member.page.url()).pathname;
    await expectAccessible(member.page, 'observation page (member)');
    await screenshot(member.page, 'participation-oversight-observation-open');

    const official = await openPage(browser, app.baseUrl, { locale: 'es-CL' });
    await signIn(official.context, (await signedIn(app, 'official', 'temuco', ['participation'])).personId);
    await official.page.goto(observationPath);
    await expectAccessible(official.page, 'observation page (official)');
    await official.page.getByLabel('Respuesta fundada').fill('Las luminarias se instalan en marzo; la licitación ya fue adjudicada.');
    await official.page.getByLabel('Enlace de respaldo (opcional)').fill('https://www.mercadopublico.cl/');
    await official.page.getByRole('button', { name: 'Publicar la respuesta' }).click();
    await expect(official.page.locator('.flash').textContent()).resolves.toContain('Respuesta publicada.');
    await expectAccessible(official.page, 'observation page (answered)');
    expect(official.problems).toEqual([]);
    await official.context.close();

    await member.page.reload();
    await expect(member.page.locator('main').textContent()).resolves.toContain('Las luminarias se instalan en marzo');
    await expect(member.page.locator('h1 + p .tag').first().textContent()).resolves.toBe('Respondida');
    await screenshot(member.page, 'participation-oversight-observation-answered');
    expect(member.problems).toEqual([]);
    await member.context.close();
  }, 120_000);

  for (const locale of ['es-CL', 'en'] as const) {
    it(`keeps the body's, the observation's and the form's pages accessible on a phone in ${locale}`, async () => {
      const { page, context, problems } = await openPage(browser, app.baseUrl, { viewport: PHONE });
      await signIn(context, memberId);
      for (const path of [BODY, observationPath, `${BODY}/observaciones/nueva`, `${BODY}/informes/nuevo`]) {
        await page.goto(`${path}?lang=${locale}`);
        for (const summary of await page.locator('summary').all()) await summary.click();
        await expectAccessible(page, `${path} (${locale}, phone)`);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      }
      await page.goto(`${BODY}?lang=${locale}`);
      await screenshot(page, `participation-oversight-body-${locale}-phone`);
      expect(problems).toEqual([]);
      await context.close();
    }, 60_000);
  }
});
