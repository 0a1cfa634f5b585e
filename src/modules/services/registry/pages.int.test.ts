// The registry's pages per role (anonymous 401, others 403 where they may not), their forms (303 with a flash, 422
// with the errors and the values kept, nothing written on error) and what they never show (the lead's email).
// Setting: La Araucanía's regional programme (hosted by the GORE) holds a service sponsored by Temuco and led by a
// Valdivia official without any 'services' permission; Temuco runs its own lab.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { ACTORS, emailOf, signedIn, type ActorKind, type Browser } from '../../../test-support/people.js';
import { insertTestIncubator, insertTestService } from '../test-support.js';
import { findServiceBySlug } from './queries.js';
import { countRows, page, postForm, serviceFields } from './test-support.js';

let t: TestApp;
let lead: Browser;
let team: Browser;
const inc = { lab: '', programme: '' };
type Who = ActorKind | 'lead';
const as = async (who: Who) => (who === 'lead' ? lead : ACTORS[who](t));
let n = 0;
const fresh = () => `nuevo-${++n}`;

beforeAll(async () => {
  t = await createTestApp();
  const { db } = t.database;
  lead = await signedIn(t, 'official', 'valdivia', []);
  team = (await ACTORS.incubatorTeam(t))!;
  inc.lab = (await insertTestIncubator(db, { institution: 'temuco', slug: 'lab-temuco' })).slug;
  const programme = await insertTestIncubator(db, { institution: 'gore-la-araucania', kind: 'regional_programme', regionCode: '09', slug: 'govtech-09' });
  inc.programme = programme.slug;
  await insertTestService(db, { slug: 'agenda', incubatorId: programme.id, sponsors: ['temuco'], leadPersonId: lead.personId,
    phases: [{ phase: 'investigacion', startedOn: '2025-03-03' }, { phase: 'construccion', startedOn: '2025-09-01' }] });
}, 60_000);
afterAll(async () => { await t.close(); });

describe('registering a service: /servicios/nuevo', () => {
  it('opens for those acting in the incubator somewhere, and registers where the policy allows', async () => {
    const table: Array<[Who, number, number]> = [
      // [actor, GET, POST into the GORE's programme naming Temuco as sponsor]
      ['anonymous', 401, 403], ['resident', 403, 403], ['participationOfficial', 403, 403], ['otherOfficial', 403, 403], ['lead', 403, 403],
      ['otherAdmin', 200, 403], ['servicesOfficial', 200, 303], ['incubatorTeam', 200, 303], ['admin', 200, 303], ['platformAdmin', 200, 303],
    ];
    for (const [who, get, post] of table) {
      const b = await as(who);
      expect((await page(t, '/servicios/nuevo', b)).statusCode, `GET ${who}`).toBe(get);
      const slug = fresh();
      const res = await postForm(t, b, '/servicios/nuevo', await serviceFields(t, lead, inc.programme, slug));
      expect(res.statusCode, `POST ${who}`).toBe(post);
      if (post === 303) expect(res.headers.location).toBe(`/servicios/${slug}`);
    }
  });

  it('lists only the incubators the actor may register in, and prefills their email and institution', async () => {
    const b = (await ACTORS.servicesOfficial(t))!;
    const body = (await page(t, '/servicios/nuevo', b)).body;
    expect(body).toContain('value="lab-temuco"');
    expect(body).toContain('value="govtech-09"');
    expect(body).toContain(`value="${await emailOf(t, b.personId)}"`);
    expect(body).toMatch(/value="temuco" checked/);
    expect(body).toContain('sin suponer todavía una solución digital');
    // Valdivia's admin may register in La Araucanía's incubators naming Valdivia: it is offered as a sponsor.
    const other = (await page(t, '/servicios/nuevo', await ACTORS.otherAdmin(t))).body;
    expect(other).toMatch(/value="valdivia" checked/);
    expect(body).not.toContain('value="valdivia"');
  });

  it('refuses a Temuco official registering in the GORE\'s programme with Valdivia alone as sponsor (403), writing nothing', async () => {
    const official = (await ACTORS.servicesOfficial(t))!;
    const before = await countRows(t);
    const fields = (await serviceFields(t, lead, inc.programme, fresh())).map(([k, v]): [string, string] => [k, k === 'sponsors' ? 'valdivia' : v]);
    expect((await postForm(t, official, '/servicios/nuevo', fields)).statusCode).toBe(403);
    expect(await countRows(t)).toEqual(before);
  });

  it('writes the team rows and the lead found by email; the new service\'s phases page shows it', async () => {
    const slug = fresh();
    await postForm(t, team, '/servicios/nuevo', await serviceFields(t, lead, inc.programme, slug, [['teamName', 'Luis Soto'], ['teamRole', 'Desarrollo'], ['userTypes', 'residents'], ['userTypes', 'schools']]));
    const s = (await findServiceBySlug(t.database.db, slug))!;
    expect(s.team).toEqual([{ name: 'Ana Pérez', role: 'Diseño' }, { name: 'Luis Soto', role: 'Desarrollo' }]);
    expect([s.leadPersonId, s.userTypes, s.current?.phase]).toEqual([lead.personId, ['residents', 'schools'], 'investigacion']);
    const phases = await page(t, `/servicios/${slug}/fases`);
    expect(phases.statusCode).toBe(200);
    expect(phases.body).toContain('Investigación');
  });

  it.each<[string, Array<[string, string]>, string, string]>([
    ['a lead who is not an official', [['leadEmail', 'nadie@example.cl']], 'f-leadEmail', 'funcionaria o funcionario'],
    ['a mission left blank', [['mission', '']], 'f-mission', 'Complete este campo'],
    ['a slug taken', [['slug', 'agenda']], 'f-slug', 'Ya hay un servicio'],
    ['a first phase dated tomorrow', [['startedOn', '2999-01-01']], 'f-startedOn', 'posterior a hoy'],
    ['a half-typed team row', [['teamName', 'Sin Rol']], 'f-team', 'nombre y rol'],
    ['an unknown user type', [['userTypes', 'aliens']], 'f-userTypes', ''],
  ])('re-renders the form on %s (422), values kept, nothing written', async (_, change, anchor, message) => {
    const before = await countRows(t);
    const fields = await serviceFields(t, lead, inc.programme, fresh());
    const changed = change.map(([k]) => k);
    const res = await postForm(t, team, '/servicios/nuevo', [...fields.filter(([k]) => !changed.includes(k) || k === 'teamName'), ...change]);
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain(`href="#${anchor}"`);
    expect(res.body).toContain(message);
    expect(res.body).toContain('Retiro de voluminosos');
    expect(res.body).toContain('value="Ana Pérez"');
    expect(await countRows(t)).toEqual(before);
  });
});

describe('editing a service: /servicios/{slug}/editar', () => {
  it('is for whoever manages the service, its lead included', async () => {
    const table: Array<[Who, number]> = [['anonymous', 401], ['resident', 403], ['participationOfficial', 403], ['otherOfficial', 403], ['otherAdmin', 403],
      ['lead', 200], ['servicesOfficial', 200], ['incubatorTeam', 200], ['admin', 200], ['platformAdmin', 200]];
    for (const [who, status] of table) {
      const b = await as(who);
      const res = await page(t, '/servicios/agenda/editar', b);
      expect(res.statusCode, who).toBe(status);
      const post = await postForm(t, b, '/servicios/agenda/editar', [['title', `Agenda (${who})`], ['mission', 'Filas de madrugada para pedir hora.'], ['sponsors', 'temuco']]);
      expect(post.statusCode, `POST ${who}`).toBe(status === 200 ? 303 : status === 401 ? 403 : status);
    }
    expect((await findServiceBySlug(t.database.db, 'agenda'))!.title).toBe('Agenda (platformAdmin)');
  });

  it('never shows the lead\'s email; a blank email keeps the lead; the team list is replaced', async () => {
    const res = await page(t, '/servicios/agenda/editar', lead);
    expect(res.body).not.toContain(await emailOf(t, lead.personId));
    const post = await postForm(t, lead, '/servicios/agenda/editar', [['title', 'Agenda de horas'], ['mission', 'Filas de madrugada para pedir hora.'],
      ['sponsors', 'temuco'], ['sponsors', 'padre-las-casas'], ['teamName', 'Eva'], ['teamRole', 'Enfermera'], ['teamName', ''], ['teamRole', '']]);
    expect(post.statusCode).toBe(303);
    const s = (await findServiceBySlug(t.database.db, 'agenda'))!;
    expect([s.leadPersonId, s.team, s.sponsors.map((x) => x.slug).sort()]).toEqual([lead.personId, [{ name: 'Eva', role: 'Enfermera' }], ['padre-las-casas', 'temuco']]);
    expect((await page(t, '/servicios/agenda/fases')).body).not.toContain(await emailOf(t, lead.personId));
  });
});

describe('the phases page: /servicios/{slug}/fases', () => {
  it('is public; the form, offering only the next phases, is for those who manage the service', async () => {
    const table: Array<[Who, boolean]> = [['anonymous', false], ['resident', false], ['otherOfficial', false], ['lead', true], ['servicesOfficial', true], ['incubatorTeam', true], ['platformAdmin', true]];
    for (const [who, manages] of table) {
      const res = await page(t, '/servicios/agenda/fases', await as(who));
      expect(res.statusCode, who).toBe(200);
      expect(res.body.includes('action="/servicios/agenda/fases"'), who).toBe(manages);
    }
    const body = (await page(t, '/servicios/agenda/fases', lead)).body;
    // After construcción: aceleración, back to investigación (a pivot), or abandonado — and nothing else.
    expect([...body.matchAll(/<option value="([a-z_]+)"/g)].map((m) => m[1])).toEqual(['aceleracion', 'investigacion', 'abandonado']);
  });

  it('records a phase (303), refuses one that may not follow (422, nothing written), and removes a mistaken one', async () => {
    expect((await postForm(t, null, '/servicios/agenda/fases', [['phase', 'aceleracion'], ['startedOn', '2026-01-05']])).statusCode).toBe(403);
    expect((await postForm(t, await ACTORS.resident(t), '/servicios/agenda/fases', [['phase', 'aceleracion'], ['startedOn', '2026-01-05']])).statusCode).toBe(403);
    const before = await countRows(t);
    const bad = await postForm(t, lead, '/servicios/agenda/fases', [['phase', 'operado'], ['startedOn', '2026-01-05']]);
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('no puede seguir a la anterior');
    expect(await countRows(t)).toEqual(before);
    const ok = await postForm(t, lead, '/servicios/agenda/fases', [['phase', 'aceleracion'], ['startedOn', '2026-01-05'], ['note', 'Abierto a toda la comuna']]);
    expect([ok.statusCode, ok.headers.location]).toEqual([303, '/servicios/agenda/fases']);
    expect(String(ok.headers['set-cookie'])).toContain('cabildo_flash=');
    const s = (await findServiceBySlug(t.database.db, 'agenda'))!;
    expect(s.current?.phase).toBe('aceleracion');
    const body = (await page(t, '/servicios/agenda/fases', lead)).body;
    // Removing construcción would leave investigación → aceleración: no button for it; aceleración and the first may go.
    expect([...body.matchAll(/action="\/servicios\/agenda\/fases\/(\d+)\/quitar"/g)].map((m) => Number(m[1]))).toEqual([s.phases[0]!.id, s.phases[2]!.id]);
    expect((await postForm(t, lead, `/servicios/agenda/fases/${s.phases[1]!.id}/quitar`, [])).statusCode).toBe(422);
    expect((await postForm(t, await ACTORS.otherOfficial(t), `/servicios/agenda/fases/${s.phases[2]!.id}/quitar`, [])).statusCode).toBe(403);
    expect((await postForm(t, lead, `/servicios/agenda/fases/${s.phases[2]!.id}/quitar`, [])).statusCode).toBe(303);
    expect((await findServiceBySlug(t.database.db, 'agenda'))!.current?.phase).toBe('construccion');
  });
});

describe('incubators: /servicios/incubadoras', () => {
  it('lists them in public with their services count', async () => {
    const res = await page(t, '/servicios/incubadoras');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Programa regional');
    expect(res.body).not.toContain('/servicios/incubadoras/nueva');
  });

  it('creates one for the host\'s services officials and admins only', async () => {
    const table: Array<[Who, number, number, number]> = [
      // [actor, GET nueva, POST a lab hosted by Temuco, POST a programme hosted by the GORE]
      ['anonymous', 401, 403, 403], ['resident', 403, 403, 403], ['otherOfficial', 403, 403, 403], ['lead', 403, 403, 403],
      ['servicesOfficial', 200, 303, 403], ['admin', 200, 303, 403], ['incubatorTeam', 200, 403, 303], ['platformAdmin', 200, 303, 303],
    ];
    for (const [who, get, lab, programme] of table) {
      const b = await as(who);
      expect((await page(t, '/servicios/incubadoras/nueva', b)).statusCode, who).toBe(get);
      expect((await postForm(t, b, '/servicios/incubadoras/nueva', [['name', 'Lab'], ['slug', `lab-${++n}`], ['kind', 'institution'], ['institution', 'temuco']])).statusCode, `lab ${who}`).toBe(lab);
      expect((await postForm(t, b, '/servicios/incubadoras/nueva', [['name', 'Programa'], ['slug', `prog-${++n}`], ['kind', 'regional_programme'], ['institution', 'gore-la-araucania'], ['regionCode', '09']])).statusCode, `programme ${who}`).toBe(programme);
    }
  });

  it('refuses a programme without region (422, values kept) and edits for the host only', async () => {
    const res = await postForm(t, team, '/servicios/incubadoras/nueva', [['name', 'Programa sin región'], ['slug', 'sin-region'], ['kind', 'regional_programme'], ['institution', 'gore-la-araucania']]);
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('necesita su región');
    expect(res.body).toContain('value="Programa sin región"');
    for (const [who, status] of [['servicesOfficial', 403], ['admin', 403], ['incubatorTeam', 200], ['platformAdmin', 200]] as Array<[Who, number]>) {
      expect((await page(t, '/servicios/incubadoras/govtech-09/editar', await as(who))).statusCode, who).toBe(status);
    }
    const edit = await postForm(t, team, '/servicios/incubadoras/govtech-09/editar', [['name', 'GovTech Araucanía'], ['slug', 'govtech-09'], ['kind', 'regional_programme'], ['institution', 'gore-la-araucania'], ['regionCode', '09']]);
    expect(edit.statusCode).toBe(303);
    expect((await page(t, '/servicios/incubadoras', team)).body).toContain('GovTech Araucanía');
  });
});
