// A debate thread with 10,000 comments (2,000 roots, each with four replies down to depth 3, made with one SQL
// statement: src/modules/participation/debate/generate.ts): p95 of its first and a deep page over real HTTP (HTML page
// and JSON API), and, in the same run, the thread query against two naive ways of reading the same page: one query per
// comment's replies (N+1, as ORMs do by default) and a recursive CTE over parent_id (no (root_id, path) index).
//   npx tsx bench/participation-debate.ts                          (embedded PGlite)
//   BENCH_DATABASE_URL=postgres://… npx tsx bench/participation-debate.ts   (a new database in that cluster)
// BENCH_REQUESTS (default 400) and BENCH_CONCURRENCY (default 8) tune the HTTP part. Never part of the test suite.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { openDatabase, queryRows, type Db } from '../src/core/db/client.js';
import { migrate } from '../src/core/db/migrate.js';
import { seedReference } from '../src/core/tenancy/reference.js';
import { findInstitution } from '../src/core/tenancy/queries.js';
import { createPerson } from '../src/core/auth/commands/create-person.js';
import { createProcess } from '../src/modules/participation/processes/commands/create-process.js';
import { COMMENTS_PER_ROOT, generateThread } from '../src/modules/participation/debate/generate.js';
import { threadPage, type Sort } from '../src/modules/participation/debate/queries.js';
import { freePort } from './servers.js';

const ROOT = join(import.meta.dirname, '..');
const ROOTS = 2000;
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 400);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const TARGET_P95 = 100;
const DEEP_ROOT = 1000;

const p95 = (ms: number[]) => [...ms].sort((a, b) => a - b)[Math.ceil(ms.length * 0.95) - 1]!;
const p50 = (ms: number[]) => [...ms].sort((a, b) => a - b)[Math.floor(ms.length / 2)]!;

async function timed(n: number, run: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < 5; i++) await run();
  const ms: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    await run();
    ms.push(performance.now() - start);
  }
  return ms;
}

/** The naive reading: the page's roots, then one query for the replies of every comment shown (N+1). */
async function nPlusOne(db: Db, processId: number, afterId: number) {
  const roots = await queryRows<{ id: number }>(db, sql`select id, body from participation_comments where target_type = 'process'
    and target_id = ${processId} and parent_id is null and id > ${afterId} order by id limit 20`);
  const out: unknown[] = [];
  async function children(id: number): Promise<void> {
    const rows = await queryRows<{ id: number }>(db, sql`select id, body from participation_comments where parent_id = ${id} order by id`);
    for (const r of rows) { out.push(r); await children(r.id); }
  }
  for (const r of roots) { out.push(r); await children(r.id); }
  return out;
}

/** A recursive CTE over parent_id, ordered by a path built on the fly (what one writes without a stored path). */
function recursiveCte(db: Db, processId: number, afterId: number) {
  return queryRows(db, sql`with recursive roots as (select id from participation_comments where target_type = 'process' and target_id = ${processId}
      and parent_id is null and id > ${afterId} order by id limit 20),
    tree as (select c.id, c.body, c.id as root, array[c.id] as path from participation_comments c join roots on roots.id = c.id
      union all select c.id, c.body, tree.root, tree.path || c.id from participation_comments c join tree on c.parent_id = tree.id)
    select * from tree order by root, path`);
}

async function prepare(location: { url?: string; dataDir?: string }) {
  const database = await openDatabase(location);
  await migrate(database);
  await database.db.transaction((tx) => seedReference(tx));
  const temuco = (await findInstitution(database.db, 'temuco'))!;
  const { processId, authorIds } = await database.db.transaction(async (tx) => {
    const ids: number[] = [];
    for (let i = 0; i < 50; i++) ids.push((await createPerson(tx, { email: `vecina${i}@bench.cabildo.cl`, name: `Vecina ${i}`, emailConfirmed: true }, { id: null, label: 'bench' })).id);
    const { process } = await createProcess(tx, { institutionId: temuco.id, title: 'Plan de plazas 2027', description: 'Benchmark.', scope: 'comuna',
      scopeCode: temuco.cutCode ?? '09101', phases: [{ title: 'Debate', startsAt: new Date(Date.now() - 3600_000), endsAt: new Date(Date.now() + 86400_000), components: ['debate'] }] },
    { personId: ids[0]!, name: 'Vecina 0' });
    return { processId: process.id, authorIds: ids };
  });
  await generateThread(database.db, { institutionId: temuco.id, type: 'process', id: processId, authorIds, roots: ROOTS });
  await database.db.execute(sql`analyze participation_comments`);
  const [{ n }] = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from participation_comments where target_id = ${processId}`);
  const [{ first }] = await queryRows<{ first: number }>(database.db, sql`select min(id)::int as first from participation_comments where target_id = ${processId}`);
  const deepAfter = Number(first) - 1 + DEEP_ROOT * COMMENTS_PER_ROOT;
  const page = (after: number, sort: Sort = 'oldest') => threadPage(database.db, { targetType: 'process', targetId: processId, sort, after: [after], limit: 20, viewerId: null, moderator: false });
  const rows: Array<[string, number[], number[]]> = [
    ['one statement (root_id, path)', await timed(100, () => page(0)), await timed(100, () => page(deepAfter))],
    ['naive N+1 (a query per comment)', await timed(30, () => nPlusOne(database.db, processId, 0)), await timed(30, () => nPlusOne(database.db, processId, deepAfter))],
    ['recursive CTE over parent_id', await timed(30, () => recursiveCte(database.db, processId, 0)), await timed(30, () => recursiveCte(database.db, processId, deepAfter))],
  ];
  await database.close();
  return { processId, comments: Number(n), deepAfter, rows };
}

async function startServer(env: Record<string, string>) {
  const built = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'ignore' }).status === 0;
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, built ? ['dist/server.js'] : ['--import', 'tsx', 'src/server.ts'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production', PORT: String(port), HOST: '127.0.0.1', BASE_URL: url, LOG_LEVEL: 'warn',
      SESSION_SECRET: randomBytes(32).toString('hex'), CABILDO_IDENTITY_KEY: randomBytes(32).toString('hex'), CABILDO_SEED: 'none', ...env } });
  for (let i = 0; i < 600; i++) {
    try { if ((await fetch(`${url}/healthz`)).ok) break; } catch { /* starting */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, built, stop: () => new Promise<void>((resolve) => { child.once('exit', () => resolve()); child.kill('SIGTERM'); }) };
}

async function http(url: string): Promise<{ ms: number[]; bytes: number }> {
  let bytes = 0;
  for (let i = 0; i < 10; i++) bytes = (await (await fetch(url)).arrayBuffer()).byteLength;
  const ms: number[] = [];
  let next = 0;
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    while (next++ < REQUESTS) {
      const start = performance.now();
      const res = await fetch(url);
      await res.arrayBuffer();
      if (!res.ok) throw new Error(`${res.status} from ${url}`);
      ms.push(performance.now() - start);
    }
  }));
  return { ms, bytes };
}

async function main() {
  const loadBefore = loadavg()[0]!;
  const adminUrl = process.env.BENCH_DATABASE_URL;
  const dataDir = mkdtempSync(join(tmpdir(), 'cabildo-bench-debate-'));
  let dbUrl: string | undefined;
  if (adminUrl) {
    const name = `cabildo_bench_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect(); await admin.query(`create database ${name}`); await admin.end();
    const u = new URL(adminUrl); u.pathname = `/${name}`; dbUrl = u.toString();
  }
  const prep = await prepare(dbUrl ? { url: dbUrl } : { dataDir });
  const server = await startServer(dbUrl ? { DATABASE_URL: dbUrl, CABILDO_DATA_DIR: dataDir } : { CABILDO_DATA_DIR: dataDir });
  const cursor = Buffer.from(JSON.stringify([prep.deepAfter])).toString('base64url');
  const pageUrl = `${server.url}/participacion/procesos/${prep.processId}/debate`;
  const apiUrl = `${server.url}/api/v1/participation/comments?targetType=process&targetId=${prep.processId}`;
  const targets: Array<[string, string]> = [
    ['HTML page, first page', pageUrl], ['HTML page, deep page (root 1,000 of 2,000)', `${pageUrl}?cursor=${cursor}`],
    ['JSON API, first page', apiUrl], ['JSON API, deep page', `${apiUrl}&cursor=${cursor}`],
  ];
  const results: Array<[string, { ms: number[]; bytes: number }]> = [];
  try {
    for (const [name, url] of targets) results.push([name, await http(url)]);
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  console.log(`\n${new Date().toISOString().slice(0, 10)} · ${cpus().length} × ${cpus()[0]?.model.trim()} · Node ${process.version} · ${dbUrl ? 'PostgreSQL' : 'PGlite'}`
    + ` · ${prep.comments} comments in the thread · server ${server.built ? 'compiled (dist/)' : 'tsx (build failed)'} · load average before ${loadBefore.toFixed(1)}\n`);
  console.log('Database only (20 roots and their replies = 100 comments):\n');
  console.log('| reading | first page p50 / p95 ms | deep page p50 / p95 ms |');
  console.log('|---|---:|---:|');
  for (const [name, first, deep] of prep.rows) console.log(`| ${name} | ${p50(first).toFixed(1)} / ${p95(first).toFixed(1)} | ${p50(deep).toFixed(1)} / ${p95(deep).toFixed(1)} |`);
  console.log(`\nOver HTTP (${REQUESTS} requests, ${CONCURRENCY} concurrent):\n`);
  console.log('| page | p50 ms | p95 ms | KB | target p95 ≤ 100 ms |');
  console.log('|---|---:|---:|---:|---|');
  for (const [name, r] of results) console.log(`| ${name} | ${p50(r.ms).toFixed(1)} | ${p95(r.ms).toFixed(1)} | ${(r.bytes / 1024).toFixed(0)} | ${p95(r.ms) <= TARGET_P95 ? 'meets' : 'MISSES'} |`);
  if (adminUrl && dbUrl) {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect(); await admin.query(`drop database if exists ${new URL(dbUrl).pathname.slice(1)} with (force)`); await admin.end();
  }
}

await main();
