// The debate through the API: depth, edit window, votes, reports, closed phases, rate limits, idempotency, spam,
// thread order in one query and pagination, on a fresh database (PGlite, or PostgreSQL with TEST_DATABASE_URL).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { queryRows } from '../../../core/db/client.js';
import type { TestProcess } from '../processes/test-support.js';
import { participationEvents } from '../notifications/schema.js';
import { auth, closedDebateProcess, comment, commenter, countersOf, debateProcess, recountSummary, postComment, testProposal, thread, type Commenter } from './test-support.js';
import { generateThread } from './generate.js';
import { threadPage, threadStatement } from './queries.js';
import { MAX_DEPTH, REPORTS_TO_HIDE } from './rules.js';

const dialect = new PgDialect();
let t: TestApp;
let process: TestProcess;
let ana: Commenter;
let beto: Commenter;
beforeAll(async () => {
  t = await createTestApp();
  process = await debateProcess(t);
  ana = await commenter(t);
  beto = await commenter(t);
}, 60_000);
afterAll(async () => { await t.close(); });

const vote = (who: Commenter, id: number, value: 1 | -1 | null) => t.app.inject({ method: value === null ? 'DELETE' : 'PUT',
  url: `/api/v1/participation/comments/${id}/vote`, headers: auth(who), ...(value === null ? {} : { payload: { value } }) });
const report = (who: Commenter, id: number, reason = 'offensive') => t.app.inject({ method: 'POST', url: `/api/v1/participation/comments/${id}/reports`, headers: auth(who), payload: { reason } });

describe('threads', () => {
  it('nest replies to depth 3 and attach a reply to a depth-3 comment to its parent, notifying the author answered', async () => {
    const root = await comment(t, ana, process, { alignment: 'for' });
    const d1 = await comment(t, beto, process, { parentId: root });
    const d2 = await comment(t, ana, process, { parentId: d1 });
    const d3 = await comment(t, beto, process, { parentId: d2 });
    const d4 = await comment(t, ana, process, { parentId: d3 });
    const items = (await thread(t, process)).json().items as Array<{ id: number; depth: number; parentId: number | null }>;
    const mine = items.filter((i) => [root, d1, d2, d3, d4].includes(i.id));
    expect(mine.map((i) => [i.id, i.depth, i.parentId])).toEqual([[root, 0, null], [d1, 1, root], [d2, 2, d1], [d3, 3, d2], [d4, MAX_DEPTH, d2]]);
    const events = await t.database.db.select().from(participationEvents);
    const replies = events.filter((e) => e.kind === 'comment.reply' && [d1, d2, d3, d4].includes(Number(e.params.commentId)));
    expect(replies.map((e) => [e.params.commentId, e.recipientId, e.actorId])).toEqual([[d1, ana.personId, beto.personId], [d2, beto.personId, ana.personId], [d3, ana.personId, beto.personId], [d4, beto.personId, ana.personId]]);
    expect(replies[0]).toMatchObject({ subjectType: 'process', subjectId: process.id, processId: process.id });
  });

  it('refuses a parent of another target, anonymous (401) and unconfirmed writers, bad input (400)', async () => {
    const other = await debateProcess(t);
    const foreign = await comment(t, ana, other);
    expect((await postComment(t, beto, { targetType: 'process', targetId: process.id, body: 'hola vecinos', parentId: foreign })).statusCode).toBe(400);
    expect((await postComment(t, null, { targetType: 'process', targetId: process.id, body: 'hola' })).statusCode).toBe(401);
    expect((await postComment(t, beto, { targetType: 'process', targetId: process.id, body: '' })).statusCode).toBe(400);
    expect((await postComment(t, beto, { targetType: 'process', targetId: 999_999, body: 'hola' })).statusCode).toBe(404);
  });

  it('works on a proposal through its process', async () => {
    const proposal = await testProposal(t, process, ana.personId);
    const id = await comment(t, beto, { type: 'proposal', id: proposal }, { alignment: 'against' });
    const res = (await thread(t, { type: 'proposal', id: proposal })).json();
    expect(res.items.map((i: { id: number }) => i.id)).toEqual([id]);
    expect(res.summary).toEqual({ for: 0, against: 1, neutral: 0, total: 1 });
    expect(res.target).toMatchObject({ type: 'proposal', title: 'Ciclovía por Avenida Alemania', open: true });
  });

  it('refuses writes with 409 and the closing date once the phase closed', async () => {
    const closed = await closedDebateProcess(t);
    const res = await postComment(t, ana, { targetType: 'process', targetId: closed.id, body: 'Llego tarde, pero opino.' });
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toMatch(/^El debate de este proceso cerró el .+: ya no se pueden publicar/);
  });
});

describe('editing', () => {
  it('lets the author edit within 15 minutes (marked edited), nobody else, and nobody after', async () => {
    const id = await comment(t, ana, process);
    const edit = (who: Commenter) => t.app.inject({ method: 'PATCH', url: `/api/v1/participation/comments/${id}`, headers: auth(who), payload: { body: 'Corrijo: la plaza de Pedro de Valdivia.' } });
    expect((await edit(beto)).statusCode).toBe(403);
    expect((await edit(ana)).statusCode).toBe(200);
    const item = (await thread(t, process)).json().items.find((i: { id: number }) => i.id === id);
    expect(item.body).toBe('Corrijo: la plaza de Pedro de Valdivia.');
    expect(item.editedAt).not.toBeNull();
    await t.database.db.execute(sql`update participation_comments set created_at = now() - interval '16 minutes' where id = ${id}`);
    const late = await edit(ana);
    expect(late.statusCode).toBe(409);
    expect(late.json().message).toBe('Ya pasaron los 15 minutos para editar este comentario.');
  });
});

describe('votes', () => {
  it('count one vote per person under parallel requests, and stay exact through changes and withdrawals', async () => {
    const id = await comment(t, ana, process);
    const voters = await Promise.all(Array.from({ length: 12 }, () => commenter(t)));
    // Each person sends the same vote twice at once, and half of them a contradictory one too.
    await Promise.all(voters.flatMap((v, i) => [vote(v, id, 1), vote(v, id, 1), ...(i % 2 ? [vote(v, id, -1)] : [])]));
    let c = await countersOf(t, id);
    expect(c.up + c.down).toBe(12);
    expect([c.up, c.down]).toEqual([c.realUp, c.realDown]);
    await Promise.all(voters.slice(0, 4).map((v) => vote(v, id, -1)));
    await Promise.all(voters.slice(4, 6).map((v) => vote(v, id, null)));
    c = await countersOf(t, id);
    expect(c.up + c.down).toBe(10);
    expect([c.up, c.down]).toEqual([c.realUp, c.realDown]);
    expect((await vote(ana, id, 1)).statusCode).toBe(400);
    const mine = (await thread(t, process, '', voters[0]!)).json().items.find((i: { id: number }) => i.id === id);
    expect(mine.myVote).toBe(-1);
  });
});

describe('reports', () => {
  it(`hide a comment after ${REPORTS_TO_HIDE} reports from different people, one report per person, text never shown`, async () => {
    const id = await comment(t, ana, process, { body: 'Un comentario que algunos consideran ofensivo.' });
    const [a, b, c] = await Promise.all([commenter(t), commenter(t), commenter(t)]);
    expect((await report(a!, id)).json()).toEqual({ hidden: false });
    expect((await report(a!, id)).statusCode).toBe(409);
    expect((await report(ana, id)).statusCode).toBe(400);
    expect((await report(b!, id, 'spam')).json()).toEqual({ hidden: false });
    expect((await report(c!, id, 'invalid')).statusCode).toBe(400);
    expect((await report(c!, id)).json()).toEqual({ hidden: true });
    const res = await thread(t, process, '', ana);
    const item = res.json().items.find((i: { id: number }) => i.id === id);
    expect(item).toMatchObject({ status: 'hidden', body: null, author: null });
    expect(res.body).not.toContain('algunos consideran ofensivo');
    const csv = await t.app.inject({ url: `/api/v1/participation/comments/export?targetType=process&targetId=${process.id}&format=csv` });
    expect(csv.body).not.toContain('algunos consideran ofensivo');
    expect(csv.body).toMatch(new RegExp(`\\r\\n${id},,0,,neutral,hidden,,`));
  });
});

describe('abuse', () => {
  it('holds spam-like comments: visible to their author only, out of exports', async () => {
    const id = await comment(t, beto, process, { body: 'GANA DINERO YA con bitcoin http://a.cl http://b.cl http://c.cl' });
    const own = (await thread(t, process, '', beto)).json().items.find((i: { id: number }) => i.id === id);
    expect(own).toMatchObject({ status: 'held' });
    expect((await thread(t, process, '', ana)).json().items.some((i: { id: number }) => i.id === id)).toBe(false);
    const json = await t.app.inject({ url: `/api/v1/participation/comments/export?targetType=process&targetId=${process.id}&format=json` });
    expect(json.body).not.toContain('bitcoin');
    expect(JSON.parse(json.body).some((r: { id: number }) => r.id === id)).toBe(false);
  });

  it('creates one comment for a double submit with the same Idempotency-Key', async () => {
    const who = await commenter(t);
    const payload = { targetType: 'process', targetId: process.id, body: 'Enviado dos veces por una conexión lenta.' };
    const [a, b] = await Promise.all([0, 1].map(() => postComment(t, who, payload, { 'idempotency-key': 'clave-de-prueba-1' })));
    expect(a!.json().id).toBe(b!.json().id);
    const rows = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from participation_comments where author_id = ${who.personId}`);
    expect(Number(rows[0]!.n)).toBe(1);
  });

  it('answers 429 past 10 comments in 10 minutes', async () => {
    const who = await commenter(t);
    const codes: number[] = [];
    for (let i = 0; i < 11; i++) codes.push((await postComment(t, who, { targetType: 'process', targetId: process.id, body: `Comentario número ${i} sobre la plaza.` })).statusCode);
    expect(codes.slice(0, 10).every((c) => c === 201)).toBe(true);
    expect(codes[10]).toBe(429);
  });
});

describe('the alignment summary', () => {
  it('equals a recount of visible comments after posts, edits, reports and moderation', async () => {
    const recount = await recountSummary(t, process);
    expect(recount.total).toBeGreaterThan(10);
    expect((await thread(t, process)).json().summary).toEqual(recount);
  });
});

describe('a big thread', () => {
  it('comes in one statement, in display order, paginated by roots with every sort', async () => {
    const big = await debateProcess(t);
    await generateThread(t.database.db, { institutionId: big.institutionId, type: 'process', id: big.id, authorIds: [ana.personId, beto.personId], roots: 45 });
    const spy = vi.spyOn(t.database.db, 'execute');
    const page = await threadPage(t.database.db, { targetType: 'process', targetId: big.id, sort: 'oldest', after: null, limit: 20, viewerId: null, moderator: false });
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
    expect(page.rows).toHaveLength(100);
    expect(page.rows.slice(0, 5).map((r) => r.depth)).toEqual([0, 1, 2, 3, 1]);
    expect(page.rows.slice(0, 5).map((r) => r.parentId)).toEqual([null, page.rows[0]!.id, page.rows[1]!.id, page.rows[2]!.id, page.rows[0]!.id]);
    expect(dialect.sqlToQuery(threadStatement({ targetType: 'process', targetId: 1, sort: 'voted', after: null, limit: 20, viewerId: null, moderator: false })).sql)
      .not.toMatch(/recursive/i);
    for (const sort of ['oldest', 'newest', 'voted']) {
      const seen: number[] = [];
      let cursor = '';
      for (let i = 0; i < 5; i++) {
        const res = (await thread(t, big, `&sort=${sort}${cursor}`)).json();
        seen.push(...res.items.filter((x: { depth: number }) => x.depth === 0).map((x: { id: number }) => x.id));
        if (!res.next) break;
        cursor = `&cursor=${res.next}`;
      }
      expect(seen, sort).toHaveLength(45);
      expect(new Set(seen).size, sort).toBe(45);
    }
  });

  it('uses the thread index for the replies (plan with sequential scans off)', async () => {
    const plan = await t.database.db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      const { sql: text, params } = dialect.sqlToQuery(threadStatement({ targetType: 'process', targetId: process.id, sort: 'oldest', after: null, limit: 20, viewerId: null, moderator: false }));
      const inlined = text.replace(/\$(\d+)/g, (_, n) => { const v = params[Number(n) - 1]; return typeof v === 'string' ? `'${v}'` : String(v); });
      return queryRows<Record<string, string>>(tx, sql.raw(`explain ${inlined}`));
    });
    const text = plan.map((r) => Object.values(r)[0]).join('\n');
    expect(text).toContain('participation_comments_thread_idx');
    expect(text).toContain('participation_comments_roots_idx');
  });
});
