// Recording a milestone review: who may (per role, API and form), what is refused with nothing written, what the
// decision does to the phases (stop ends the service, a pivot may go back to investigación), the national-impact rule,
// and the evidence frozen with the review.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { ACTORS, signedIn, type ActorKind, type Browser } from '../../../test-support/people.js';
import { fromDayNumber, toDayNumber } from '../../../core/calendar/calendar-date.js';
import { queryRows } from '../../../core/db/client.js';
import { insertTestIncubator, insertTestService, type TestServiceOptions } from '../test-support.js';
import { servicesPhases } from '../registry/schema.js';
import { todayInChile } from '../registry/commands/checks.js';
import { servicesReviews } from './schema.js';
import { insertTestIndicator, insertTestReview, page, postForm, postJson, reviewPayload } from './test-support.js';

let t: TestApp;
let committee: Browser;
beforeAll(async () => {
  t = await createTestApp();
  committee = (await ACTORS.servicesOfficial(t))!;
}, 60_000);
afterAll(async () => { await t.close(); });

const db = () => t.database.db;
const url = (slug: string) => `/api/v1/services/${slug}/reviews`;
const count = async (table: typeof servicesReviews | typeof servicesPhases) => (await db().select({ n: sql<number>`count(*)::int` }).from(table))[0]!.n;
// Rows of this module only: the bearer token each request makes is audited too.
const auditCount = async () => (await queryRows<{ n: number }>(db(), sql`select count(*)::int as n from audit_log where action like 'services.%'`))[0]!;
const phasesOf = async (serviceId: number) => (await db().select().from(servicesPhases).where(eq(servicesPhases.serviceId, serviceId)).orderBy(servicesPhases.startedOn))
  .map((p) => [p.phase, p.startedOn]);
const service = (opts: TestServiceOptions = {}) => insertTestService(db(), opts);

describe('who may record a review', () => {
  it("the incubator's host (its 'services' officials and admins): not the lead, the sponsors' or anyone else", async () => {
    const lead = await signedIn(t, 'official', 'valdivia', []);
    const s = await service({ leadPersonId: lead.personId, sponsors: ['temuco', 'valdivia'] });
    const table: Array<[ActorKind | 'lead', number]> = [
      ['anonymous', 401], ['resident', 403], ['lead', 403], ['otherOfficial', 403], ['incubatorTeam', 403], ['participationOfficial', 403],
      ['otherAdmin', 403], ['servicesOfficial', 201], ['admin', 201], ['platformAdmin', 201],
    ];
    let day = toDayNumber('2026-07-06');
    for (const [kind, status] of table) {
      const who = kind === 'lead' ? lead : await ACTORS[kind](t);
      const res = await postJson(t, url(s.slug), who, reviewPayload({ heldOn: fromDayNumber(day) }));
      expect(res.statusCode, kind).toBe(status);
      if (status === 201) day += 1;
    }
    expect((await db().select().from(servicesReviews).where(eq(servicesReviews.serviceId, s.id))).length).toBe(3);
  });

  it("in a regional programme hosted by La Araucanía's government: its team, not Temuco's officials even as sponsor", async () => {
    const programme = await insertTestIncubator(db(), { institution: 'gore-la-araucania', kind: 'regional_programme', regionCode: '09' });
    const s = await service({ incubatorId: programme.id, sponsors: ['temuco'] });
    expect((await postJson(t, url(s.slug), committee, reviewPayload())).statusCode).toBe(403);
    expect((await postJson(t, url(s.slug), await ACTORS.incubatorTeam(t), reviewPayload())).statusCode).toBe(201);
  });

  it('the form: shown and accepted only for the committee', async () => {
    const lead = await signedIn(t, 'official', 'valdivia', []);
    const s = await service({ leadPersonId: lead.personId });
    const form = `/servicios/${s.slug}/revisiones/nueva`;
    for (const [who, status] of [[null, 401], [await ACTORS.resident(t), 403], [lead, 403], [await ACTORS.incubatorTeam(t), 403], [committee, 200]] as const) {
      expect((await page(t, form, who)).statusCode).toBe(status);
      const shown = (await page(t, `/servicios/${s.slug}/revisiones`, who)).body.includes(`href="${form}"`);
      expect(shown).toBe(status === 200);
    }
    const fields: Array<[string, string]> = [['heldOn', '2026-07-08'], ['decision', 'continue'], ['evidence', 'Pruebas con 8 vecinas'], ['reasons', 'Sigue el plan']];
    expect((await postForm(t, lead, form, fields)).statusCode).toBe(403);
    const ok = await postForm(t, committee, form, fields);
    expect(ok.statusCode).toBe(303);
    expect(ok.headers.location).toBe(`/servicios/${s.slug}/revisiones`);
  });
});

describe('what is refused, with nothing written', () => {
  const tomorrow = fromDayNumber(toDayNumber(todayInChile()) + 1);
  const cases: Array<[string, TestServiceOptions, Record<string, unknown>, string, boolean?]> = [
    ['a date in the future', {}, { heldOn: tomorrow }, 'posterior a hoy'],
    ['a date that does not exist', {}, { heldOn: '2026-02-30' }, 'no existe'],
    ['a date before the current phase began', {}, { heldOn: '2025-12-30' }, 'anterior al inicio'],
    ['a date not after the last review', {}, { heldOn: '2026-03-01' }, 'posterior a la última', true],
    ['evidence of blanks', {}, { evidence: '   ' }, 'tres caracteres'],
    ['reasons of blanks', {}, { reasons: '' }, 'tres caracteres'],
    ['national impact for a local service', { reach: 'comunal', phases: [{ phase: 'construccion', startedOn: '2025-10-01' }, { phase: 'aceleracion', startedOn: '2026-03-02' }] },
      { nationalImpact: true }, 'alcance nacional'],
    ['national impact for a national service still in construction', { reach: 'national', phases: [{ phase: 'construccion', startedOn: '2026-01-05' }] },
      { nationalImpact: true }, 'alcance nacional'],
    ['going back to investigation without a pivot', { phases: [{ phase: 'construccion', startedOn: '2026-01-05' }] }, { backToInvestigation: true }, 'pivotar'],
    ['going back to investigation from investigation', {}, { decision: 'pivot', backToInvestigation: true }, 'pivotar'],
    ['a stop dated the day the phase began', {}, { decision: 'stop', heldOn: '2026-01-05' }, 'mismo día'],
    ['a service past incubation', { phases: [{ phase: 'construccion', startedOn: '2025-01-06' }, { phase: 'aceleracion', startedOn: '2025-05-05' },
      { phase: 'consolidacion', startedOn: '2025-09-01' }, { phase: 'operado', startedOn: '2026-02-02' }] }, {}, 'en incubación'],
    ['an abandoned service', { phases: [{ phase: 'investigacion', startedOn: '2026-01-05' }, { phase: 'abandonado', startedOn: '2026-03-02' }] }, {}, 'en incubación'],
  ];
  it.each(cases)('refuses %s (422)', async (_, opts, extra, message, withReview) => {
    const s = await service(opts);
    if (withReview) await insertTestReview(db(), s.id, { heldOn: '2026-03-02' });
    const before = [await count(servicesReviews), await count(servicesPhases), (await auditCount()).n];
    const res = await postJson(t, url(s.slug), committee, reviewPayload(extra));
    expect(res.statusCode).toBe(422);
    expect(res.json().message).toContain(message);
    expect([await count(servicesReviews), await count(servicesPhases), (await auditCount()).n]).toEqual(before);
  });

  it('refuses an unknown decision or field by schema (400), an unknown service (404); the form keeps the values (422)', async () => {
    const s = await service();
    expect((await postJson(t, url(s.slug), committee, reviewPayload({ decision: 'maybe' }))).statusCode).toBe(400);
    expect((await postJson(t, url(s.slug), committee, reviewPayload({ recordedBy: 1 }))).statusCode).toBe(400);
    expect((await postJson(t, url('no-existe'), committee, reviewPayload())).statusCode).toBe(404);
    const res = await postForm(t, committee, `/servicios/${s.slug}/revisiones/nueva`,
      [['heldOn', tomorrow], ['decision', 'pivot'], ['evidence', 'Entrevistas en el CESFAM'], ['reasons', 'Cambiar de foco']]);
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('error-summary');
    expect(res.body).toContain('Entrevistas en el CESFAM');
    expect(res.body).toMatch(/value="pivot"[^>]*checked/);
    expect(await count(servicesReviews)).toBe((await db().select().from(servicesReviews)).length);
  });
});

describe('what the decision does', () => {
  it("'stop' in investigation ends it without follow-up, dated the review's day, in the same transaction", async () => {
    const s = await service();
    const res = await postJson(t, url(s.slug), committee, reviewPayload({ decision: 'stop', heldOn: '2026-07-06' }));
    expect(res.statusCode).toBe(201);
    expect(res.json().phase).toBe('investigacion_sin_continuacion');
    expect(await phasesOf(s.id)).toEqual([['investigacion', '2026-01-05'], ['investigacion_sin_continuacion', '2026-07-06']]);
    const actions = await queryRows(db(), sql`select action from audit_log where resource_type = 'service' and resource_id = ${String(s.id)} order by seq`);
    expect(actions).toEqual([{ action: 'services.review.record' }, { action: 'services.phase.record' }]);
    const after = (await t.app.inject({ url: url(s.slug) })).json();
    expect(after.next).toMatchObject({ due: false, reason: 'not_incubating', overdue: false });
    expect((await postJson(t, url(s.slug), committee, reviewPayload({ heldOn: '2026-08-03' }))).statusCode).toBe(422);
  });

  it("'stop' after investigation abandons the service", async () => {
    const s = await service({ phases: [{ phase: 'investigacion', startedOn: '2025-06-02' }, { phase: 'construccion', startedOn: '2026-01-05' }] });
    expect((await postJson(t, url(s.slug), committee, reviewPayload({ decision: 'stop' }))).json().phase).toBe('abandonado');
    expect((await phasesOf(s.id)).at(-1)).toEqual(['abandonado', '2026-07-06']);
  });

  it('a pivot goes back to investigation only when asked', async () => {
    const s = await service({ phases: [{ phase: 'construccion', startedOn: '2026-01-05' }] });
    const kept = await postJson(t, url(s.slug), committee, reviewPayload({ decision: 'pivot', heldOn: '2026-07-06' }));
    expect(kept.json()).toMatchObject({ phase: null, review: { decision: 'pivot', phase: 'construccion' } });
    const back = await postJson(t, url(s.slug), committee, reviewPayload({ decision: 'pivot', heldOn: '2026-10-05', backToInvestigation: true }));
    expect(back.json().phase).toBe('investigacion');
    expect(await phasesOf(s.id)).toEqual([['construccion', '2026-01-05'], ['investigacion', '2026-10-05']]);
  });

  it('national impact: a national service in acceleration may declare it', async () => {
    const s = await service({ reach: 'national', phases: [{ phase: 'construccion', startedOn: '2025-08-04' }, { phase: 'aceleracion', startedOn: '2026-02-02' }] });
    const res = await postJson(t, url(s.slug), committee, reviewPayload({ nationalImpact: true }));
    expect(res.statusCode).toBe(201);
    expect(res.json().review).toMatchObject({ nationalImpact: true, phase: 'aceleracion' });
  });
});

describe('the evidence and the schedule', () => {
  it("freezes the indicators as of the review's month and stores the due date of the schedule at the time", async () => {
    const s = await service();
    await insertTestIndicator(db(), s.id, { code: 'tramites', values: [['2026-05', 40], ['2026-06', 55], ['2026-08', 90]], targets: [['2026-06', 50], ['2026-12', 120]] });
    await insertTestIndicator(db(), s.id, { code: 'dias', direction: 'down', values: [], targets: [] });
    const res = await postJson(t, url(s.slug), committee, reviewPayload({ heldOn: '2026-07-20' }));
    // 2026-01-05 + 6 months is Sunday 5 July 2026: due Monday the 6th.
    expect(res.json().review).toMatchObject({ dueOn: '2026-07-06', heldOn: '2026-07-20' });
    expect(res.json().review.indicators).toEqual([
      { code: 'tramites', name: 'Indicador tramites', unit: 'count', direction: 'up', month: '2026-06', value: 55, target: 50 },
      { code: 'dias', name: 'Indicador dias', unit: 'count', direction: 'down', month: null, value: null, target: null },
    ]);
    const next = (await t.app.inject({ url: url(s.slug) })).json().next;
    expect(next).toMatchObject({ due: true, from: 'review', fromDate: '2026-07-20', nominalOn: '2027-01-20', dueOn: '2027-01-20', overdue: false });
  });
});
