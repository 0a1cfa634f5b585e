// Factories for the debate's tests: a process with debate open (or closed), a proposal of it, commenters with API
// tokens, and shortcuts for the API calls the tests repeat.
import { sql } from 'drizzle-orm';
import type { TestApp } from '../../../test-support/app.js';
import { apiTokenFor, signedIn, type Browser } from '../../../test-support/people.js';
import { queryRows } from '../../../core/db/client.js';
import { createTestProcess, type TestProcess } from '../processes/test-support.js';
import { participationProposals } from '../proposals/schema.js';

const DAY = 24 * 3600_000;

export interface Commenter extends Browser { token: string }

export async function commenter(t: TestApp): Promise<Commenter> {
  const b = await signedIn(t);
  return { ...b, token: await apiTokenFor(t, b.personId) };
}

export const debateProcess = (t: TestApp, institution = 'temuco') => createTestProcess(t, { components: ['debate'], institution });

/** A process whose only debate phase ended yesterday. */
export const closedDebateProcess = (t: TestApp) => createTestProcess(t, { phases: [{
  title: 'Debate', startsAt: new Date(Date.now() - 3 * DAY), endsAt: new Date(Date.now() - DAY), components: ['debate'] }] });

export async function testProposal(t: TestApp, process: TestProcess, authorId: number): Promise<number> {
  const [row] = await t.database.db.insert(participationProposals).values({ institutionId: process.institutionId, processId: process.id,
    authorId, title: 'Ciclovía por Avenida Alemania', body: 'Una ciclovía segregada.', state: 'published' }).returning({ id: participationProposals.id });
  return row!.id;
}

export const auth = (who: { token: string } | null) => (who ? { authorization: `Bearer ${who.token}` } : {});

export function postComment(t: TestApp, who: { token: string } | null, payload: Record<string, unknown>, headers: Record<string, string> = {}) {
  return t.app.inject({ method: 'POST', url: '/api/v1/participation/comments', headers: { ...auth(who), ...headers }, payload });
}

/** Posts and returns the new comment's id, failing the test on anything but 201. */
export async function comment(t: TestApp, who: { token: string }, target: { type?: string; id: number }, extra: Record<string, unknown> = {}): Promise<number> {
  const res = await postComment(t, who, { targetType: target.type ?? 'process', targetId: target.id, body: 'Me parece bien, pero hay que escuchar a los vecinos.', ...extra });
  if (res.statusCode !== 201) throw new Error(`comment not created: ${res.statusCode} ${res.body}`);
  return res.json().id;
}

export const thread = (t: TestApp, target: { type?: string; id: number }, query = '', who: { token: string } | null = null) =>
  t.app.inject({ url: `/api/v1/participation/comments?targetType=${target.type ?? 'process'}&targetId=${target.id}${query}`, headers: auth(who) });

export async function countersOf(t: TestApp, id: number) {
  const [row] = await queryRows<{ up: number; down: number; real_up: number; real_down: number }>(t.database.db, sql`
    select c.upvotes as up, c.downvotes as down,
      (select count(*) from participation_comment_votes v where v.comment_id = c.id and v.value = 1)::int as real_up,
      (select count(*) from participation_comment_votes v where v.comment_id = c.id and v.value = -1)::int as real_down
    from participation_comments c where c.id = ${id}`);
  return { up: Number(row!.up), down: Number(row!.down), realUp: Number(row!.real_up), realDown: Number(row!.real_down) };
}

/** The alignment summary recounted from the comments themselves, to check the kept counters against. */
export async function recountSummary(t: TestApp, target: { type?: string; id: number }) {
  const rows = await queryRows<{ alignment: 'for' | 'against' | 'neutral'; n: number }>(t.database.db, sql`select alignment, count(*)::int as n
    from participation_comments where target_type = ${target.type ?? 'process'} and target_id = ${target.id} and status = 'visible' group by alignment`);
  const s = { for: 0, against: 0, neutral: 0, total: 0 };
  for (const r of rows) { s[r.alignment] = Number(r.n); s.total += Number(r.n); }
  return s;
}
