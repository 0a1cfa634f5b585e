// Accountability journey in Chromium through plain forms: a resident follows a commitment linked to a funded project,
// an official updates its progress with the form, the notifier's fan-out runs, and the resident finds the news on
// their notifications page. The list, the commitment page and the action plan's dashboard pass axe on a desktop and
// a phone, in Spanish and English, without horizontal scrolling at 390 px.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { signInAs, startApp, type RunningApp } from './support/app.js';
import { PHONE, launchBrowser, openPage, screenshot } from './support/browser.js';
import { expectAccessible } from './support/axe.js';
import { signedIn } from '../src/test-support/people.js';
import { createTestProcess } from '../src/modules/participation/processes/test-support.js';
import { fanOut } from '../src/modules/participation/notifications/fanout.js';
import { seedCommitmentsDemo } from '../src/modules/participation/commitments/seed.js';
import { fundedProjects } from '../src/modules/participation/commitments/test-support.js';

let app: RunningApp;
let browser: Browser;
let officialId = 0;
let commitmentIds: number[] = [];
beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchBrowser()]);
  const process = await createTestProcess(app, { components: ['budget'], title: 'Presupuesto participativo Temuco 2027' });
  officialId = (await signedIn(app, 'official', 'temuco', ['participation'])).personId;
  const projects = await fundedProjects(app, { institutionId: process.institutionId, processId: process.id, personId: officialId },
    [['Plaza activa en Pueblo Nuevo', 48_000_000], ['Luminarias LED en villa Amanecer', 35_500_000], ['Huertos comunitarios en Labranza', 12_000_000]]);
  ({ commitmentIds } = await app.database.db.transaction((tx) => seedCommitmentsDemo(tx, { institutionId: process.institutionId, officialId, processId: process.id,
    fundedProjects: projects })));
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const signIn = (context: BrowserContext, personId: number) => signInAs(app, context, personId);

describe('commitments journey', () => {
  it('a resident follows a commitment and hears of the official\'s update', async () => {
    const path = `/participacion/compromisos/${commitmentIds[2]}`;
    // The seed's own changes are told first (the notifier runs every 30 s), so the resident hears only of what follows.
    await app.database.db.transaction((tx) => fanOut(tx, new Date()));
    const resident = await openPage(browser, app.baseUrl);
    await signIn(resident.context, (await signedIn(app)).personId);
    await resident.page.goto(path);
    await resident.page.getByRole('button', { name: 'Seguir' }).click();
    await expect(resident.page.getByRole('button', { name: 'Dejar de seguir' }).count()).resolves.toBe(1);
    await expectAccessible(resident.page, 'commitment page (following)');

    const official = await openPage(browser, app.baseUrl);
    await signIn(official.context, officialId);
    await official.page.goto(path);
    await official.page.getByRole('link', { name: 'Editar y actualizar avance' }).click();
    await expectAccessible(official.page, 'edit form');
    await official.page.getByLabel('Avance (%)').fill('150');
    await official.page.getByRole('button', { name: 'Guardar cambios' }).click();
    await expect(official.page.locator('.error-summary').textContent()).resolves.toContain('Avance');
    await expectAccessible(official.page, 'edit form with errors');
    await official.page.getByLabel('Avance (%)').fill('20');
    await official.page.getByLabel('Estado').selectOption('in_progress');
    await official.page.getByLabel('Nota para el historial').fill('Terreno entregado por Bienes Nacionales.');
    await official.page.getByRole('button', { name: 'Guardar cambios' }).click();
    await expect(official.page.locator('main').textContent()).resolves.toContain('Terreno entregado por Bienes Nacionales.');
    await expectAccessible(official.page, 'commitment page (official)');
    await screenshot(official.page, 'participation-commitment-official');
    await official.page.setViewportSize(PHONE);
    for (const [name, path] of [['new', '/instituciones/temuco/participacion/compromisos/nuevo'], ['new-plan', '/instituciones/temuco/participacion/plan-de-accion/nuevo']]) {
      await official.page.goto(path!);
      await expectAccessible(official.page, path);
      await screenshot(official.page, `participation-commitments-${name}-390`);
    }
    await official.context.close();

    await app.database.db.transaction((tx) => fanOut(tx, new Date()));
    await resident.page.goto('/participacion/notificaciones');
    // One notification, leading to the commitment. Its sentence names the subject once notifications/queries.ts joins
    // participation_commitments for titles (a change asked of the notifications area).
    await expect(resident.page.locator(`main a[href^="${path}"]`).count()).resolves.toBe(1);
    await expectAccessible(resident.page, 'notifications');
    expect(resident.problems).toEqual([]);
    await resident.context.close();
  }, 120_000);

  for (const locale of ['es-CL', 'en'] as const) {
    for (const viewport of [PHONE, { width: 1280, height: 800 }]) {
      it(`keeps the list, a commitment and the dashboard accessible at ${viewport.width} px in ${locale}`, async () => {
        const { page, problems } = await openPage(browser, app.baseUrl, { viewport });
        for (const [name, path] of [['list', '/instituciones/temuco/participacion/compromisos'], ['commitment', `/participacion/compromisos/${commitmentIds[3]}`],
          ['overdue', `/participacion/compromisos/${commitmentIds[1]}`], ['dashboard', '/instituciones/temuco/participacion/plan-de-accion']] as const) {
          await page.goto(`${path}?lang=${locale}`);
          await expectAccessible(page, `${path} (${locale}, ${viewport.width})`);
          expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(viewport.width);
          await screenshot(page, `participation-commitments-${name}-${locale}-${viewport.width}`);
        }
        expect(problems).toEqual([]);
      }, 120_000);
    }
  }
});
