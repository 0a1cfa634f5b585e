// Needs journey in Chromium through plain forms: an anonymous visitor reads a service's empty backlog and is offered
// to sign in; a resident signs in, is shown the form's errors, adds a need and finds it in the backlog with a link to
// its participation page, where people support it; the service's lead answers it and the answer shows in the list.
// axe on every page; desktop and a phone, Spanish and English.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { signInAs, startApp, type RunningApp } from './support/app.js';
import { PHONE, launchBrowser, openPage, screenshot } from './support/browser.js';
import { expectAccessible } from './support/axe.js';
import { signedIn } from '../src/test-support/people.js';
import { serviceWithLead, writeGrades, type ServiceWithLead } from '../src/modules/services/engagement/test-support.js';
import { createSurvey } from '../src/modules/services/engagement/commands/create-survey.js';

let app: RunningApp;
let browser: Browser;
let s: ServiceWithLead;
beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchBrowser()]);
  s = await serviceWithLead(app, { slug: 'permisos-en-linea' });
  // A closed survey with public results, so axe checks the grade chart too.
  const survey = await app.database.db.transaction((tx) => createSurvey(tx, s.service,
    { title: 'Satisfacción de octubre', opensOn: '2026-10-01', closesOn: '2026-10-31', respondents: 'signed_in' }, { personId: s.lead.personId, name: 'Líder' }));
  await writeGrades(app, { ...survey, institutionId: s.service.incubator.institutionId }, [7, 7, 6, 5, 4, 2]);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const NEEDS = '/servicios/permisos-en-linea/necesidades';
const TITLE = 'No sé en qué estado va mi permiso';
// Written as a resident would, with nothing participation's spam rule holds (no links, capitals or advertising).
const BODY = 'Ingresé la solicitud de permiso de edificación hace tres semanas y no tengo cómo saber si alguien la revisó ni qué documento falta.';

describe('needs journey', () => {
  it('a resident adds a need and finds it in the backlog; the lead answers it', async () => {
    const visitor = await openPage(browser, app.baseUrl);
    await visitor.page.goto(NEEDS);
    await expect(visitor.page.locator('.empty-state').textContent()).resolves.toContain('Todavía no hay necesidades');
    await expect(visitor.page.getByRole('link', { name: 'Ingrese para agregar una necesidad' }).count()).resolves.toBe(1);
    await expectAccessible(visitor.page, 'needs backlog (anonymous, empty)');
    await visitor.context.close();

    const resident = await openPage(browser, app.baseUrl);
    await signInAs(app, resident.context, (await signedIn(app)).personId);
    await resident.page.goto(NEEDS);
    await resident.page.getByRole('button', { name: 'Publicar la necesidad' }).click();
    await expect(resident.page.locator('.error-summary').textContent()).resolves.toContain('Título');
    await expectAccessible(resident.page, 'needs form with errors');
    await resident.page.getByLabel('Título').fill(TITLE);
    await resident.page.getByLabel('Descripción').fill(BODY);
    await resident.page.getByRole('button', { name: 'Publicar la necesidad' }).click();
    await expect(resident.page.locator('.flash').textContent()).resolves.toContain('Su necesidad quedó publicada');
    const need = resident.page.locator('.svc-need').first();
    await expect(need.textContent()).resolves.toContain(TITLE);
    await expect(need.textContent()).resolves.toContain('Apoyos: 0');
    await expectAccessible(resident.page, 'needs backlog with the new need');
    await screenshot(resident.page, 'services-needs-added');
    await need.getByRole('link', { name: TITLE }).click();
    expect(await resident.page.locator('h1').textContent()).toBe(TITLE);
    await expect(resident.page.getByRole('button', { name: 'Apoyar esta propuesta' }).count()).resolves.toBe(1);
    expect(resident.problems).toEqual([]);
    await resident.context.close();

    const lead = await openPage(browser, app.baseUrl);
    await signInAs(app, lead.context, s.lead.personId);
    await lead.page.goto(NEEDS);
    await lead.page.getByText('Responder esta necesidad').click();
    await lead.page.getByLabel('Respuesta', { exact: true }).selectOption('accepted');
    await lead.page.getByLabel('Fundamentos').fill('Lo incluimos en el próximo ciclo: el estado del permiso se verá en línea.');
    await expectAccessible(lead.page, 'needs backlog with the answer form open');
    await lead.page.getByRole('button', { name: 'Publicar la respuesta' }).click();
    await expect(lead.page.locator('.svc-need').first().textContent()).resolves.toContain('En la lista de trabajo');
    await lead.context.close();
  }, 120_000);

  for (const locale of ['es-CL', 'en'] as const) {
    it(`keeps the backlog and the satisfaction page accessible on a phone in ${locale}`, async () => {
      const phone = await openPage(browser, app.baseUrl, { viewport: PHONE, locale });
      const lang = locale === 'en' ? '?lang=en' : '';
      await phone.page.goto(`${NEEDS}${lang}`);
      await expectAccessible(phone.page, `needs backlog on a phone (${locale})`);
      await phone.page.goto(`/servicios/permisos-en-linea/satisfaccion${lang}`);
      await expect(phone.page.locator('.svc-grade').textContent()).resolves.toBe(locale === 'en' ? '5.2' : '5,2');
      await expectAccessible(phone.page, `satisfaction page with results on a phone (${locale})`);
      await screenshot(phone.page, `services-satisfaction-phone-${locale}`);
      const width = await phone.page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(PHONE.width);
      await phone.context.close();
    }, 60_000);
  }
});
