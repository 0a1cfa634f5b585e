// Graduation (issue 10 point 6): who sees /servicios/graduar and what it lists (grants of kind 'grant' active or
// completed, accepted proposals, of the actor's institutions, not graduated yet); the pre-filled form; a graduation
// creates the service in investigación today with its link (and for a grant, the funding link and the contract's
// incubatorRef), and the refusals (not a grant, not accepted, twice, another institution's, a lead who is not an
// official) write nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { ACTORS, formPost, signedIn, type ActorKind, type Browser } from '../../../test-support/people.js';
import { auditLog } from '../../../core/audit/schema.js';
import { people } from '../../../core/auth/schema.js';
import { procurementContracts } from '../../procurement/schema.js';
import { insertTestIncubator, insertTestService } from '../test-support.js';
import { servicesContracts } from '../funding/schema.js';
import { servicesPhases, servicesServices, servicesSponsors } from '../registry/schema.js';
import { findServiceBySlug } from '../registry/queries.js';
import { todayInChile } from '../registry/commands/checks.js';
import { insertTestContract, insertTestProposal } from '../funding/test-support.js';

let t: TestApp;
let official: Browser;
let leadEmail: string;
let incubatorId: number;
const o: Record<string, number> = {};

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  incubatorId = (await insertTestIncubator(db, { slug: 'lab-graduacion' })).id;
  official = await signedIn(t, 'official', 'temuco', ['services']);
  const lead = await signedIn(t, 'official', 'valdivia', []);
  leadEmail = (await db.select({ email: people.email }).from(people).where(eq(people.id, lead.personId)))[0]!.email!;
  o.grant = (await insertTestContract(db, { kind: 'grant', title: 'Convenio — Alfabetización digital de personas mayores', payments: [['2026-03-01', 2_000_000]] })).id;
  o.completedGrant = (await insertTestContract(db, { kind: 'grant', state: 'completed', title: 'Convenio — Datos abiertos barriales' })).id;
  o.terminatedGrant = (await insertTestContract(db, { kind: 'grant', state: 'terminated', title: 'Convenio terminado' })).id;
  o.tender = (await insertTestContract(db, { title: 'Contrato de licitación' })).id;
  o.valdiviaGrant = (await insertTestContract(db, { kind: 'grant', institution: 'valdivia', title: 'Convenio de Valdivia' })).id;
  o.accepted = (await insertTestProposal(db, { title: 'Mapa de plazas inclusivas' })).id;
  o.published = (await insertTestProposal(db, { state: 'published', title: 'Propuesta aún en apoyo' })).id;
  // An accepted need in an existing service's backlog (its needs process): work for that service, never a new one.
  const withNeeds = await insertTestService(db, { slug: 'servicio-con-necesidades' });
  const need = await insertTestProposal(db, { title: 'Necesidad aceptada del servicio' });
  await db.update(servicesServices).set({ needsProcessId: need.processId }).where(eq(servicesServices.id, withNeeds.id));
  o.need = need.id;
}, 60_000);
afterAll(async () => { await t.close(); });

const form = (slug: string, extra: Array<[string, string]> = []): Array<[string, string]> => [
  ['title', 'Acompañamiento digital de personas mayores'], ['slug', slug], ['incubator', String(incubatorId)], ['leadEmail', leadEmail],
  ['mission', 'Las personas mayores no logran hacer solas sus trámites en línea y dependen de familiares.'], ...extra,
];
const graduate = (who: Browser | null, kind: 'convenios' | 'propuestas', id: number, fields: Array<[string, string]>) =>
  t.app.inject({ url: `/servicios/graduar/${kind}/${id}`, ...formPost(who, fields) });
const counts = async () => ({
  services: (await t.database.db.select().from(servicesServices)).length,
  audit: (await t.database.db.select().from(auditLog)).length,
  phases: (await t.database.db.select().from(servicesPhases)).length,
  sponsors: (await t.database.db.select().from(servicesSponsors)).length,
});

describe('the candidates list', () => {
  const table: Array<[ActorKind, number]> = [
    ['anonymous', 401], ['resident', 403], ['procurementOfficial', 403], ['participationOfficial', 403], ['otherOfficial', 403],
    ['servicesOfficial', 200], ['incubatorTeam', 200], ['admin', 200], ['platformAdmin', 200],
  ];
  it.each(table)('%s → %i', async (kind, status) => {
    const who = await ACTORS[kind](t);
    expect((await t.app.inject({ url: '/servicios/graduar', cookies: who?.cookies })).statusCode).toBe(status);
  });

  it("lists the actor's institutions' active or completed grants and accepted proposals only, never a service's own need", async () => {
    const { body } = await t.app.inject({ url: '/servicios/graduar', cookies: official.cookies });
    expect(body).toContain(`/servicios/graduar/convenios/${o.grant}`);
    expect(body).toContain(`/servicios/graduar/convenios/${o.completedGrant}`);
    expect(body).toContain(`/servicios/graduar/propuestas/${o.accepted}`);
    for (const id of [o.terminatedGrant, o.tender, o.valdiviaGrant]) expect(body).not.toContain(`/servicios/graduar/convenios/${id}"`);
    for (const id of [o.published, o.need]) expect(body).not.toContain(`/servicios/graduar/propuestas/${id}"`);
    const gore = await ACTORS.incubatorTeam(t);
    expect((await t.app.inject({ url: '/servicios/graduar', cookies: gore.cookies })).body).not.toContain('/servicios/graduar/convenios/');
  });

  it("pre-fills the form from the proposal (its body as the mission's draft) and refuses another institution's grant", async () => {
    const res = await t.app.inject({ url: `/servicios/graduar/propuestas/${o.accepted}`, cookies: official.cookies });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('value="mapa-de-plazas-inclusivas"');
    expect(res.body).toContain('Las familias no saben qué plazas tienen juegos accesibles');
    expect(res.body).toContain('reescríbalo como el problema de las personas usuarias');
    // A grant's name comes after "Convenio — ", as procurement titles agreements.
    const grant = await t.app.inject({ url: `/servicios/graduar/convenios/${o.grant}`, cookies: official.cookies });
    expect(grant.body).toContain('value="alfabetizacion-digital-de-personas-mayores"');
    expect(grant.body).toContain('value="Alfabetización digital de personas mayores"');
    expect((await t.app.inject({ url: `/servicios/graduar/convenios/${o.valdiviaGrant}`, cookies: official.cookies })).statusCode).toBe(403);
    expect((await t.app.inject({ url: '/servicios/graduar/convenios/999999', cookies: official.cookies })).statusCode).toBe(404);
  });
});

describe('graduating', () => {
  it('turns a grant into a service in investigación today, linked both ways, in one step', async () => {
    const res = await graduate(official, 'convenios', o.grant!, form('acompanamiento-digital'));
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/servicios/acompanamiento-digital');
    const s = (await findServiceBySlug(t.database.db, 'acompanamiento-digital'))!;
    expect(s.grantContractId).toBe(o.grant);
    expect(s.phases.map((p) => [p.phase, p.startedOn])).toEqual([['investigacion', todayInChile()]]);
    expect(s.sponsors.map((x) => x.slug)).toEqual(['temuco']);
    expect(await t.database.db.select().from(servicesContracts).where(eq(servicesContracts.serviceId, s.id))).toEqual([{ serviceId: s.id, contractId: o.grant }]);
    const [contract] = await t.database.db.select().from(procurementContracts).where(eq(procurementContracts.id, o.grant!));
    expect(contract!.incubatorRef).toBe('http://localhost:3000/servicios/acompanamiento-digital');
    const actions = (await t.database.db.select().from(auditLog)).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['services.service.register', 'services.contract.link', 'procurement.contract.incubator', 'services.service.graduate']));
    const b = (await t.app.inject({ url: '/api/v1/services/acompanamiento-digital/budget' })).json();
    expect(b.origin).toMatchObject({ kind: 'grant', id: o.grant, url: `http://localhost:3000/compras/contratos/${o.grant}` });
    expect(b.total.contracts).toBe(2_000_000);
    expect((await t.app.inject({ url: '/servicios/graduar', cookies: official.cookies })).body).not.toContain(`/servicios/graduar/convenios/${o.grant}"`);
    const again = await t.app.inject({ url: `/servicios/graduar/convenios/${o.grant}`, cookies: official.cookies });
    expect(again.body).toContain('no se puede graduar dos veces');
    expect(again.body).toContain('href="/servicios/acompanamiento-digital"');
    expect(again.body).not.toContain('name="mission"');
  });

  it('turns an accepted proposal into a service keeping the proposal', async () => {
    expect((await graduate(official, 'propuestas', o.accepted!, form('mapa-plazas-inclusivas'))).statusCode).toBe(303);
    const s = (await findServiceBySlug(t.database.db, 'mapa-plazas-inclusivas'))!;
    expect([s.proposalId, s.grantContractId]).toEqual([o.accepted, null]);
    const page = await t.app.inject({ url: '/servicios/mapa-plazas-inclusivas/presupuesto' });
    expect(page.body).toContain(`href="/participacion/propuestas/${o.accepted}"`);
  });

  it('refuses a second graduation, a non-grant contract, a terminated grant and a proposal not accepted, writing nothing', async () => {
    const before = await counts();
    for (const [kind, id, slug, message] of [
      ['convenios', o.grant, 'otra-vez', 'no se puede graduar dos veces'],
      ['propuestas', o.accepted, 'otra-vez-2', 'no se puede graduar dos veces'],
      ['convenios', o.tender, 'licitacion', 'Solo un convenio vigente o terminado de un fondo concursable'],
      ['convenios', o.terminatedGrant, 'terminado', 'Solo un convenio vigente o terminado de un fondo concursable'],
      ['propuestas', o.published, 'en-apoyo', 'Solo una propuesta aceptada'],
      ['propuestas', o.need, 'necesidad', 'es una necesidad de un servicio existente'],
    ] as Array<['convenios' | 'propuestas', number, string, string]>) {
      const res = await graduate(official, kind, id, form(slug));
      expect(res.statusCode).toBe(422);
      expect(res.body).toContain(message);
      // Values kept, except for what already graduated: that page offers the service instead of the form.
      if (!message.includes('dos veces')) expect(res.body).toContain(`value="${slug}"`);
    }
    expect(await counts()).toEqual(before);
    const [service] = await t.database.db.select().from(servicesServices).where(eq(servicesServices.slug, 'licitacion'));
    expect(service).toBeUndefined();
  });

  it('refuses a lead who is not an official, a taken slug, and people without the permission, writing nothing', async () => {
    const [resident, procurement, gore] = [await ACTORS.resident(t), await ACTORS.procurementOfficial(t), await ACTORS.incubatorTeam(t)];
    const residentEmail = (await t.database.db.select({ email: people.email }).from(people).where(eq(people.id, resident.personId)))[0]!.email!;
    const before = await counts();
    const res = await graduate(official, 'convenios', o.completedGrant!, form('datos-barriales', []).map(([k, v]) => [k, k === 'leadEmail' ? residentEmail : v]));
    expect(res.statusCode).toBe(422);
    expect((await graduate(official, 'convenios', o.completedGrant!, form('acompanamiento-digital'))).statusCode).toBe(422);
    expect((await graduate(procurement, 'convenios', o.completedGrant!, form('datos-barriales'))).statusCode).toBe(403);
    expect((await graduate(gore, 'convenios', o.completedGrant!, form('datos-barriales'))).statusCode).toBe(403);
    expect(await counts()).toEqual(before);
  });
});
