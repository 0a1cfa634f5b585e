// The demo debate: threads on the process and two proposals, a chain to depth 3, one comment hidden by a moderator.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { signedIn } from '../../../test-support/people.js';
import { queryRows } from '../../../core/db/client.js';
import { debateProcess, testProposal } from './test-support.js';
import { seedDebateDemo } from './seed.js';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); }, 60_000);
afterAll(async () => { await t.close(); });

it('seeds realistic threads with votes, depth 3 and one moderated comment', async () => {
  const process = await debateProcess(t);
  const residentIds = (await Promise.all([0, 1, 2, 3, 4].map(() => signedIn(t)))).map((b) => b.personId);
  const proposalIds = [await testProposal(t, process, residentIds[0]!), await testProposal(t, process, residentIds[1]!)];
  await t.database.db.transaction((tx) => seedDebateDemo(tx, { processId: process.id, institutionId: process.institutionId, residentIds, proposalIds }));
  const rows = await queryRows<{ target_type: string; n: number; depth: number; hidden: number; votes: number }>(t.database.db, sql`
    select target_type, count(*)::int as n, max(depth)::int as depth, count(*) filter (where status = 'hidden')::int as hidden,
      sum(upvotes + downvotes)::int as votes from participation_comments group by target_type order by target_type`);
  expect(rows.map((r) => [r.target_type, Number(r.depth), Number(r.hidden)])).toEqual([['process', 3, 1], ['proposal', 2, 0]]);
  expect(rows.every((r) => Number(r.votes) > 0)).toBe(true);
  const page = await t.app.inject({ url: `/participacion/procesos/${process.id}/debate` });
  expect(page.body).toContain('Comentario oculto por moderación.');
  expect(page.body).not.toContain('puros flojos');
  const [moderation] = await queryRows<{ reason: string }>(t.database.db, sql`select reason from participation_comment_moderations`);
  expect(moderation!.reason).toMatch(/^Descalifica a otros participantes/);
});
