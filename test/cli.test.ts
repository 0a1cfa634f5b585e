// The built `cabildo` command line, run as a child process against an embedded-database folder, as an operator would.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sql } from 'drizzle-orm';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { queryRows } from '../src/core/db/client.js';
import { hashSecret } from '../src/core/auth/secrets.js';
import { buildApp } from '../src/app.js';
import { testConfig } from '../src/test-support/app.js';
import { ensureBuilt } from './support/build.js';
import { childEnv, dataDirs, kill, runCli, runNode, startChild, withDataDir } from './support/processes.js';

// Each command is a new process that boots the embedded database: seconds each, more on a busy machine.
vi.setConfig({ testTimeout: 120_000 });

let dirs: Awaited<ReturnType<typeof dataDirs>>;
beforeAll(async () => {
  await ensureBuilt();
  dirs = await dataDirs();
}, 180_000);
afterAll(() => dirs?.remove());

/** Tampers the way an attacker with superuser access would: the append-only trigger must be switched off first. */
const tamper = (dataDir: string, statement: string) => withDataDir(dataDir, async ({ db }) => {
  await db.execute(sql`alter table audit_log disable trigger user`);
  await db.execute(sql.raw(statement));
  await db.execute(sql`alter table audit_log enable trigger user`);
});

describe('cabildo user create and token create', () => {
  it('creates an official of an institution named by CUT, and a token that authenticates the API', async () => {
    const dir = dirs.copy();
    const created = await runCli(dir, ['user', 'create', '--email', 'Ana@Example.cl', '--name', 'Ana Rojas', '--role', 'official',
      '--institution', '09101', '--permissions', 'budget,transparency', '--password-stdin'], { input: 'correct horse battery\n' });
    expect(created).toMatchObject({ code: 0 });
    expect(created.stdout).toMatch(/^created person \d+ <ana@example\.cl> as official of Municipalidad de Temuco\n$/);

    const again = await runCli(dir, ['user', 'create', '--email', 'ANA@example.cl', '--name', 'Ana Otra']);
    expect(again.code).toBe(1);
    expect(again.stderr).toBe('cabildo: An account with that email already exists. Sign in or reset your password.\n');

    const issued = await runCli(dir, ['token', 'create', '--email', 'ana@example.cl']);
    expect(issued.code).toBe(0);
    const token = issued.stdout.trim();
    expect(issued.stdout).toBe(`${token}\n`); // only the token, so it can be piped
    expect(token).toMatch(/^cab_[\w-]{40,}$/);

    await withDataDir(dir, async (database) => {
      const stored = await queryRows<{ token_hash: string }>(database.db, sql`select token_hash from api_tokens`);
      expect(stored).toEqual([{ token_hash: hashSecret(token) }]);
      const app = await buildApp(testConfig({ CABILDO_DATA_DIR: dir }), database, { logger: false });
      const ok = await app.inject({ url: '/api/v1/institutions?limit=1', headers: { authorization: `Bearer ${token}` } });
      expect(ok.statusCode).toBe(200);
      const wrong = await app.inject({ url: '/api/v1/institutions?limit=1', headers: { authorization: `Bearer ${token}x` } });
      expect(wrong.statusCode).toBe(401);
      const [person] = await queryRows<{ permissions: string[]; slug: string; has_password: boolean }>(database.db, sql`
        select r.permissions, i.slug, p.password_hash is not null as has_password
        from people p join role_assignments r on r.person_id = p.id join institutions i on i.id = r.institution_id`);
      expect(person).toEqual({ permissions: ['budget', 'transparency'], slug: 'temuco', has_password: true });
      const audit = await queryRows<{ action: string; actor_label: string; public: boolean }>(database.db,
        sql`select action, actor_label, public from audit_log where actor_label = 'cli' order by seq`);
      expect(audit).toEqual([
        { action: 'person.create', actor_label: 'cli', public: false },
        { action: 'role.grant', actor_label: 'cli', public: true },
        { action: 'api_token.create', actor_label: 'cli', public: false },
      ]);
      await app.close();
    });
  });

  it('rejects bad arguments with exit code 2 and a clear message, changing nothing', async () => {
    const dir = dirs.copy();
    const cases: Array<[string[], RegExp]> = [
      [['user', 'create', '--name', 'X'], /--email is required/],
      [['user', 'create', '--email', 'not-an-email', '--name', 'X'], /--email: .*valid email/],
      [['user', 'create', '--email', 'x@example.cl', '--name', 'X', '--role', 'mayor'], /--role must be one of: platform_admin/],
      [['user', 'create', '--email', 'x@example.cl', '--name', 'X', '--role', 'official', '--institution', 'atlantis'], /no institution "atlantis"/],
      [['user', 'create', '--email', 'x@example.cl', '--name', 'X', '--colour', 'red'], /Unknown option '--colour'/],
      [['token', 'create', '--email', 'nobody@example.cl'], /no account with email nobody@example\.cl/],
      [['frobnicate'], /unknown command "frobnicate"/],
    ];
    for (const [args, message] of cases) {
      const run = await runCli(dir, args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    }
    const short = await runCli(dir, ['user', 'create', '--email', 'x@example.cl', '--name', 'X', '--password-stdin'], { input: 'short\n' });
    expect(short.code).toBe(2);
    expect(short.stderr).toMatch(/password read from stdin: .*10/);
    const count = await withDataDir(dir, ({ db }) => queryRows<{ n: number }>(db, sql`select count(*)::int as n from people`));
    expect(count).toEqual([{ n: 0 }]);
  });
});

describe('cabildo audit verify', () => {
  let withEntries: string;
  beforeAll(async () => {
    withEntries = dirs.copy();
    for (const n of [1, 2]) {
      const run = await runCli(withEntries, ['user', 'create', '--email', `p${n}@example.cl`, '--name', `P${n}`, '--role', 'institution_admin', '--institution', 'temuco']);
      expect(run.code).toBe(0);
    }
    // 1 reference.load + 2 × (person.create, role.grant) = 5 entries
  }, 120_000);

  it('says intact with the count and the head hash', async () => {
    const intact = await runCli(withEntries, ['audit', 'verify']);
    expect(intact.code).toBe(0);
    const [head] = await withDataDir(withEntries, ({ db }) => queryRows<{ hash: string }>(db, sql`select hash from audit_log where seq = 5`));
    expect(intact.stdout).toBe(`intact: 5 entries, head ${head.hash}\n`);
  });

  it('finds the first bad entry after an edit, a deletion or a replaced hash', async () => {
    const scenarios: Array<[string, RegExp]> = [
      [`update audit_log set summary = '{"role":"platform_admin"}' where seq = 4`, /^broken: entry 4 does not match its hash .*; the 3 entries before it are intact\n$/],
      ['delete from audit_log where seq = 3', /^broken: entry 3 is missing \(deleted\); the 2 entries before it are intact\n$/],
      [`update audit_log set hash = repeat('a', 64) where seq = 2`, /^broken: entry 2 does not match its hash/],
    ];
    // Each on its own copy, side by side: every scenario opens the database twice.
    await Promise.all(scenarios.map(async ([statement, expected]) => {
      const dir = dirs.copy(withEntries);
      await tamper(dir, statement);
      const run = await runCli(dir, ['audit', 'verify']);
      expect(run.code, statement).toBe(1);
      expect(run.stdout).toMatch(expected);
    }));
  });
});

describe('one process per embedded database', () => {
  it('refuses while the server runs (exit 69, says what to do), then takes over the lock the killed server left', async () => {
    const dir = dirs.copy();
    const { child } = await startChild('dist/server.js', childEnv(dir, { PORT: '0' }), /Cabildo on /);
    try {
      const refused = await runCli(dir, ['audit', 'verify']);
      expect(refused.code).toBe(69);
      expect(refused.stderr).toContain(`in use by the Cabildo server (pid ${child.pid})`);
      expect(refused.stderr).toContain('DATABASE_URL');
      expect(refused.stdout).toBe('');
    } finally {
      await kill(child, 'SIGKILL');
    }
    // The killed server could not remove its lock file: a lock whose process is gone is stale.
    const after = await runCli(dir, ['audit', 'verify']);
    expect(after.stderr).toBe('');
    expect(after).toMatchObject({ code: 0, stdout: expect.stringMatching(/^intact: 1 entries/) });
  });

  it('lets exactly one of several processes that find the same stale lock take it over', async () => {
    const dir = dirs.empty();
    for (let round = 0; round < 3; round++) {
      writeFileSync(join(dir, 'cabildo.lock'), JSON.stringify({ pid: 999_999_999, role: 'server' })); // no such process
      const outcomes = await Promise.all(Array.from({ length: 6 }, () => runNode('test/fixtures/take-lock.mjs', [], childEnv(dir))));
      expect(outcomes.map((o) => o.stdout.trim()).sort()).toEqual(['refused', 'refused', 'refused', 'refused', 'refused', 'won']);
    }
  });
});

describe('startup failures', () => {
  it('reports an unreachable database and an invalid configuration with exit codes, not stack traces', async () => {
    const dir = dirs.empty();
    const unreachable = { DATABASE_URL: 'postgres://cabildo:secret@127.0.0.1:1/cabildo' };
    const run = await runCli(dir, ['migrate'], { env: unreachable });
    expect(run.code).toBe(69);
    expect(run.stderr).toContain('Cannot reach PostgreSQL at postgres://cabildo:***@127.0.0.1:1/cabildo');
    expect(run.stderr).not.toContain('secret');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    const badConfig = await runCli(dir, ['migrate'], { env: { PORT: 'eighty' } });
    expect(badConfig.code).toBe(78);
    expect(badConfig.stderr).toContain('PORT="eighty"');
  });

  it('runs through the installed launcher, bin/cabildo.js', async () => {
    const help = await runNode('bin/cabildo.js', ['help'], childEnv(dirs.empty()));
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: cabildo <command>');
    expect(help.stdout).toContain('audit verify');
    const seeded = await runNode('bin/cabildo.js', ['seed'], childEnv(dirs.copy()));
    expect(seeded).toMatchObject({ code: 0, stdout: 'seeded: reference data is in place\n' });
  });
});
