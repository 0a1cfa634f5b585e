// The needs backlog (/servicios/{slug}/necesidades) per role: anyone reads it; a signed-in resident adds a need, which
// is a proposal of the service's participation process (opened with the first need, one per service even when two
// first needs race); spam-like needs are held by participation's rule; the service's managers answer from here,
// others may not; bad input changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { ACTORS, formPost, signedIn, type Browser } from '../../../test-support/people.js';
import { participationProposals, participationProposalSettings } from '../../participation/proposals/schema.js';
import { participationProcesses } from '../../participation/processes/schema.js';
import { servicesServices } from '../registry/schema.js';
import { anonymousBrowser, serviceWithLead, type ServiceWithLead } from './test-support.js';

let t: TestApp;
let s: ServiceWithLead;
let resident: Browser;
beforeAll(async () => {
  t = await createTestApp();
  s = await serviceWithLead(t, { slug: 'permisos-en-linea' });
  resident = await signedIn(t);
}, 60_000);
afterAll(async () => { await t.close(); });

const URL = '/servicios/permisos-en-linea/necesidades';
const get = (url: string, b?: Browser | null) => t.app.inject({ method: 'GET', url, cookies: b?.cookies });
const post = (url: string, b: Browser | null, fields: Array<[string, string]>) => t.app.inject({ url, ...formPost(b, fields) });
const NEED: Array<[string, string]> = [['title', 'No sé en qué estado va mi permiso'],
  ['body', 'Ingresé la solicitud de permiso de edificación hace tres semanas y no tengo cómo saber si alguien la revisó ni qué falta.']];
const proposalsOf = async (processId: number) => t.database.db.select().from(participationProposals).where(eq(participationProposals.processId, processId));
const processIdOf = async (serviceId: number) => (await t.database.db.select({ id: servicesServices.needsProcessId }).from(servicesServices)
  .where(eq(servicesServices.id, serviceId)))[0]!.id;

describe('reading and adding needs', () => {
  it('anonymous read the (empty) backlog with a sign-in link and no form, and may not post', async () => {
    const page = await get(URL);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('/ingresar?next=');
    expect(page.body).not.toContain('name="body"');
    expect((await post(URL, anonymousBrowser(t), NEED)).statusCode).toBe(401);
    expect(await processIdOf(s.service.id)).toBeNull();
  });

  it('keeps what a resident typed and writes nothing when the need is too short (422)', async () => {
    const res = await post(URL, resident, [['title', 'Corto'], ['body', 'Muy corto']]);
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('value="Corto"');
    expect(await processIdOf(s.service.id)).toBeNull();
  });

  it('a resident adds a need: a published proposal of the service\'s new process, of the incubator\'s host, in Temuco\'s comuna', async () => {
    const res = await post(URL, resident, NEED);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(URL);
    const processId = await processIdOf(s.service.id);
    const [process] = await t.database.db.select().from(participationProcesses).where(eq(participationProcesses.id, processId!));
    expect(process).toMatchObject({ institutionId: s.service.incubator.institutionId, scope: 'comuna', scopeCode: '09101' });
    expect(process!.title).toBe(`Necesidades de las personas usuarias: ${s.service.title}`);
    const [settings] = await t.database.db.select().from(participationProposalSettings).where(eq(participationProposalSettings.processId, processId!));
    expect(settings).toMatchObject({ supportThreshold: 25, createLevel: 'email', supportLevel: 'email' });
    const [need] = await proposalsOf(processId!);
    expect(need).toMatchObject({ title: NEED[0]![1], state: 'published', authorId: resident.personId });
    const page = await get(URL);
    expect(page.body).toContain(NEED[0]![1]);
    expect(page.body).toContain(`/participacion/propuestas/${need!.id}`);
  });

  it('holds a spam-like need for review (participation\'s rule) and keeps it out of the public backlog', async () => {
    const res = await post(URL, resident, [['title', 'Gana dinero con apuestas online'], ['body', 'Entra al mejor casino, click aqui y gana dinero todos los días sin esfuerzo alguno.']]);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toMatch(/^\/participacion\/propuestas\/\d+$/);
    expect((await get(URL)).body).not.toContain('Gana dinero');
  });

  it('opens one process per service even when two first needs race', async () => {
    const other = await serviceWithLead(t, { slug: 'matricula-escolar' });
    const url = '/servicios/matricula-escolar/necesidades';
    const [a, b] = await Promise.all([post(url, resident, NEED), post(url, await signedIn(t), NEED)]);
    expect([a.statusCode, b.statusCode]).toEqual([303, 303]);
    const processes = await t.database.db.select().from(participationProcesses).where(eq(participationProcesses.title, `Necesidades de las personas usuarias: ${other.service.title}`));
    expect(processes).toHaveLength(1);
    expect(await proposalsOf(processes[0]!.id)).toHaveLength(2);
  });
});

describe('answering needs', () => {
  let needId: number;
  beforeAll(async () => { needId = (await proposalsOf((await processIdOf(s.service.id))!)).find((p) => p.state === 'published')!.id; });
  const answer: Array<[string, string]> = [['answer', 'accepted'], ['text', 'Lo incluimos en el próximo ciclo: un seguimiento del permiso en línea.']];
  const answerUrl = () => `${URL}/${needId}/respuesta`;

  it.each([['anonymous', 401], ['resident', 403], ['otherOfficial', 403], ['participationOfficial', 403]] as const)('%s may not answer (%i)', async (role, status) => {
    expect((await post(answerUrl(), (await ACTORS[role](t)) ?? anonymousBrowser(t), answer)).statusCode).toBe(status);
    expect((await t.database.db.select().from(participationProposals).where(eq(participationProposals.id, needId)))[0]!.state).toBe('published');
  });

  it('only managers see the answer form', async () => {
    expect((await get(URL, resident)).body).not.toContain('/respuesta"');
    expect((await get(URL, s.lead)).body).toContain(`${URL}/${needId}/respuesta`);
  });

  it('the lead official, without the participation permission, cannot use participation\'s answer route but answers here', async () => {
    const viaParticipation = await post(`/participacion/propuestas/${needId}/respuesta`, s.lead, answer);
    expect(viaParticipation.statusCode).toBe(403);
    expect((await post(answerUrl(), s.lead, [['answer', 'accepted'], ['text', 'corto']])).statusCode).toBe(422);
    const res = await post(answerUrl(), s.lead, answer);
    expect(res.statusCode).toBe(303);
    const [row] = await t.database.db.select().from(participationProposals).where(eq(participationProposals.id, needId));
    expect(row).toMatchObject({ state: 'accepted', answer: answer[1]![1], answeredBy: s.lead.personId });
    const page = await get(URL);
    expect(page.body).toContain('En la lista de trabajo');
    expect(page.body).toContain(answer[1]![1]);
  });

  const raceNeed = async () => (await proposalsOf((await processIdOf((await t.database.db.select().from(servicesServices)
    .where(eq(servicesServices.slug, 'matricula-escolar')))[0]!.id))!))[0]!;

  it('a second answer is refused by the lifecycle (a flash, nothing changes); a need of another service is 404', async () => {
    const again = await post(answerUrl(), s.lead, [['answer', 'rejected'], ['text', 'Cambiamos de opinión sobre esta necesidad.']]);
    expect(again.statusCode).toBe(303);
    expect((await t.database.db.select().from(participationProposals).where(eq(participationProposals.id, needId)))[0]!.state).toBe('accepted');
    expect((await post(`${URL}/${(await raceNeed()).id}/respuesta`, s.lead, answer)).statusCode).toBe(404);
  });

  it('an official of the incubator\'s host with the services permission answers too (no participation permission needed)', async () => {
    const need = await raceNeed();
    const res = await post(`/servicios/matricula-escolar/necesidades/${need.id}/respuesta`, await ACTORS.servicesOfficial(t),
      [['answer', 'evaluation'], ['text', 'La estamos estudiando con la Dirección de Educación.']]);
    expect(res.statusCode).toBe(303);
    expect((await t.database.db.select().from(participationProposals).where(eq(participationProposals.id, need.id)))[0]!.state).toBe('evaluation');
  });
});
