// Moderation per role, audited in public with its reason, and the moderation queue page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { ACTORS, apiTokenFor, type AccessTable } from '../../../test-support/people.js';
import { auditLog } from '../../../core/audit/schema.js';
import type { TestProcess } from '../processes/test-support.js';
import { comment, commenter, debateProcess, recountSummary, thread, type Commenter } from './test-support.js';
import { participationCommentModerations } from './schema.js';

let t: TestApp;
let process: TestProcess;
let ana: Commenter;
beforeAll(async () => {
  t = await createTestApp();
  process = await debateProcess(t);
  ana = await commenter(t);
}, 60_000);
afterAll(async () => { await t.close(); });

const moderate = (token: string | null, id: number, action: string, reason = 'Contiene insultos a un vecino.') => t.app.inject({
  method: 'POST', url: `/api/v1/participation/comments/${id}/moderation`, headers: token ? { authorization: `Bearer ${token}` } : {}, payload: { action, reason } });
const tokenOf = async (who: keyof typeof ACTORS) => {
  const b = await ACTORS[who](t);
  return b ? apiTokenFor(t, b.personId) : null;
};

describe('who may moderate', () => {
  it.each([
    ['anonymous', 401], ['resident', 403], ['budgetOfficial', 403], ['otherOfficial', 403], ['otherAdmin', 403],
    ['participationOfficial', 200], ['admin', 200], ['platformAdmin', 200],
  ] satisfies AccessTable)('%s → %s', async (who, status) => {
    const id = await comment(t, await commenter(t), process, { body: 'Texto que se moderará en esta prueba.' });
    const res = await moderate(await tokenOf(who), id, 'hide');
    expect(res.statusCode).toBe(status);
    const actions = await t.database.db.select().from(participationCommentModerations).where(eq(participationCommentModerations.commentId, id));
    expect(actions).toHaveLength(status === 200 ? 1 : 0);
  });

  it('lets neither the author nor another resident hide a comment', async () => {
    const id = await comment(t, ana, process);
    expect((await moderate(ana.token, id, 'hide')).statusCode).toBe(403);
    expect((await moderate((await commenter(t)).token, id, 'hide')).statusCode).toBe(403);
  });
});

describe('moderation actions', () => {
  it('hide, restore and confirm, each with its reason in the public audit log, never the text', async () => {
    const official = await tokenOf('participationOfficial');
    const id = await comment(t, await commenter(t), process, { body: 'Texto polémico sobre la feria libre.' });
    expect((await moderate(official, id, 'confirm')).statusCode).toBe(409);
    expect((await moderate(official, id, 'hide')).json()).toEqual({ status: 'hidden' });
    const hidden = await thread(t, process);
    expect(hidden.body).not.toContain('Texto polémico');
    expect((await moderate(official, id, 'restore', 'Revisado: es crítica legítima.')).json()).toEqual({ status: 'visible' });
    expect((await thread(t, process)).body).toContain('Texto polémico');
    await moderate(official, id, 'hide');
    expect((await moderate(official, id, 'confirm', 'Confirmado tras revisión.')).json()).toEqual({ status: 'hidden' });
    const audit = await t.database.db.select().from(auditLog).where(and(eq(auditLog.resourceType, 'participation_comment'), eq(auditLog.resourceId, String(id))));
    const acts = audit.filter((a) => a.action !== 'participation.comment.create');
    expect(acts.map((a) => [a.action, a.public, (a.summary as { reason: string }).reason])).toEqual([
      ['participation.comment.hide', true, 'Contiene insultos a un vecino.'],
      ['participation.comment.restore', true, 'Revisado: es crítica legítima.'],
      ['participation.comment.hide', true, 'Contiene insultos a un vecino.'],
      ['participation.comment.confirm', true, 'Confirmado tras revisión.'],
    ]);
    expect(JSON.stringify(audit)).not.toContain('Texto polémico');
    expect((await thread(t, process)).json().summary).toEqual(await recountSummary(t, process));
  });

  it('refuses a reason too short (400)', async () => {
    const id = await comment(t, await commenter(t), process);
    expect((await moderate(await tokenOf('participationOfficial'), id, 'hide', 'x')).statusCode).toBe(400);
  });
});

describe('the moderation queue page', () => {
  it.each([
    ['anonymous', 401], ['resident', 403], ['budgetOfficial', 403], ['participationOfficial', 200], ['admin', 200], ['otherOfficial', 200], ['platformAdmin', 200],
  ] satisfies AccessTable)('%s → %s, showing only their institution\'s comments', async (who, status) => {
    const id = await comment(t, await commenter(t), process, { body: 'GANA DINERO con bitcoin en la cola de moderación.' });
    const b = await ACTORS[who](t);
    const res = await t.app.inject({ url: '/participacion/moderacion', cookies: b?.cookies });
    expect(res.statusCode).toBe(status);
    if (status !== 200) return;
    // Valdivia's official moderates Valdivia only: Temuco's held comment is not theirs to see.
    expect(res.body.includes(`moderar=${id}`)).toBe(who !== 'otherOfficial');
  });
});

describe('held comments', () => {
  it('are published by a moderator\'s restore', async () => {
    const id = await comment(t, await commenter(t), process, { body: 'Visiten www.a.cl www.b.cl www.c.cl para más información.' });
    expect((await thread(t, process)).json().items.some((i: { id: number }) => i.id === id)).toBe(false);
    const official = await tokenOf('participationOfficial');
    expect((await thread(t, process, '', { token: official! })).json().items.find((i: { id: number }) => i.id === id).status).toBe('held');
    await moderate(official, id, 'restore', 'Enlaces a sitios municipales: no es spam.');
    expect((await thread(t, process)).json().items.find((i: { id: number }) => i.id === id).status).toBe('visible');
  });
});
