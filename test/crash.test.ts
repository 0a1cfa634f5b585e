// Killing the process during a write: every change and its audit entry commit together or not at all, the killed
// process's lock is taken over, and the audit chain still verifies.
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../src/core/db/client.js';
import { verifyAuditChain } from '../src/core/audit/verify.js';
import { ensureBuilt } from './support/build.js';
import { childEnv, dataDirs, kill, runCli, startChild, withDataDir } from './support/processes.js';

// Each writer and command is a new process that boots the embedded database: seconds each, more on a busy machine.
vi.setConfig({ testTimeout: 120_000 });

let dirs: Awaited<ReturnType<typeof dataDirs>>;
beforeAll(async () => {
  await ensureBuilt();
  dirs = await dataDirs();
}, 180_000);
afterAll(() => dirs?.remove());

/** Lets the writer commit at least 20 transactions, then kills it at a random moment inside its tight write loop. */
async function writeThenKill(dataDir: string): Promise<number> {
  const { child, output } = await startChild('test/fixtures/audited-writes.mjs', childEnv(dataDir), /^(?:[2-9]\d|\d{3,})$/m);
  await new Promise((resolve) => setTimeout(resolve, Math.random() * 50));
  await kill(child, 'SIGKILL');
  return Math.max(...output().trim().split('\n').map(Number));
}

it('leaves no half-written change and an intact audit chain after SIGKILL, twice in a row', async () => {
  const dir = dirs.copy();
  const acknowledged = (await writeThenKill(dir)) + (await writeThenKill(dir));

  const verified = await runCli(dir, ['audit', 'verify']);
  expect(verified.stderr).toBe('');
  expect(verified.code).toBe(0);

  await withDataDir(dir, async ({ db }) => {
    const [counts] = await queryRows<{ people: number; roles: number; creates: number; grants: number; orphans: number }>(db, sql`
      select (select count(*)::int from people) as people,
             (select count(*)::int from role_assignments) as roles,
             (select count(*)::int from audit_log where action = 'person.create') as creates,
             (select count(*)::int from audit_log where action = 'role.grant') as grants,
             (select count(*)::int from people p where not exists (
               select 1 from audit_log a where a.action = 'person.create' and a.resource_id = p.id::text)) as orphans`);
    // Each writer may have committed one transaction it had no time to acknowledge.
    expect(counts.people).toBeGreaterThanOrEqual(acknowledged);
    expect(counts.people).toBeLessThanOrEqual(acknowledged + 2);
    expect(counts).toEqual({ people: counts.people, roles: counts.people, creates: counts.people, grants: counts.people, orphans: 0 });
    const chain = await verifyAuditChain(db);
    expect(chain).toMatchObject({ ok: true, count: 1 + 2 * counts.people });
  });
});
