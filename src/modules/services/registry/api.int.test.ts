// The registry's API per role and its refusals: POST /api/v1/services, PATCH /api/v1/services/{slug}, POST and
// DELETE of phases (bearer tokens; 401 without one, 403 without the right, 400 for a body the schema refuses, 422
// for a rule, nothing written on error), and GET /api/v1/services/incubators (public, no email anywhere).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { ACTORS, emailOf, signedIn, type ActorKind, type Browser } from '../../../test-support/people.js';
import { insertTestIncubator, insertTestService } from '../test-support.js';
import { findServiceBySlug } from './queries.js';
import { api, countRows, serviceBody } from './test-support.js';

let t: TestApp;
let lead: Browser;
let team: Browser;
type Who = ActorKind | 'lead';
const as = async (who: Who) => (who === 'lead' ? lead : ACTORS[who](t));

beforeAll(async () => {
  t = await createTestApp();
  const { db } = t.database;
  lead = await signedIn(t, 'official', 'valdivia', []);
  team = (await ACTORS.incubatorTeam(t))!;
  const programme = await insertTestIncubator(db, { institution: 'gore-la-araucania', kind: 'regional_programme', regionCode: '09', slug: 'govtech-09' });
  await insertTestService(db, { slug: 'agenda', incubatorId: programme.id, sponsors: ['temuco'], leadPersonId: lead.personId,
    phases: [{ phase: 'investigacion', startedOn: '2025-03-03' }] });
}, 60_000);
afterAll(async () => { await t.close(); });

describe('POST /api/v1/services', () => {
  it('registers for the incubator\'s host and the sponsors\' services officials; 401 without a token', async () => {
    const table: Array<[Who, number]> = [['anonymous', 401], ['resident', 403], ['otherOfficial', 403], ['lead', 403], ['participationOfficial', 403],
      ['servicesOfficial', 201], ['incubatorTeam', 201], ['admin', 201], ['platformAdmin', 201]];
    for (const [who, status] of table) {
      const res = await api(t, 'POST', '/api/v1/services', await as(who), await serviceBody(t, lead, 'govtech-09'));
      expect(res.statusCode, who).toBe(status);
    }
  });

  it('answers the record with its phases, the lead by name and never by email', async () => {
    const res = await api(t, 'POST', '/api/v1/services', team, await serviceBody(t, lead, 'govtech-09', { slug: 'horas', team: [{ name: 'Eva', role: 'Diseño' }], reach: 'national' }));
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ slug: 'horas', incubator: 'govtech-09', sponsors: ['temuco'], team: [{ name: 'Eva', role: 'Diseño' }], currentPhase: 'investigacion',
      lead: { name: expect.stringMatching(/^Persona/) }, url: 'http://localhost:3000/servicios/horas' });
    expect(res.body).not.toContain('@');
    expect(res.body).not.toContain('leadPersonId');
  });

  it.each<[string, Record<string, unknown>, number, string]>([
    ['an unknown field', { budget: 1 }, 400, ''],
    ['an unknown user type', { userTypes: ['aliens'] }, 400, ''],
    ['a first phase of aceleración', { firstPhase: { phase: 'aceleracion', startedOn: '2026-01-05' } }, 400, ''],
    ['no sponsor', { sponsors: [] }, 400, ''],
    ['an unknown incubator', { incubator: 'no-existe' }, 422, 'Elija una incubadora'],
    ['an unknown sponsor', { sponsors: ['no-existe'] }, 422, 'patrocinante'],
    ['a lead without an official role', { leadEmail: 'nadie@example.cl' }, 422, 'funcionaria o funcionario'],
    ['a javascript: link', { link: 'javascript:alert(1)' }, 422, 'http o https'],
    ['a reserved slug', { slug: 'incubadoras' }, 422, 'la usa una página'],
  ])('refuses %s (%i), writing nothing', async (_, extra, status, message) => {
    const before = await countRows(t);
    const res = await api(t, 'POST', '/api/v1/services', team, await serviceBody(t, lead, 'govtech-09', extra));
    expect(res.statusCode).toBe(status);
    if (message) expect(res.json().message).toContain(message);
    expect(await countRows(t)).toEqual({ ...before, audit: before.audit + 1 }); // the API token's own audit row
  });
});

describe('PATCH /api/v1/services/{slug}', () => {
  it('is for whoever manages the service, its lead included', async () => {
    const table: Array<[Who, number]> = [['anonymous', 401], ['resident', 403], ['otherOfficial', 403], ['otherAdmin', 403],
      ['lead', 200], ['servicesOfficial', 200], ['incubatorTeam', 200], ['admin', 200], ['platformAdmin', 200]];
    for (const [who, status] of table) expect((await api(t, 'PATCH', '/api/v1/services/agenda', await as(who), { leadTitle: who })).statusCode, who).toBe(status);
    expect((await findServiceBySlug(t.database.db, 'agenda'))!.leadTitle).toBe('platformAdmin');
  });

  it('changes only what is sent; null removes a link; team replaces the list; 404 for an unknown service', async () => {
    await api(t, 'PATCH', '/api/v1/services/agenda', lead, { repository: 'https://git.example.cl/agenda', team: [{ name: 'A', role: 'B' }, { name: 'C', role: 'D' }] });
    const res = await api(t, 'PATCH', '/api/v1/services/agenda', lead, { repository: null, team: [{ name: 'C', role: 'D' }], accessibility: 'partially' });
    expect(res.statusCode).toBe(200);
    const s = (await findServiceBySlug(t.database.db, 'agenda'))!;
    expect([s.repository, s.team, s.accessibility, s.title, s.sponsors.map((x) => x.slug)]).toEqual([null, [{ name: 'C', role: 'D' }], 'partially', s.title, ['temuco']]);
    expect((await api(t, 'PATCH', '/api/v1/services/agenda', lead, {})).statusCode).toBe(400);
    expect((await api(t, 'PATCH', '/api/v1/services/no-existe', lead, { title: 'X' })).statusCode).toBe(404);
    const lead2 = await signedIn(t, 'official', 'temuco', []);
    expect((await api(t, 'PATCH', '/api/v1/services/agenda', lead, { leadEmail: await emailOf(t, lead2.personId) })).statusCode).toBe(200);
    expect((await findServiceBySlug(t.database.db, 'agenda'))!.leadPersonId).toBe(lead2.personId);
    // Handing the lead on, the former lead no longer manages the service.
    expect((await api(t, 'PATCH', '/api/v1/services/agenda', lead, { title: 'Otra' })).statusCode).toBe(403);
    expect((await api(t, 'PATCH', '/api/v1/services/agenda', lead2, { leadEmail: await emailOf(t, lead.personId) })).statusCode).toBe(200);
  });
});

describe('phases through the API', () => {
  it('records (201) for managers only, refuses a transition the rules forbid (422), and deletes a mistaken phase (204)', async () => {
    const s = await insertTestService(t.database.db, { slug: 'veredas', sponsors: ['temuco'], leadPersonId: lead.personId });
    for (const [who, status] of [['anonymous', 401], ['resident', 403], ['otherOfficial', 403]] as Array<[Who, number]>) {
      expect((await api(t, 'POST', '/api/v1/services/veredas/phases', await as(who), { phase: 'construccion', startedOn: '2026-03-02' })).statusCode, who).toBe(status);
    }
    const before = await countRows(t);
    const bad = await api(t, 'POST', '/api/v1/services/veredas/phases', lead, { phase: 'operado', startedOn: '2026-03-02' });
    expect([bad.statusCode, bad.json().message]).toEqual([422, 'Esa fase no puede seguir a la anterior.']);
    expect(await countRows(t)).toEqual({ ...before, audit: before.audit + 1 });
    const ok = await api(t, 'POST', '/api/v1/services/veredas/phases', lead, { phase: 'construccion', startedOn: '2026-03-02', note: 'Piloto' });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ phase: 'construccion', startedOn: '2026-03-02', note: 'Piloto' });
    const phases = (await findServiceBySlug(t.database.db, 'veredas'))!.phases;
    expect((await api(t, 'DELETE', `/api/v1/services/veredas/phases/${phases[1]!.id}`, await ACTORS.resident(t))).statusCode).toBe(403);
    expect((await api(t, 'DELETE', `/api/v1/services/veredas/phases/${phases[1]!.id}`, lead)).statusCode).toBe(204);
    const last = await api(t, 'DELETE', `/api/v1/services/veredas/phases/${phases[0]!.id}`, lead);
    expect([last.statusCode, last.json().message]).toEqual([422, 'El servicio necesita al menos una fase.']);
    expect((await api(t, 'DELETE', `/api/v1/services/veredas/phases/999999`, lead)).statusCode).toBe(404);
    expect((await findServiceBySlug(t.database.db, 'veredas'))!.phases.map((p) => p.phase)).toEqual(['investigacion']);
    expect(s.slug).toBe('veredas');
  });
});

describe('GET /api/v1/services/incubators', () => {
  it('lists every incubator with its host, region and services count, in public', async () => {
    const res = await api(t, 'GET', '/api/v1/services/incubators', null);
    expect(res.statusCode).toBe(200);
    const govtech = res.json().data.find((i: { slug: string }) => i.slug === 'govtech-09');
    expect(govtech).toMatchObject({ kind: 'regional_programme', regionCode: '09', host: { slug: 'gore-la-araucania' } });
    // 'agenda', the four registered by role above and 'horas' ('veredas' has an incubator of its own).
    expect(govtech.services).toBe(6);
    expect(res.body).not.toContain('@');
  });
});
