// The reviews pages and reads: a service's reviews page (next due date or why none, overdue flag in words, past reviews
// newest first with the frozen indicators), the list of reviews due (overdue first, filter, exports), the API, the
// service page's section, and the batched overdue read the public registry uses.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { ACTORS } from '../../../test-support/people.js';
import { insertTestIncubator, insertTestService } from '../test-support.js';
import { servicesReviews } from './schema.js';
import { findOverdueServiceIds, findReviewSchedules } from './overdue.js';
import { insertTestReview, page, postForm } from './test-support.js';

let t: TestApp;
let incubator: { id: number; slug: string };
const slugs = { overdue: 'tramite-overdue', reviewed: 'tramite-revisado', operated: 'tramite-operado', fresh: 'tramite-nuevo' };
const ids: Record<string, number> = {};

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  incubator = await insertTestIncubator(db, { slug: 'lab-revisiones' });
  // Never reviewed, started 2026-01-05: due Monday 2026-07-06, overdue today (2026-11-22) and after.
  ids.overdue = (await insertTestService(db, { slug: slugs.overdue, incubatorId: incubator.id })).id;
  // Reviewed twice; the last on 2026-10-05 → next due 2027-04-05.
  ids.reviewed = (await insertTestService(db, { slug: slugs.reviewed, incubatorId: incubator.id, phases: [{ phase: 'investigacion', startedOn: '2025-09-01' }, { phase: 'construccion', startedOn: '2026-04-06' }] })).id;
  await insertTestReview(db, ids.reviewed, { heldOn: '2026-03-10', dueOn: '2026-03-02', decision: 'continue' });
  await db.insert(servicesReviews).values({
    serviceId: ids.reviewed, dueOn: '2026-09-10', heldOn: '2026-10-05', phase: 'construccion', decision: 'pivot', evidence: 'Solo 3 de 40 vecinas terminaron el trámite en línea.',
    reasons: 'El formulario no es el problema: falta la notificación.', nationalImpact: false,
    indicators: [{ code: 'en-linea', name: 'Trámites en línea', unit: 'count', direction: 'up', month: '2026-09', value: 1234.5, target: 2000 }],
  });
  ids.operated = (await insertTestService(db, { slug: slugs.operated, incubatorId: incubator.id, phases: [{ phase: 'construccion', startedOn: '2024-03-04' },
    { phase: 'aceleracion', startedOn: '2024-09-02' }, { phase: 'consolidacion', startedOn: '2025-03-03' }, { phase: 'operado', startedOn: '2025-12-01' }] })).id;
  ids.fresh = (await insertTestService(db, { slug: slugs.fresh, incubatorId: incubator.id, phases: [{ phase: 'investigacion', startedOn: '2026-10-01' }] })).id;
}, 60_000);
afterAll(async () => { await t.close(); });

describe("a service's reviews page", () => {
  it('flags an overdue review in words and with an icon, with the date it was due', async () => {
    const res = await page(t, `/servicios/${slugs.overdue}/revisiones`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Revisión atrasada: venció el 6 de julio de 2026');
    expect(res.body).toContain('⚠');
    // 5 July 2026 was a Sunday: the provenance says so.
    expect(res.body).toContain('El 5 de julio de 2026 no es día hábil');
    expect(res.body).toContain('Aún no hay revisiones registradas.');
  });

  it('shows the next due date and the past reviews newest first, due vs held, with the frozen indicator table', async () => {
    const { body } = await page(t, `/servicios/${slugs.reviewed}/revisiones`);
    expect(body).toContain('La próxima revisión vence el 5 de abril de 2027.');
    expect(body).not.toContain('atrasada');
    expect(body.indexOf('5 de octubre de 2026: Pivotar')).toBeLessThan(body.indexOf('10 de marzo de 2026: Continuar'));
    expect(body).toContain('25 días después del vencimiento');
    expect(body).toContain('falta la notificación');
    expect(body).toContain('1.234,5');
    expect(body).toContain('✗ Aún no alcanzada');
    expect(body).toContain('<caption>Indicadores como los vio el comité (datos hasta octubre de 2026)</caption>');
  });

  it('says why no review is due after the incubation, and speaks English', async () => {
    expect((await page(t, `/servicios/${slugs.operated}/revisiones`)).body).toContain('No corresponden revisiones: el servicio está en fase «Operado»');
    expect((await page(t, `/servicios/${slugs.overdue}/revisiones?lang=en`)).body).toContain('Review overdue: it was due on July 6, 2026');
    expect((await page(t, '/servicios/no-existe/revisiones')).statusCode).toBe(404);
  });

  it('the committee form shows the live evidence above the form; a recorded review appears on the page with a flash', async () => {
    const committee = await ACTORS.servicesOfficial(t);
    const form = await page(t, `/servicios/${slugs.fresh}/revisiones/nueva`, committee);
    expect(form.body.indexOf('La evidencia hoy')).toBeLessThan(form.body.indexOf('name="heldOn"'));
    expect(form.body).toContain('El impacto nacional solo puede declararse');
    expect(form.body).not.toContain('name="backToInvestigation"');
    const res = await postForm(t, committee, `/servicios/${slugs.fresh}/revisiones/nueva`,
      [['heldOn', '2026-11-20'], ['decision', 'continue'], ['evidence', 'Mapa de 15 trámites de permisos'], ['reasons', 'Buen comienzo']]);
    expect(res.statusCode).toBe(303);
    const after = await page(t, `/servicios/${slugs.fresh}/revisiones`, { ...committee, cookies: { ...committee!.cookies, ...Object.fromEntries(res.cookies.map((c) => [c.name, c.value])) } });
    expect(after.body).toContain('Revisión registrada.');
    expect(after.body).toContain('Mapa de 15 trámites de permisos');
    expect(after.body).toContain('La próxima revisión vence el 20 de mayo de 2027.');
    // An operated service has nothing to review: the form sends the committee back to the reviews page.
    expect((await page(t, `/servicios/${slugs.operated}/revisiones/nueva`, committee)).headers.location).toBe(`/servicios/${slugs.operated}/revisiones`);
  });
});

describe('the reviews due across services', () => {
  it('lists the services in incubation, soonest first, the overdue ones first and flagged; filters by incubator', async () => {
    const res = await page(t, '/servicios/revisiones?incubadora=lab-revisiones');
    expect(res.statusCode).toBe(200);
    const order = [slugs.overdue, slugs.reviewed, slugs.fresh].map((s) => res.body.indexOf(`/servicios/${s}/revisiones`));
    expect(order.every((i) => i > 0)).toBe(true);
    expect(order[0]).toBeLessThan(order[1]!);
    expect(res.body).not.toContain(`/servicios/${slugs.operated}/revisiones`);
    expect(res.body).toMatch(/⚠ <\/span>Atrasada \d+ días/);
    expect((await page(t, '/servicios/revisiones?incubadora=no-existe')).statusCode).toBe(404);
  });

  it('exports CSV and JSON, and answers the API with the same order', async () => {
    const csv = await page(t, '/servicios/revisiones?incubadora=lab-revisiones&format=csv');
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.split('\r\n')[0]).toBe('\uFEFFservice.slug,service.title,incubator.slug,incubator.name,phase,dueOn,overdue,daysOverdue');
    expect(csv.body).toContain(`${slugs.overdue},`);
    const api = (await page(t, '/api/v1/services/reviews/due?incubator=lab-revisiones&limit=1')).json();
    expect(api).toMatchObject({ total: 3, items: [{ service: { slug: slugs.overdue }, dueOn: '2026-07-06', overdue: true }] });
    const next = (await page(t, `/api/v1/services/reviews/due?incubator=lab-revisiones&limit=1&cursor=${api.next}`)).json();
    expect(next.items[0].service.slug).not.toBe(slugs.overdue);
  });

  it('the API of one service: schedule with its provenance, reviews newest first, no recorder', async () => {
    const body = (await page(t, `/api/v1/services/${slugs.reviewed}/reviews`)).json();
    expect(body.next).toMatchObject({ due: true, dueOn: '2027-04-05', from: 'review', fromDate: '2026-10-05', skipped: [] });
    expect(body.reviews.map((r: { heldOn: string }) => r.heldOn)).toEqual(['2026-10-05', '2026-03-10']);
    expect(JSON.stringify(body)).not.toContain('recordedBy');
  });
});

describe('the batched read for lists', () => {
  it('findOverdueServiceIds: overdue as of a given day, never for services past incubation', async () => {
    const all = Object.values(ids);
    expect(await findOverdueServiceIds(t.database.db, all, '2026-07-06')).toEqual(new Set());
    expect(await findOverdueServiceIds(t.database.db, all, '2026-07-07')).toEqual(new Set([ids.overdue]));
    expect((await findReviewSchedules(t.database.db, [...all, 999_999])).size).toBe(4);
    expect(await findOverdueServiceIds(t.database.db, [])).toEqual(new Set());
  });
});
