// The oversight body through the JSON API, per rule and per role: configuring, the draw (re-run here independently
// with node:crypto from what the API publishes), observations (who may open them, targets, deadlines, overdue,
// answers), replies and closing, reports and the streamed exports.
import { runNotifier } from '../notifications/notifier.js';
import { capturingMailer } from '../notifications/test-support.js';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { queryRows } from '../../../core/db/client.js';
import { ACTORS, apiTokenFor, type ActorKind } from '../../../test-support/people.js';
import { bearer, verifiedVoter, unverifiedVoter, type Voter } from '../votes/test-support.js';
import { createBody, insertCommitment, isoDay, seatMembers } from './test-support.js';
import { participationOversightDraws, participationOversightMembers, participationOversightObservations } from './schema.js';
import type { Body } from './queries.js';

let t: TestApp;
let body: Body;
let members: Voter[];
let commitmentId: number;
const BASE = '/api/v1/participation/oversight';
beforeAll(async () => {
  t = await createTestApp();
  body = await createBody(t);
  members = [await verifiedVoter(t), await verifiedVoter(t)];
  await seatMembers(t, body, members.map((m) => m.personId));
  commitmentId = await insertCommitment(t);
}, 60_000);
afterAll(async () => { await t.close(); });

const tokenOf = async (kind: ActorKind) => { const b = await ACTORS[kind](t); return b ? bearer(await apiTokenFor(t, b.personId)) : {}; };
const call = (method: 'GET' | 'POST' | 'PUT', url: string, headers: Record<string, string>, payload?: object) => t.app.inject({ method, url, headers, payload });
const observation = (extra: Record<string, unknown> = {}) => ({ targetType: 'commitment', targetId: commitmentId, title: 'Luminarias sin instalar',
  body: 'El compromiso vence en diciembre y la plaza sigue sin luminarias: ¿cuál es el calendario de obras?', ...extra });

describe('the body', () => {
  it('is configured by officials with the participation permission and admins only, audited in public', async () => {
    const settings = { seats: 3, termMonths: 24, answerDays: 10 };
    const expected: Array<[ActorKind, number]> = [['anonymous', 401], ['resident', 403], ['budgetOfficial', 403], ['otherOfficial', 403], ['otherAdmin', 403],
      ['participationOfficial', 200], ['admin', 200], ['platformAdmin', 200]];
    for (const [kind, status] of expected) expect((await call('PUT', `${BASE}/bodies/temuco`, await tokenOf(kind), settings)).statusCode, kind).toBe(status);
    const [row] = await queryRows<{ n: number }>(t.database.db, sql`select count(*) as n from audit_log where action = 'participation.oversight.configure' and public`);
    expect(Number(row!.n)).toBe(3);
    const res = await call('GET', `${BASE}/bodies/temuco`, {});
    expect(res.json()).toMatchObject({ seats: 3, termMonths: 24, answerDays: 10, institution: { slug: 'temuco' } });
    expect(res.json().members).toHaveLength(2);
    expect(res.body).not.toMatch(/@|personId/);
    expect((await call('GET', `${BASE}/bodies/valdivia`, {})).statusCode).toBe(404);
    expect((await call('PUT', `${BASE}/bodies/temuco`, await tokenOf('admin'), { ...settings, answerDays: 0 })).statusCode).toBe(400);
  });
});

describe('the draw', () => {
  it('takes a committed seed, verified volunteers only, and is re-run independently from what it publishes', async () => {
    const valdivia = await createBody(t, 'valdivia', { seats: 2, termMonths: 12, answerDays: 15 });
    const official = await tokenOf('participationOfficial');
    const seed = 'semilla del sorteo de Valdivia 2027';
    const announce = (headers: Record<string, string>, extra = {}) => call('POST', `${BASE}/bodies/valdivia/draws`, headers,
      { termStart: isoDay(40), closesAt: new Date(Date.now() + 3600_000).toISOString(), seedHash: createHash('sha256').update(seed).digest('hex'), ...extra });
    expect((await announce(official)).statusCode).toBe(403);
    const valdiviaOfficial = await tokenOf('otherOfficial');
    expect((await announce(valdiviaOfficial, { closesAt: isoDay(50) + 'T10:00' })).json().error).toBe('invalid_draw');
    const created = await announce(valdiviaOfficial);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ seats: 2, seed: null, termStart: isoDay(40), volunteers: [] });
    expect((await announce(valdiviaOfficial)).statusCode).toBe(409);
    const drawId = created.json().id;
    const volunteer = (headers: Record<string, string>) => call('POST', `${BASE}/draws/${drawId}/volunteers`, headers);
    expect((await volunteer({})).statusCode).toBe(401);
    expect((await volunteer(bearer((await unverifiedVoter(t)).token))).json().message).toContain('verificar su identidad');
    const people = await Promise.all(Array.from({ length: 5 }, () => verifiedVoter(t)));
    for (const p of people) expect((await volunteer(bearer(p.token))).statusCode).toBe(201);
    expect((await volunteer(bearer(people[0]!.token))).statusCode).toBe(409);
    const run = (headers: Record<string, string>, s = seed) => call('POST', `${BASE}/draws/${drawId}/run`, headers, { seed: s });
    expect((await run(valdiviaOfficial)).statusCode).toBe(409);
    await t.database.db.update(participationOversightDraws).set({ closesAt: new Date(Date.now() - 1000) }).where(eq(participationOversightDraws.id, drawId));
    expect((await run(bearer(people[0]!.token))).statusCode).toBe(403);
    expect((await run(valdiviaOfficial, 'otra semilla cualquiera')).statusCode).toBe(422);
    const drawn = await run(valdiviaOfficial);
    expect(drawn.statusCode).toBe(200);
    const d = drawn.json();
    expect(d.seed).toBe(seed);
    // Re-run from the published seed and list, with nothing from the implementation.
    const h = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
    const ids: string[] = d.volunteers.map((v: { publicId: string }) => v.publicId);
    expect(ids).toEqual(['V0001', 'V0002', 'V0003', 'V0004', 'V0005']);
    const listHash = h([...ids].sort().map((id) => `${id}\n`).join(''));
    expect(d.listHash).toBe(listHash);
    expect(d.members).toEqual(ids.map((id) => [h(`${seed}:${listHash}:${id}`), id]).sort().slice(0, 2).map(([, id]) => id));
    expect((await run(valdiviaOfficial)).statusCode).toBe(409);
    const [audit] = await queryRows<{ summary: { seed: string; members: string[] } }>(t.database.db, sql`select summary from audit_log where action = 'participation.oversight.draw.run' and public order by seq desc limit 1`);
    expect(audit!.summary).toMatchObject({ seed, members: d.members });
    expect(valdivia.id).toBeGreaterThan(0);
  });

  it('leaves the institution\'s own officials out of the list', async () => {
    const official = await ACTORS.participationOfficial(t);
    await t.database.db.execute(sql`update people set identity_verified_at = now(), identity_method = 'in_person' where id = ${official.personId}`);
    const [draw] = await t.database.db.insert(participationOversightDraws).values({ bodyId: body.id, institutionId: body.institutionId, seats: 3,
      termStart: isoDay(900), termEnd: isoDay(1600), seedHash: 'a'.repeat(64), closesAt: new Date(Date.now() + 3600_000) }).returning();
    const res = await call('POST', `${BASE}/draws/${draw!.id}/volunteers`, bearer(await apiTokenFor(t, official.personId)));
    expect(res.statusCode).toBe(403);
    expect(res.json().message).toContain('no pueden integrar');
  });
});

describe('observations', () => {
  it('are opened by members in term only', async () => {
    const open = (headers: Record<string, string>) => call('POST', `${BASE}/bodies/temuco/observations`, headers, observation());
    for (const [kind, status] of [['anonymous', 401], ['resident', 403], ['participationOfficial', 403], ['admin', 403]] as Array<[ActorKind, number]>) {
      expect((await open(await tokenOf(kind))).statusCode, kind).toBe(status);
    }
    const stranger = await verifiedVoter(t);
    expect((await open(bearer(stranger.token))).json().message).toContain('Solo los integrantes');
    const past = await verifiedVoter(t);
    const [seat] = await seatMembers(t, await createBody(t, 'santiago', { seats: 1, termMonths: 1, answerDays: 10 }), [past.personId], { termStart: isoDay(-100) });
    expect(seat!.termEnd < isoDay(0)).toBe(true);
    const refused = await call('POST', `${BASE}/bodies/santiago/observations`, bearer(past.token), observation());
    expect(refused.statusCode).toBe(403);
    expect(refused.json().message).toContain('no está en curso');
    const ok = await open(bearer(members[0]!.token));
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ status: 'open', overdue: false, answerDays: 10, targetLabel: 'Luminarias LED en la plaza Recabarren', targetUrl: `/participacion/compromisos/${commitmentId}` });
  });

  it('check their target: a commitment of this institution, a well-formed ocid, a budget node that exists', async () => {
    const open = (extra: Record<string, unknown>) => call('POST', `${BASE}/bodies/temuco/observations`, bearer(members[1]!.token), observation(extra));
    const elsewhere = await insertCommitment(t, 'valdivia');
    expect((await open({ targetId: elsewhere })).statusCode).toBe(422);
    expect((await open({ targetId: undefined })).json().message).toContain('número del compromiso');
    expect((await open({ targetType: 'procurement', targetId: undefined, targetRef: 'no-es-un-ocid' })).statusCode).toBe(422);
    expect((await open({ targetType: 'procurement', targetId: undefined, targetRef: 'ocds-70d2nz-2359-12-LP24' })).json()).toMatchObject({ targetLabel: 'ocds-70d2nz-2359-12-LP24', targetUrl: null });
    const [ds] = await queryRows<{ id: number }>(t.database.db, sql`insert into budget_datasets (institution_id, cube, year, format, kind, source_names, checksum, fact_count)
      values (${body.institutionId}, 'temuco-2024-ejecucion', 2024, 'cabildo-csv', 'ejecucion', '{a.csv}', 'x', 1) returning id`);
    await t.database.db.execute(sql`insert into budget_labels (dataset_id, institution_id, partida, capitulo, programa, subtitulo, item, asignacion, label)
      values (${ds!.id}, ${body.institutionId}, '', '', '', '22', '11', '', 'Servicios Técnicos y Profesionales')`);
    const line = await open({ targetType: 'budget_line', targetId: undefined, targetRef: 'temuco-2024-ejecucion:gasto:...22.11' });
    expect(line.json()).toMatchObject({ targetLabel: '22.11 Servicios Técnicos y Profesionales (2024)',
      targetUrl: '/instituciones/temuco/presupuesto/2024?cubo=temuco-2024-ejecucion&tipo=gasto&partida=&capitulo=&programa=&subtitulo=22&item=11' });
    expect((await open({ targetType: 'budget_line', targetId: undefined, targetRef: 'temuco-2024-ejecucion:gasto:...22.12' })).statusCode).toBe(422);
  });

  it('turn overdue after their due date in Santiago, and an answer clears it', async () => {
    const opened = (await call('POST', `${BASE}/bodies/temuco/observations`, bearer(members[0]!.token), observation({ title: 'Plazo vencido de prueba' }))).json();
    await t.database.db.update(participationOversightObservations).set({ dueDate: isoDay(-1) }).where(eq(participationOversightObservations.id, opened.id));
    const overdueIds = async () => (await call('GET', `${BASE}/bodies/temuco/observations?status=overdue`, {})).json().items.map((i: { id: number }) => i.id);
    expect(await overdueIds()).toEqual([opened.id]);
    expect((await call('GET', `${BASE}/observations/${opened.id}`, {})).json().overdue).toBe(true);
    const answer = (headers: Record<string, string>) => call('POST', `${BASE}/observations/${opened.id}/answer`, headers, { body: 'Las obras se adjudicaron y comienzan el lunes.', url: 'https://temuco.cl/obras' });
    for (const [kind, status] of [['anonymous', 401], ['resident', 403], ['budgetOfficial', 403], ['otherOfficial', 403], ['otherAdmin', 403]] as Array<[ActorKind, number]>) {
      expect((await answer(await tokenOf(kind))).statusCode, kind).toBe(status);
    }
    expect((await answer(bearer(members[0]!.token))).statusCode).toBe(403);
    const done = await answer(await tokenOf('participationOfficial'));
    expect(done.json()).toMatchObject({ status: 'answered', overdue: false, messages: [{ kind: 'answer', url: 'https://temuco.cl/obras' }] });
    expect(await overdueIds()).toEqual([]);
    expect((await answer(await tokenOf('admin'))).statusCode).toBe(200);
    // Members reply and close; nothing lands on a closed observation.
    expect((await call('POST', `${BASE}/observations/${opened.id}/reply`, await tokenOf('participationOfficial'), { body: 'Réplica' })).statusCode).toBe(403);
    expect((await call('POST', `${BASE}/observations/${opened.id}/reply`, bearer(members[1]!.token), { body: '¿Y la fecha de término?' })).json().status).toBe('answered');
    expect((await call('POST', `${BASE}/observations/${opened.id}/close`, bearer(members[0]!.token), { body: 'Conforme con la respuesta.' })).json().status).toBe('closed');
    expect((await answer(await tokenOf('participationOfficial'))).statusCode).toBe(409);
    const [n] = await queryRows<{ n: number }>(t.database.db, sql`select count(*) as n from audit_log where resource_type = 'participation_oversight_observation' and resource_id = ${String(opened.id)} and public`);
    expect(Number(n!.n)).toBe(5); // opened, two answers, a reply, the close
  });

  it('are exported filtered as CSV and JSON, streamed, without emails', async () => {
    const csv = await call('GET', `${BASE}/bodies/temuco/observations?format=csv&targetType=procurement`, {});
    const lines = csv.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('id,title,targetType,targetId,targetRef,targetLabel,status,overdue,member,openedAt,dueDate,answerDays,answeredAt,closedAt,url');
    expect(lines).toHaveLength(2);
    expect(csv.body).not.toMatch(/@/);
    const json = (await call('GET', `${BASE}/bodies/temuco/observations?format=json&status=closed`, {})).json();
    expect(json.map((o: { status: string }) => o.status)).toEqual(['closed']);
    const page1 = (await call('GET', `${BASE}/bodies/temuco/observations?limit=2`, {})).json();
    const page2 = (await call('GET', `${BASE}/bodies/temuco/observations?limit=2&cursor=${page1.next}`, {})).json();
    expect(page1.items[0].id).toBeGreaterThan(page2.items[0].id);
  });
});

describe('reports', () => {
  it('are published by members in term, public for anyone', async () => {
    const report = { title: 'Informe del primer semestre', periodFrom: '2026-01-01', periodTo: '2026-06-30', body: 'Abrimos cuatro observaciones; tres fueron respondidas a tiempo.' };
    expect((await call('POST', `${BASE}/bodies/temuco/reports`, await tokenOf('participationOfficial'), report)).statusCode).toBe(403);
    expect((await call('POST', `${BASE}/bodies/temuco/reports`, bearer(members[0]!.token), { ...report, periodTo: '2025-12-31' })).statusCode).toBe(422);
    const ok = await call('POST', `${BASE}/bodies/temuco/reports`, bearer(members[0]!.token), report);
    expect(ok.statusCode).toBe(201);
    expect((await call('GET', `${BASE}/bodies/temuco/reports`, {})).json()).toMatchObject([{ title: report.title, periodFrom: '2026-01-01' }]);
    expect((await call('GET', `${BASE}/reports/${ok.json().id}`, {})).json().author).toMatch(/^Persona/);
    const seated = await t.database.db.select().from(participationOversightMembers).where(eq(participationOversightMembers.bodyId, body.id));
    expect(seated.length).toBeGreaterThan(0);
  });
});

describe('the OpenAPI document', () => {
  it('lists the oversight endpoints, writes with bearer security', async () => {
    const doc = (await call('GET', '/api/v1/openapi.json', {})).json();
    const paths = Object.keys(doc.paths).filter((p) => p.startsWith(BASE));
    expect(paths).toEqual(expect.arrayContaining([`${BASE}/bodies/{institution}`, `${BASE}/draws/{id}/run`, `${BASE}/observations/{id}/{kind}`, `${BASE}/bodies/{institution}/observations`]));
    expect(doc.paths[`${BASE}/bodies/{institution}/observations`].post.security).toEqual([{ bearer: [] }]);
    expect(doc.paths[`${BASE}/bodies/{institution}`].get.tags).toEqual(['participation']);
  });
});

describe('following an observation', () => {
  it('makes the member who opened it hear of the institution\'s first answer, in the app', async () => {
    const member = members[0]!;
    const opened = (await call('POST', `${BASE}/bodies/temuco/observations`, bearer(member.token), observation({ title: 'Calendario de obras de luminarias' }))).json();
    const official = await tokenOf('participationOfficial');
    const answer = (text: string) => call('POST', `${BASE}/observations/${opened.id}/answer`, official, { body: text });
    expect((await answer('Las obras comienzan el próximo lunes y duran 90 días corridos, según el contrato adjudicado.')).statusCode).toBe(200);
    expect((await answer('Agregamos el calendario detallado de obras en la página del compromiso, sector por sector.')).statusCode).toBe(200);
    await runNotifier(t.database.db, capturingMailer(), t.config);
    const mine = (await t.app.inject({ url: '/api/v1/participation/notifications', headers: bearer(member.token) })).json().items;
    // One notification (the first answer ends the wait; a second one is part of the thread), linked to the observation.
    const about = mine.filter((n: { subject: { type: string; id: number } }) => n.subject.type === 'observation' && n.subject.id === opened.id);
    expect(about).toHaveLength(1);
    expect(about[0]).toMatchObject({ subject: { id: opened.id, title: 'Calendario de obras de luminarias', url: `/participacion/organo-contralor/observaciones/${opened.id}` } });
    expect(about[0].text).toBe('La institución respondió la observación «Calendario de obras de luminarias».');
  });
});
