// Proposals through the API: who may write and when, the author following, idempotent double submits, rate limits,
// spam held for review, one support per person under concurrency, the threshold, and answers per role.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { queryRows } from '../../../core/db/client.js';
import { people } from '../../../core/auth/schema.js';
import { ACTORS, apiTokenFor, type ActorKind } from '../../../test-support/people.js';
import { createTestProcess, type TestProcess } from '../processes/test-support.js';
import { findProposal } from './queries.js';
import { supportProposal } from './commands/support-proposal.js';
import { bearer, proposalPayload, resident, setThreshold, support, verifiedResident, writeProposal } from './test-support.js';

let t: TestApp;
let process: TestProcess;
beforeAll(async () => { t = await createTestApp(); process = await createTestProcess(t, { components: ['proposals', 'debate'] }); }, 60_000);
afterAll(async () => { await t.close(); });

const post = (token: string | null, payload: object, headers: Record<string, string> = {}) => t.app.inject({
  method: 'POST', url: '/api/v1/participation/proposals', headers: { ...(token ? bearer(token) : {}), ...headers }, payload });
const get = (url: string, token?: string) => t.app.inject({ method: 'GET', url, headers: token ? bearer(token) : {} });
const count = async (q: ReturnType<typeof sql>) => Number((await queryRows<{ n: number }>(t.database.db, q))[0]!.n);
const HOUR = 3600_000;

describe('writing a proposal', () => {
  it('needs a signed-in person with a confirmed email', async () => {
    expect((await post(null, proposalPayload(process.id))).statusCode).toBe(401);
    const unconfirmed = await resident(t);
    await t.database.db.update(people).set({ emailConfirmedAt: null }).where(eq(people.id, unconfirmed.personId));
    const res = await post(unconfirmed.token, proposalPayload(process.id));
    expect(res.statusCode).toBe(403);
    expect(res.json().message).toMatch(/correo/);
  });

  it('answers 409 with the date when the phase closed, will open, or never enables proposals', async () => {
    const me = await resident(t);
    const closed = await createTestProcess(t, { phases: [{ title: 'Ideas', startsAt: new Date(Date.now() - 48 * HOUR), endsAt: new Date(Date.now() - 24 * HOUR), components: ['proposals'] }] });
    const res = await post(me.token, proposalPayload(closed.id));
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toMatch(/^La fase de propuestas de este proceso cerró el \d{4}-\d{2}-\d{2} \d{2}:\d{2}\.$/);
    const later = await createTestProcess(t, { phases: [{ title: 'Ideas', startsAt: new Date(Date.now() + 24 * HOUR), endsAt: new Date(Date.now() + 48 * HOUR), components: ['proposals'] }] });
    expect((await post(me.token, proposalPayload(later.id))).json().message).toMatch(/abre el/);
    const votesOnly = await createTestProcess(t, { components: ['vote'] });
    expect((await post(me.token, proposalPayload(votesOnly.id))).statusCode).toBe(409);
    expect(await count(sql`select count(*) as n from participation_proposals where author_id = ${me.personId}`)).toBe(0);
  });

  it('rejects invalid input with 400 and writes nothing', async () => {
    const me = await resident(t);
    for (const bad of [{ title: 'corto' }, { body: 'muy breve' }, { category: 'parking' }]) {
      expect((await post(me.token, proposalPayload(process.id, bad))).statusCode, JSON.stringify(bad)).toBe(400);
    }
  });

  it('publishes it, makes the author follow it, and writes its history and audit rows', async () => {
    const me = await resident(t);
    const p = await writeProposal(t, me.token, process.id);
    expect(p.state).toBe('published');
    expect(await count(sql`select count(*) as n from participation_follows where person_id = ${me.personId} and subject_type = 'proposal' and subject_id = ${p.id}`)).toBe(1);
    const history = (await get(`/api/v1/participation/proposals/${p.id}/history`)).json();
    expect(history).toMatchObject([{ from: null, to: 'published', official: null }]);
    expect(await count(sql`select count(*) as n from audit_log where action = 'participation.proposal.create' and resource_id = ${String(p.id)} and public`)).toBe(1);
    const body = (await get(`/api/v1/participation/proposals/${p.id}`)).body;
    expect(body).not.toMatch(/@test\.cabildo\.cl/);
    expect(JSON.parse(body).association).toBeNull();
  });

  it('may be written on behalf of an association, which is published with it', async () => {
    const me = await resident(t);
    const p = await writeProposal(t, me.token, process.id, { association: '  Junta de Vecinos N° 12 Villa Los Aromos ' });
    expect((await get(`/api/v1/participation/proposals/${p.id}`)).json().association).toBe('Junta de Vecinos N° 12 Villa Los Aromos');
    expect((await get(`/participacion/propuestas/${p.id}`)).body).toContain('en representación de Junta de Vecinos N° 12 Villa Los Aromos');
    expect((await post(me.token, proposalPayload(process.id, { association: 'x'.repeat(151) }))).statusCode).toBe(400);
  });

  it('creates one proposal for a repeated Idempotency-Key, even when the two arrive together', async () => {
    const me = await resident(t);
    const headers = { 'idempotency-key': 'double-click-0001' };
    const [a, b] = await Promise.all([post(me.token, proposalPayload(process.id), headers), post(me.token, proposalPayload(process.id), headers)]);
    expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
    expect(a.json().id).toBe(b.json().id);
    expect(await count(sql`select count(*) as n from participation_proposals where author_id = ${me.personId}`)).toBe(1);
  });

  it('limits each person to five proposals an hour (429)', async () => {
    const me = await resident(t);
    for (let i = 0; i < 5; i++) expect((await post(me.token, proposalPayload(process.id))).statusCode).toBe(201);
    const res = await post(me.token, proposalPayload(process.id));
    expect(res.statusCode).toBe(429);
    expect((await post((await resident(t)).token, proposalPayload(process.id))).statusCode).toBe(201);
  });

  it('counts a repeated Idempotency-Key once against the limit: a retry of the fifth proposal answers it, not 429', async () => {
    const me = await resident(t);
    for (let i = 0; i < 4; i++) expect((await post(me.token, proposalPayload(process.id))).statusCode).toBe(201);
    const headers = { 'idempotency-key': 'fifth-proposal-01' };
    const fifth = await post(me.token, proposalPayload(process.id), headers);
    const retry = await post(me.token, proposalPayload(process.id), headers);
    expect([fifth.statusCode, retry.statusCode]).toEqual([201, 201]);
    expect(retry.json().id).toBe(fifth.json().id);
    expect((await post(me.token, proposalPayload(process.id))).statusCode).toBe(429);
  });

  it('holds spam-like content, hidden from the public until an official publishes it (audited)', async () => {
    const author = await resident(t);
    const held = await writeProposal(t, author.token, process.id, { body: 'Gane dinero en el CASINO: http://a.cl http://b.cl http://c.cl y mucho más aquí.' });
    expect(held.state).toBe('held');
    const official = await apiTokenFor(t, (await ACTORS.participationOfficial(t)).personId);
    expect((await get(`/api/v1/participation/proposals/${held.id}`)).statusCode).toBe(404);
    expect((await get(`/api/v1/participation/proposals/${held.id}`, (await resident(t)).token)).statusCode).toBe(404);
    expect((await get(`/api/v1/participation/proposals/${held.id}`, author.token)).statusCode).toBe(200);
    expect((await get(`/api/v1/participation/proposals/${held.id}`, official)).statusCode).toBe(200);
    const publicIds = (await get(`/api/v1/participation/proposals?process=${process.id}&sort=newest&limit=200`)).json().items.map((i: { id: number }) => i.id);
    expect(publicIds).not.toContain(held.id);
    expect((await get(`/api/v1/participation/proposals?process=${process.id}&state=held`, author.token)).statusCode).toBe(403);
    expect((await get(`/api/v1/participation/proposals?process=${process.id}&state=held`, official)).json().items.map((i: { id: number }) => i.id)).toContain(held.id);
    const review = (token: string) => t.app.inject({ method: 'POST', url: `/api/v1/participation/proposals/${held.id}/review`, headers: bearer(token), payload: { decision: 'publish', note: 'Revisada: es una propuesta real.' } });
    expect((await review(author.token)).statusCode).toBe(403);
    expect((await review(official)).json().state).toBe('published');
    expect((await review(official)).statusCode).toBe(409);
    expect((await get(`/api/v1/participation/proposals/${held.id}`)).statusCode).toBe(200);
    expect(await count(sql`select count(*) as n from audit_log where action = 'participation.proposal.publish' and resource_id = ${String(held.id)}`)).toBe(1);
  });
});

describe('supports', () => {
  it('need a verified identity', async () => {
    const p = await writeProposal(t, (await resident(t)).token, process.id);
    const res = await support(t, p.id, await resident(t));
    expect(res.statusCode).toBe(403);
    expect(res.json().message).toMatch(/identidad verificada/);
    expect((await t.app.inject({ method: 'PUT', url: `/api/v1/participation/proposals/${p.id}/support` })).statusCode).toBe(401);
  });

  it('count one per person among 50 parallel requests from 25 people, and can be withdrawn', async () => {
    const p = await writeProposal(t, (await resident(t)).token, process.id);
    const people25 = [];
    for (let i = 0; i < 25; i++) people25.push(await verifiedResident(t));
    const responses = await Promise.all(people25.flatMap((who) => [support(t, p.id, who), support(t, p.id, who)]));
    expect(responses.every((r) => r.statusCode === 200)).toBe(true);
    expect(responses.filter((r) => r.json().changed)).toHaveLength(25);
    expect((await get(`/api/v1/participation/proposals/${p.id}`)).json().supportsCount).toBe(25);
    expect(await count(sql`select count(*) as n from participation_proposal_supports where proposal_id = ${p.id}`)).toBe(25);
    const out = await support(t, p.id, people25[0]!, 'DELETE');
    expect(out.json()).toMatchObject({ changed: true, supportsCount: 24 });
    expect((await support(t, p.id, people25[0]!, 'DELETE')).json()).toMatchObject({ changed: false, supportsCount: 24 });
  }, 120_000);

  it('move a proposal to evaluation once, on reaching the threshold, even when it is crossed concurrently', async () => {
    const own = await createTestProcess(t, { components: ['proposals'] });
    await setThreshold(t, own, 5);
    const p = await writeProposal(t, (await resident(t)).token, own.id);
    const supporters = [];
    for (let i = 0; i < 12; i++) supporters.push(await verifiedResident(t));
    await Promise.all(supporters.map((who) => support(t, p.id, who)));
    await support(t, p.id, supporters[0]!, 'DELETE');
    await support(t, p.id, supporters[0]!, 'PUT');
    const now = (await get(`/api/v1/participation/proposals/${p.id}`)).json();
    expect(now).toMatchObject({ state: 'evaluation', supportsCount: 12 });
    expect(await count(sql`select count(*) as n from participation_events where kind = 'proposal.thresholdReached' and subject_id = ${p.id}`)).toBe(1);
    const history = (await get(`/api/v1/participation/proposals/${p.id}/history`)).json();
    expect(history.map((h: { to: string }) => h.to)).toEqual(['published', 'evaluation']);
  }, 120_000);

  it('are refused when an answer closed the proposal after the supporter\'s request read it (409, count unchanged)', async () => {
    const p = await writeProposal(t, (await resident(t)).token, process.id);
    const voter = await verifiedResident(t);
    const stale = (await findProposal(t.database.db, p.id))!;
    const official = await apiTokenFor(t, (await ACTORS.participationOfficial(t)).personId);
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/participation/proposals/${p.id}/answer`, headers: bearer(official),
      payload: { answer: 'rejected', text: 'El terreno tiene otra destinación según el plan regulador.' } })).statusCode).toBe(200);
    const [actor] = await t.database.db.select({ personId: people.id, name: people.name }).from(people).where(eq(people.id, voter.personId));
    await expect(t.database.db.transaction((tx) => supportProposal(tx, stale, actor!, 100))).rejects.toMatchObject({ statusCode: 409 });
    expect(await count(sql`select supports_count as n from participation_proposals where id = ${p.id}`)).toBe(0);
    expect(await count(sql`select count(*) as n from participation_proposal_supports where proposal_id = ${p.id}`)).toBe(0);
  });

  it('are refused once the phase closes (409)', async () => {
    const own = await createTestProcess(t, { components: ['proposals'] });
    const p = await writeProposal(t, (await resident(t)).token, own.id);
    await t.database.db.execute(sql`update participation_phases set ends_at = now() - interval '1 minute', starts_at = now() - interval '2 hours' where process_id = ${own.id}`);
    const res = await support(t, p.id, await verifiedResident(t));
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toMatch(/cerró el/);
  });
});

describe('answers', () => {
  const ANSWER_ACCESS: Array<[ActorKind, number]> = [
    ['anonymous', 401], ['resident', 403], ['budgetOfficial', 403], ['otherOfficial', 403], ['otherAdmin', 403],
    ['participationOfficial', 200], ['admin', 200], ['platformAdmin', 200],
  ];
  it.each(ANSWER_ACCESS)('%s → %i', async (kind, status) => {
    const p = await writeProposal(t, (await resident(t)).token, process.id);
    const who = await ACTORS[kind](t);
    const res = await t.app.inject({ method: 'POST', url: `/api/v1/participation/proposals/${p.id}/answer`, headers: who ? bearer(await apiTokenFor(t, who.personId)) : {},
      payload: { answer: 'accepted', text: 'Se incluirá en el plan de inversiones 2027 del municipio.', estimatedCost: '15000000' } });
    expect(res.statusCode).toBe(status);
    expect(await count(sql`select count(*) as n from participation_events where kind = 'proposal.answered' and subject_id = ${p.id}`)).toBe(status === 200 ? 1 : 0);
  });

  it('need reasons, are public with the official\'s name and cost, notify followers and are final once accepted or rejected', async () => {
    const author = await resident(t);
    const p = await writeProposal(t, author.token, process.id);
    const officialBrowser = await ACTORS.participationOfficial(t);
    const official = await apiTokenFor(t, officialBrowser.personId);
    const answer = (payload: object) => t.app.inject({ method: 'POST', url: `/api/v1/participation/proposals/${p.id}/answer`, headers: bearer(official), payload });
    expect((await answer({ answer: 'rejected', text: 'No' })).statusCode).toBe(400);
    expect((await answer({ answer: 'rejected' })).statusCode).toBe(400);
    expect((await answer({ answer: 'evaluation', text: 'La Dirección de Obras estudia la factibilidad técnica.' })).json().state).toBe('evaluation');
    const done = (await answer({ answer: 'rejected', text: 'El terreno es un bien nacional de uso público con otra destinación.', estimatedCost: '2500000' })).json();
    expect(done).toMatchObject({ state: 'rejected', answer: { estimatedCost: '2500000' } });
    expect(done.answer.answeredBy).toMatch(/^Persona \d+$/);
    expect((await answer({ answer: 'accepted', text: 'Cambio de opinión sin proceso alguno.' })).statusCode).toBe(409);
    const history = (await get(`/api/v1/participation/proposals/${p.id}/history`)).json();
    expect(history.slice(1).map((h: { to: string; official: string }) => [h.to, h.official])).toEqual([['evaluation', done.answer.answeredBy], ['rejected', done.answer.answeredBy]]);
    const events = await queryRows<{ n: number }>(t.database.db, sql`select count(*) as n from participation_events e join participation_follows f
      on f.subject_type = e.subject_type and f.subject_id = e.subject_id where e.kind = 'proposal.answered' and e.subject_id = ${p.id} and f.person_id = ${author.personId}`);
    expect(Number(events[0]!.n)).toBe(2);
  });
});
