import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Validator } from '@seriousme/openapi-schema-validator';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { ACTORS, apiTokenFor, signedIn, type ActorKind } from '../../../test-support/people.js';
import { auditLog } from '../../../core/audit/schema.js';
import { createTestProcess, type TestProcess } from '../processes/test-support.js';
import { resident, writeProposal } from '../proposals/test-support.js';
import { bearer } from '../votes/test-support.js';
import { participationProposals } from '../proposals/schema.js';
import { eq } from 'drizzle-orm';
import { runNotifier } from './notifier.js';
import { isFollowing } from './queries.js';
import { capturingMailer, recordDirectly } from './test-support.js';

let t: TestApp;
let process: TestProcess;
let proposal: number;
beforeAll(async () => {
  t = await createTestApp();
  process = await createTestProcess(t, { components: ['proposals'] });
  proposal = (await writeProposal(t, (await resident(t)).token, process.id)).id;
});
afterAll(async () => { await t.close(); });

const tokenOf = async (who: ActorKind) => {
  const b = await ACTORS[who](t);
  return b && { personId: b.personId, token: await apiTokenFor(t, b.personId) };
};
const call = (method: 'GET' | 'PUT' | 'DELETE' | 'POST', url: string, token?: string, payload?: object) =>
  t.app.inject({ method, url, headers: token ? bearer(token) : {}, payload });

describe('PUT/DELETE /api/v1/participation/follows/{type}/{id}', () => {
  it.each([
    ['anonymous', 401], ['resident', 200], ['participationOfficial', 200], ['otherOfficial', 200], ['admin', 200], ['otherAdmin', 200],
  ] satisfies Array<[ActorKind, number]>)('%s → %s', async (who, status) => {
    const me = await tokenOf(who);
    const res = await call('PUT', `/api/v1/participation/follows/proposal/${proposal}`, me?.token);
    expect(res.statusCode).toBe(status);
    if (!me) return;
    expect(res.json()).toMatchObject({ subject: { type: 'proposal', id: proposal, url: `/participacion/propuestas/${proposal}` } });
    expect(await isFollowing(t.database.db, me.personId, { type: 'proposal', id: proposal })).toBe(true);
    expect((await call('DELETE', `/api/v1/participation/follows/proposal/${proposal}`, me.token)).statusCode).toBe(204);
    expect(await isFollowing(t.database.db, me.personId, { type: 'proposal', id: proposal })).toBe(false);
  });

  it('is idempotent, audited in private, and refuses unknown subjects (404) and types (400)', async () => {
    const me = (await tokenOf('resident'))!;
    const url = `/api/v1/participation/follows/process/${process.id}`;
    const [first, second] = [await call('PUT', url, me.token), await call('PUT', url, me.token)];
    expect(second.json()).toEqual(first.json());
    const entries = (await t.database.db.select().from(auditLog)).filter((e) => e.actorId === me.personId && e.action === 'participation.follow');
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((e) => !e.public)).toBe(true);
    expect((await call('PUT', '/api/v1/participation/follows/proposal/999999', me.token)).statusCode).toBe(404);
    expect((await call('PUT', '/api/v1/participation/follows/vote/999999', me.token)).statusCode).toBe(404);
    expect((await call('PUT', '/api/v1/participation/follows/person/1', me.token)).statusCode).toBe(400);
    expect((await call('DELETE', '/api/v1/participation/follows/proposal/999999', me.token)).statusCode).toBe(404);
  });

  it('refuses to follow a proposal held for review (not public), but lets anyone stop following it', async () => {
    const me = (await tokenOf('resident'))!;
    const held = (await writeProposal(t, (await resident(t)).token, process.id)).id;
    await t.database.db.update(participationProposals).set({ state: 'held' }).where(eq(participationProposals.id, held));
    expect((await call('PUT', `/api/v1/participation/follows/proposal/${held}`, me.token)).statusCode).toBe(404);
    expect((await call('DELETE', `/api/v1/participation/follows/proposal/${held}`, me.token)).statusCode).toBe(204);
  });

  it('limits how often a person can change what they follow (429), each change being audited', async () => {
    const me = (await tokenOf('resident'))!;
    const url = `/api/v1/participation/follows/process/${process.id}`;
    for (let i = 0; i < 120; i++) expect((await call(i % 2 ? 'DELETE' : 'PUT', url, me.token)).statusCode).toBeLessThan(300);
    expect((await call('PUT', url, me.token)).statusCode).toBe(429);
  });

  it('a session needs the CSRF token (no cross-site follow)', async () => {
    const b = await signedIn(t);
    const url = `/api/v1/participation/follows/process/${process.id}`;
    expect((await t.app.inject({ method: 'PUT', url, cookies: b.cookies })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'PUT', url, cookies: b.cookies, headers: { 'x-csrf-token': b.csrf } })).statusCode).toBe(200);
  });
});

describe('GET /api/v1/participation/follows', () => {
  it('lists what I follow, newest first, in pages; 401 anonymous', async () => {
    const me = (await tokenOf('resident'))!;
    await call('PUT', `/api/v1/participation/follows/process/${process.id}`, me.token);
    await call('PUT', `/api/v1/participation/follows/proposal/${proposal}`, me.token);
    const first = (await call('GET', '/api/v1/participation/follows?limit=1', me.token)).json();
    expect(first.items).toEqual([expect.objectContaining({ subject: expect.objectContaining({ type: 'proposal', id: proposal }) })]);
    const second = (await call('GET', `/api/v1/participation/follows?limit=1&cursor=${first.next}`, me.token)).json();
    expect(second.items[0].subject).toMatchObject({ type: 'process', id: process.id, title: 'Plan de inversiones en plazas 2027' });
    expect(second.next).toBeNull();
    expect((await call('GET', '/api/v1/participation/follows')).statusCode).toBe(401);
  });
});

describe('GET /api/v1/participation/notifications', () => {
  it('shows mine only, newest first, in pages, with the unread count; marking read clears it', async () => {
    const me = (await tokenOf('resident'))!;
    const other = (await tokenOf('resident'))!;
    await call('PUT', `/api/v1/participation/follows/proposal/${proposal}`, me.token);
    for (const answer of ['evaluation', 'accepted', 'rejected']) await recordDirectly(t, 'proposal', proposal, 'proposal.answered', { answer });
    await runNotifier(t.database.db, capturingMailer(), t.config);
    const page = (await call('GET', '/api/v1/participation/notifications?limit=2&lang=en', me.token)).json();
    expect(page.unread).toBe(3);
    expect(page.items.map((i: { params: { answer: string } }) => i.params.answer)).toEqual(['rejected', 'accepted']);
    expect(page.items[0]).toMatchObject({ kind: 'proposal.answered', read: false, url: `/participacion/propuestas/${proposal}`,
      text: expect.stringContaining('has been answered: Rejected.') });
    const rest = (await call('GET', `/api/v1/participation/notifications?limit=2&cursor=${page.next}`, me.token)).json();
    expect(rest.items.map((i: { params: { answer: string } }) => i.params.answer)).toEqual(['evaluation']);
    expect((await call('GET', '/api/v1/participation/notifications', other.token)).json()).toMatchObject({ unread: 0, items: [] });
    expect((await call('POST', '/api/v1/participation/notifications/read', me.token)).json()).toEqual({ marked: 3 });
    const after = (await call('GET', '/api/v1/participation/notifications', me.token)).json();
    expect(after.unread).toBe(0);
    expect(after.items.every((i: { read: boolean }) => i.read)).toBe(true);
    expect((await call('GET', '/api/v1/participation/notifications?cursor=WyJ4Il0', me.token)).statusCode).toBe(400);
    expect((await call('GET', '/api/v1/participation/notifications')).statusCode).toBe(401);
  });
});

describe('/api/v1/participation/notifications/preferences', () => {
  it('reads and sets my email choice; refuses anything else', async () => {
    const me = (await tokenOf('resident'))!;
    const url = '/api/v1/participation/notifications/preferences';
    expect((await call('GET', url, me.token)).json()).toEqual({ email: 'immediate', emailConfirmed: true });
    expect((await call('PUT', url, me.token, { email: 'daily' })).json()).toEqual({ email: 'daily', emailConfirmed: true });
    expect((await call('GET', url, me.token)).json()).toMatchObject({ email: 'daily' });
    expect((await call('PUT', url, me.token, { email: 'weekly' })).statusCode).toBe(400);
    expect((await call('PUT', url, undefined, { email: 'off' })).statusCode).toBe(401);
  });
});

describe('OpenAPI', () => {
  it('documents every route of following and notifications, write endpoints with their bearer security', async () => {
    const doc = (await t.app.inject({ url: '/api/v1/openapi.json' })).json();
    const result = await new Validator().validate(doc);
    expect(result.errors ?? []).toEqual([]);
    const follow = doc.paths['/api/v1/participation/follows/{type}/{id}'];
    expect(Object.keys(follow).sort()).toEqual(['delete', 'put']);
    expect(follow.put.security).toEqual([{ bearer: [] }]);
    expect(doc.paths['/api/v1/participation/notifications/preferences'].put.tags).toEqual(['participation']);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/participation/follows', '/api/v1/participation/notifications',
      '/api/v1/participation/notifications/read']));
    expect(Object.keys(doc.paths).filter((p) => p.includes('notificaciones') || p.includes('seguir'))).toEqual([]);
  });
});
