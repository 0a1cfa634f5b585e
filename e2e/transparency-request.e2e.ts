// Information-request journey in Chromium through plain forms: a resident files a request without an account and
// follows it through the private link; an official extends the deadline, publishes a redacted document and answers
// with a partial delivery after the redaction preview; the requester sees the answer, the document and the appeal
// window. Every page passes axe, on a desktop and on a phone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { signInAs, startApp, type RunningApp } from './support/app.js';
import { PHONE, launchBrowser, openPage, screenshot } from './support/browser.js';
import { expectAccessible } from './support/axe.js';
import { signedIn } from '../src/test-support/people.js';

let app: RunningApp;
let browser: Browser;
beforeAll(async () => { [app, browser] = await Promise.all([startApp(), launchBrowser()]); }, 120_000);
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const BASE = '/instituciones/temuco/transparencia';

describe('information request journey', () => {
  it('files without an account, is extended and answered with a redacted document, and shows the appeal window', async () => {
    const requester = await openPage(browser, app.baseUrl);
    const { page } = requester;
    await page.goto(BASE);
    await expectAccessible(page, 'institution landing');
    await page.getByRole('link', { name: 'Solicitar información' }).first().click();
    await expectAccessible(page, 'filing form');
    await page.getByRole('button', { name: 'Enviar solicitud' }).click();
    await expect(page.locator('.error-summary').count()).resolves.toBe(1);
    await expectAccessible(page, 'filing form with errors');
    await page.getByLabel('Asunto').fill('Contratos de recolección de basura 2025');
    await page.getByLabel('Información solicitada').fill('Copia de los contratos vigentes de recolección de residuos y la nómina de sus supervisores.');
    await page.getByLabel('Nombre completo').fill('Ana Pérez Soto');
    await page.getByRole('textbox', { name: 'Correo electrónico' }).fill('ana.perez@example.cl');
    await page.getByRole('button', { name: 'Enviar solicitud' }).click();
    await expect(page.locator('h1').textContent()).resolves.toContain('Solicitud enviada');
    await expectAccessible(page, 'confirmation');
    await screenshot(page, 'transparency-request-confirmation');
    const privateLink = await page.locator('#private-link').inputValue();
    const folio = /\d{4}-\d{6}/.exec((await page.locator('h1').textContent())!)![0];
    await page.goto(privateLink);
    await expectAccessible(page, 'private page');

    const official = await openPage(browser, app.baseUrl);
    await signInAs(app, official.context, (await signedIn(app, 'official', 'temuco', ['transparency'])).personId);
    const o = official.page;
    await o.goto(`${BASE}/bandeja`);
    await expectAccessible(o, 'inbox');
    await o.locator(`a[href$="/${folio}/gestion"]`).click();
    await expectAccessible(o, 'workspace');
    await o.getByLabel('Razones (se publican)').first().fill('Los contratos están en el archivo central y deben digitalizarse.');
    await o.getByRole('button', { name: 'Prorrogar' }).click();
    await expect(o.locator('.flash').textContent()).resolves.toContain('Listo');
    await expect(o.locator('main').textContent()).resolves.toContain('Plazo prorrogado');

    await o.getByLabel('Título del documento').fill('Nómina de supervisores');
    await o.locator('#f-file').setInputFiles({ name: 'supervisores.csv', mimeType: 'text/csv',
      buffer: Buffer.from('nombre,run,turno\nJuan Soto,12.345.678-5,mañana\nMaría Díaz,9.876.543-3,tarde\n') });
    await o.getByRole('button', { name: 'Subir y revisar' }).click();
    await expectAccessible(o, 'document preview');
    await o.getByRole('button', { name: 'Publicar la versión tarjada' }).click();

    await o.goto(`${BASE}/solicitudes/${folio}/gestion`);
    await o.getByLabel('Entregada en parte').check();
    await o.getByLabel('Causal del artículo 21').selectOption('21.2');
    await o.getByLabel('Texto de la respuesta').fill('Estimada Ana Pérez Soto: se entregan los contratos; se tarjan los RUN de los supervisores, como el 12.345.678-5.');
    await o.getByRole('button', { name: 'Vista previa' }).click();
    await expect(o.locator('mark').count()).resolves.toBeGreaterThan(0);
    await expectAccessible(o, 'answer preview');
    await screenshot(o, 'transparency-request-answer-preview');
    await expect(o.getByLabel('Texto de la respuesta').inputValue()).resolves.not.toContain('12.345.678-5');
    await o.getByRole('button', { name: 'Responder', exact: true }).click();
    await expect(o.locator('.flash').textContent()).resolves.toContain('Listo');
    await official.context.close();

    await page.goto(privateLink);
    const main = (await page.locator('main').textContent())!;
    expect(main).toContain('Entregada en parte');
    expect(main).toContain('Nómina de supervisores');
    expect(main).toContain('Puede reclamar ante el Consejo para la Transparencia hasta el');
    expect(main).not.toContain('12.345.678-5');
    await expectAccessible(page, 'private page answered');
    await screenshot(page, 'transparency-request-private-answered');
    await page.setViewportSize(PHONE);
    for (const path of [`${BASE}/solicitudes/${folio}`, `${BASE}/solicitudes`, `${BASE}/solicitudes/nueva`, '/transparencia?q=temuco']) {
      await page.goto(path);
      await expectAccessible(page, `${path} (phone)`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    }
    await screenshot(page, 'transparency-request-public-390');
    expect(requester.problems).toEqual([]);
    await requester.context.close();
  }, 180_000);
});
