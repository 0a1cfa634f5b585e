// Proposal journey in Chromium through plain forms (no script is needed; axe needs JavaScript on to run): a resident writes a proposal with the form, a
// verified resident supports it and sees the count move, then withdraws; someone not verified is told how to verify.
// axe on every page; desktop and a phone, Spanish and English.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { signInAs, startApp, type RunningApp } from './support/app.js';
import { PHONE, launchBrowser, openPage, screenshot } from './support/browser.js';
import { expectAccessible } from './support/axe.js';
import { signedIn } from '../src/test-support/people.js';
import { createTestProcess, type TestProcess } from '../src/modules/participation/processes/test-support.js';
import { verifiedVoter } from '../src/modules/participation/votes/test-support.js';

let app: RunningApp;
let browser: Browser;
let process: TestProcess;
let proposalPath = '';
beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchBrowser()]);
  process = await createTestProcess(app, { components: ['proposals', 'debate'], title: 'Plan de espacios públicos 2027' });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const signIn = (context: BrowserContext, personId: number) => signInAs(app, context, personId);

describe('proposal journey', () => {
  it('a resident writes a proposal; a verified resident supports it and sees the count move', async () => {
    const author = await openPage(browser, app.baseUrl);
    await signIn(author.context, (await signedIn(app)).personId);
    await author.page.goto(`/participacion/procesos/${process.id}/propuestas`);
    await expectAccessible(author.page, 'proposal index (empty)');
    await author.page.getByRole('link', { name: 'Escribir una propuesta' }).click();
    await expectAccessible(author.page, 'new proposal form');
    await author.page.getByRole('button', { name: 'Publicar la propuesta' }).click();
    await expect(author.page.locator('.error-summary').textContent()).resolves.toContain('Título');
    await expectAccessible(author.page, 'new proposal form with errors');
    await author.page.getByLabel('Título', { exact: true }).fill('Luminarias LED en la plaza Recabarren');
    await author.page.getByLabel('Propuesta', { exact: true }).fill('Desde las siete de la tarde la plaza queda a oscuras en invierno; proponemos luminarias LED.');
    await author.page.getByLabel('Tema').selectOption('public_spaces');
    await author.page.getByRole('button', { name: 'Publicar la propuesta' }).click();
    expect(await author.page.locator('h1').textContent()).toBe('Luminarias LED en la plaza Recabarren');
    await expect(author.page.locator('.flash').textContent()).resolves.toContain('Propuesta publicada.');
    proposalPath = new URL(author.page.url()).pathname;
    await expectAccessible(author.page, 'proposal page (author)');
    await screenshot(author.page, 'participation-proposal-author');
    await author.context.close();

    const supporter = await openPage(browser, app.baseUrl);
    await signIn(supporter.context, (await verifiedVoter(app)).personId);
    await supporter.page.goto(proposalPath);
    await expect(supporter.page.locator('#supports-count').textContent()).resolves.toBe('0 apoyos');
    await supporter.page.getByRole('button', { name: 'Apoyar esta propuesta' }).click();
    await expect(supporter.page.locator('#supports-count').textContent()).resolves.toBe('1 apoyo');
    await expect(supporter.page.locator('main').textContent()).resolves.toContain('Usted apoya esta propuesta.');
    await expectAccessible(supporter.page, 'proposal page (supporter)');
    await screenshot(supporter.page, 'participation-proposal-supported');
    await supporter.page.getByRole('button', { name: 'Retirar mi apoyo' }).click();
    await expect(supporter.page.locator('#supports-count').textContent()).resolves.toBe('0 apoyos');
    await supporter.page.getByRole('button', { name: 'Apoyar esta propuesta' }).click();

    await supporter.page.goto(`/participacion/procesos/${process.id}/propuestas`);
    await expect(supporter.page.locator('.card').first().textContent()).resolves.toContain('1 apoyo');
    expect(supporter.problems).toEqual([]);
    await supporter.context.close();
  }, 120_000);

  for (const locale of ['es-CL', 'en'] as const) {
    it(`keeps the index and the proposal page accessible on a phone in ${locale}, with a way to verify for the unverified`, async () => {
      const { page, context, problems } = await openPage(browser, app.baseUrl, { viewport: PHONE });
      await signIn(context, (await signedIn(app)).personId);
      for (const path of [`/participacion/procesos/${process.id}/propuestas`, proposalPath, `/participacion/procesos/${process.id}/propuestas/nueva`]) {
        await page.goto(`${path}?lang=${locale}`);
        await expectAccessible(page, `${path} (${locale}, phone)`);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      }
      await page.goto(`${proposalPath}?lang=${locale}`);
      await expect(page.getByRole('link', { name: locale === 'en' ? 'Verify my identity' : 'Verificar mi identidad' }).count()).resolves.toBe(1);
      await screenshot(page, `participation-proposal-${locale}-phone`);
      expect(problems).toEqual([]);
      await context.close();
    }, 60_000);
  }
});
