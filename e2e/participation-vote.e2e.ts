// Binding vote journey in Chromium, on pages that ship no JavaScript: a verified person votes on the vote page,
// keeps the receipt shown once, the vote closes, they check the receipt (counted), read the results and download the
// bulletin, whose recount matches the table. axe on every page; desktop and phone; Spanish and English.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startApp, type RunningApp } from './support/app.js';
import { PHONE, launchBrowser, openPage, screenshot } from './support/browser.js';
import { expectAccessible } from './support/axe.js';
import { browserFor, signedIn } from '../src/test-support/people.js';
import { createTestProcess } from '../src/modules/participation/processes/test-support.js';
import { closeVote, openVote, participationOfficialToken, verifiedVoter, type VoteJsonLike } from '../src/modules/participation/votes/test-support.js';

let app: RunningApp;
let browser: Browser;
let vote: VoteJsonLike & { processId: number };
beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchBrowser()]);
  const process = await createTestProcess(app, { components: ['vote'] });
  vote = { processId: process.id, ...await openVote(app, await participationOfficialToken(app), {
    process: process.id, title: '¿Qué plaza se renueva primero?', options: ['Plaza Teodoro Schmidt', 'Plaza Dreves', 'Plaza Recabarren'],
    description: 'Votación vinculante del plan de plazas 2027.', minTurnoutPercent: 25, eligibleCount: 4,
  }) };
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('binding vote journey', () => {
  it('votes, keeps the receipt, checks it after the close, reads the results and recounts the bulletin', async () => {
    const voter = await browserFor(app, (await verifiedVoter(app)).personId);
    const { page, context, problems } = await openPage(browser, app.baseUrl);
    page.setDefaultTimeout(15_000);
    await context.addCookies(Object.entries(voter.cookies).map(([name, value]) => ({ name, value, url: app.baseUrl })));

    await page.goto(`/participacion/votaciones/${vote.id}`);
    await expectAccessible(page, 'vote page');
    // No script is needed to vote: the pages ship none, the form posts and the answer is the next page.
    expect(await page.locator('script').count()).toBe(0);
    await screenshot(page, 'participation-vote');
    await page.getByLabel('Plaza Dreves').check();
    await page.getByRole('button', { name: 'Votar' }).click();
    expect(await page.locator('h1').textContent()).toBe('Su voto fue recibido');
    const receipt = (await page.locator('#receipt').textContent())!.replaceAll(' ', '');
    expect(receipt).toMatch(/^[0-9a-f]{40}$/);
    await expectAccessible(page, 'receipt');
    await screenshot(page, 'participation-vote-receipt');

    // Back on the vote page: already voted, no second ballot form.
    await page.goto(`/participacion/votaciones/${vote.id}`);
    await expect(page.locator('main').textContent()).resolves.toContain('Usted ya votó en esta votación.');
    expect(await page.locator('input[type=radio]').count()).toBe(0);

    await closeVote(app, vote.id);
    await page.goto(`/participacion/votaciones/${vote.id}/comprobante`);
    await expectAccessible(page, 'receipt check');
    await page.getByLabel('Comprobante').fill(receipt.match(/.{4}/g)!.join(' '));
    await page.getByRole('button', { name: 'Comprobar' }).click();
    await expect(page.getByRole('status').textContent()).resolves.toBe('Su voto fue contado: está en el boletín.');
    await screenshot(page, 'participation-vote-check');

    await page.goto(`/participacion/votaciones/${vote.id}/resultados`);
    await expectAccessible(page, 'results');
    await screenshot(page, 'participation-vote-results');
    const row = page.getByRole('table').getByRole('row', { name: /Plaza Dreves/ });
    await expect(row.locator('td').first().textContent()).resolves.toBe('1');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Boletín (CSV)' }).click()]);
    const lines = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('receiptHash,choices');
    expect(lines.slice(1).map((l) => l.split(',')[1])).toEqual([String(vote.options[1]!.id)]);
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);

  it('gives officials an accessible new-vote form and assisted voting form', async () => {
    const official = await signedIn(app, 'official', 'temuco', ['participation']);
    const { page, context, problems } = await openPage(browser, app.baseUrl);
    await context.addCookies(Object.entries(official.cookies).map(([name, value]) => ({ name, value, url: app.baseUrl })));
    await page.goto(`/participacion/votaciones/nueva?proceso=${vote.processId}`);
    await expectAccessible(page, 'new vote form');
    await screenshot(page, 'participation-vote-new');
    await page.getByRole('button', { name: 'Crear votación' }).click();
    await expect(page.locator('.error-summary').count()).resolves.toBe(1);
    await expectAccessible(page, 'new vote form with errors');
    await page.goto(`/participacion/votaciones/${vote.id}/voto-asistido`);
    await expectAccessible(page, 'assisted voting');
    await screenshot(page, 'participation-vote-assisted');
    expect(problems).toEqual([]);
    await context.close();
  });

  for (const locale of ['es-CL', 'en'] as const) {
    it(`keeps the vote and results pages accessible on a phone in ${locale}`, async () => {
      const { page, context, problems } = await openPage(browser, app.baseUrl, { viewport: PHONE });
      for (const path of [`/participacion/votaciones/${vote.id}`, `/participacion/votaciones/${vote.id}/resultados`, `/participacion/votaciones/${vote.id}/comprobante`]) {
        await page.goto(`${path}?lang=${locale}`);
        await expectAccessible(page, `${path} (${locale}, phone)`);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      }
      await screenshot(page, `participation-vote-results-${locale}-phone`);
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});
