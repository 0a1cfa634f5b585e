// p95 of the proposal index page with 10,000 proposals in one process, over real HTTP against Cabildo started as a
// child process (as bench/servers.ts does), on PGlite and, with BENCH_DATABASE_URL, on PostgreSQL. Target: p95 ≤ 100 ms.
//   npx tsx bench/participation-proposals.ts
//   bash .ci/with-postgres sh -c 'BENCH_DATABASE_URL=$PG_URL npx tsx bench/participation-proposals.ts'
// Four pages: the first page sorted by supports, a deep cursor page (row 9,000) sorted by supports, a category filter,
// and a deep cursor page sorted by newest. The baseline, in the same run: the same pages on a copy of the data without
// the proposal indexes (schema.ts), so each figure shows what the keyset seek on an index buys. EXPLAIN of the deep
// page is printed for both. BENCH_SECONDS (default 5) per page, BENCH_CONCURRENCY (default 10).
import http from 'node:http';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { sql, type SQL } from 'drizzle-orm';
import { openDatabase, queryRows, type Database } from '../src/core/db/client.js';
import { migrate } from '../src/core/db/migrate.js';
import { seedReference } from '../src/core/tenancy/reference.js';
import { findInstitution } from '../src/core/tenancy/queries.js';
import { createPerson } from '../src/core/auth/commands/create-person.js';
import { createProcess } from '../src/modules/participation/processes/commands/create-process.js';
import { encodeCursor } from '../src/core/http/pagination.js';
import { freePort } from './servers.js';

const N = Number(process.env.BENCH_PROPOSALS ?? 10_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 10);
const TARGET_P95 = 100;
const adminUrl = process.env.BENCH_DATABASE_URL;
const ROOT = join(import.meta.dirname, '..');
const INDEXES = ['participation_proposals_process_idx', 'participation_proposals_supports_idx', 'participation_proposals_state_idx'];

/** 10,000 proposals by 200 authors in one process, by SQL; supports_count and categories spread as real ones are. */
async function prepare(database: Database, withIndexes: boolean) {
  await migrate(database);
  const { db } = database;
  await db.transaction((tx) => seedReference(tx));
  const temuco = (await findInstitution(db, 'temuco'))!;
  const processId = await db.transaction(async (tx) => {
    const official = await createPerson(tx, { email: 'bench@cabildo.test', name: 'Bench', emailConfirmed: true }, { id: null, label: 'bench' });
    for (let i = 0; i < 200; i++) await createPerson(tx, { email: `autor${i}@cabildo.test`, name: `Autora ${i}`, emailConfirmed: true }, { id: null, label: 'bench' });
    const { process } = await createProcess(tx, { institutionId: temuco.id, title: 'Bench', description: 'Bench', scope: 'comuna', scopeCode: '09101',
      phases: [{ title: 'Propuestas', startsAt: new Date(Date.now() - 3600_000), endsAt: new Date(Date.now() + 86400_000), components: ['proposals'] }] }, { personId: official.id, name: 'Bench' });
    return process.id;
  });
  await db.execute(sql`insert into participation_proposals (institution_id, process_id, author_id, title, body, category, state, supports_count, created_at)
    select ${temuco.id}, ${processId}, (select min(id) from people) + 1 + (g % 200), 'Propuesta ' || g || ' para mejorar la plaza del barrio',
      repeat('Texto de la propuesta con detalles del lugar y del problema. ', 8),
      (array['public_spaces','mobility','environment','safety','culture','social','other'])[1 + g % 7],
      (array['published','published','published','evaluation','accepted','rejected'])[1 + g % 6],
      (floor(power(random(), 3) * 500))::int, now() - (g || ' minutes')::interval
    from generate_series(1, ${N}) g`);
  if (!withIndexes) for (const idx of INDEXES) await db.execute(sql.raw(`drop index ${idx}`));
  await db.execute(sql`analyze participation_proposals`);
  const [bySupports] = await queryRows<{ supports_count: number; id: number }>(db, sql`select supports_count, id from participation_proposals
    where process_id = ${processId} and state in ('published','evaluation','accepted','rejected') order by supports_count desc, id desc offset 9000 limit 1`);
  const [byId] = await queryRows<{ id: number }>(db, sql`select id from participation_proposals where process_id = ${processId} order by id desc offset 9000 limit 1`);
  const explain = async (cursor: SQL) => (await queryRows<{ 'QUERY PLAN': string }>(db, sql`explain select p.id, people.name from participation_proposals p
    join people on people.id = p.author_id where p.process_id = ${processId} and p.state in ('published','evaluation','accepted','rejected') ${cursor}
    order by p.supports_count desc, p.id desc limit 25`)).map((r) => r['QUERY PLAN']).join('\n');
  const plan = `first page:\n${await explain(sql``)}\ndeep page:\n${await explain(sql`and (p.supports_count, p.id) < (${bySupports!.supports_count}, ${bySupports!.id})`)}`;
  return {
    processId, plan,
    cursors: { supports: encodeCursor([Number(bySupports!.supports_count), Number(bySupports!.id)]), newest: encodeCursor([Number(byId!.id)]) },
  };
}

interface Target { url: string; dataDir?: string; drop(): Promise<void>; prepared: Awaited<ReturnType<typeof prepare>> }

async function makeTarget(withIndexes: boolean): Promise<Target> {
  if (!adminUrl) {
    const dataDir = mkdtempSync(join(tmpdir(), 'cabildo-bench-proposals-'));
    const database = await openDatabase({ dataDir });
    const prepared = await prepare(database, withIndexes);
    await database.close();
    return { url: '', dataDir, prepared, drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
  }
  const name = `cabildo_bench_${randomBytes(4).toString('hex')}`;
  const admin = async (q: string) => { const c = new pg.Client({ connectionString: adminUrl }); await c.connect(); try { await c.query(q); } finally { await c.end(); } };
  await admin(`create database ${name}`);
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  const database = await openDatabase({ url: u.toString() });
  const prepared = await prepare(database, withIndexes);
  await database.close();
  return { url: u.toString(), prepared, drop: () => admin(`drop database if exists ${name} with (force)`) };
}

/** Cabildo (under tsx, so a half-built tree elsewhere cannot stop the bench) on the prepared data, no demo seed. */
async function start(target: Target): Promise<{ base: string; child: ChildProcess }> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: {
    ...process.env, NODE_ENV: 'production', PORT: String(port), HOST: '127.0.0.1', BASE_URL: base, LOG_LEVEL: 'warn', SESSION_SECRET: randomBytes(32).toString('hex'), CABILDO_IDENTITY_KEY: randomBytes(32).toString('hex'),
    CABILDO_SEED: 'none', ...(target.dataDir ? { CABILDO_DATA_DIR: target.dataDir } : { DATABASE_URL: target.url }) } });
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode}`);
    try { if ((await fetch(`${base}/healthz`)).ok) return { base, child }; } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('server did not start');
}

const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
const get = (url: string) => new Promise<number>((resolve, reject) => {
  http.get(url, { agent }, (res) => { res.resume(); res.on('end', () => resolve(res.statusCode!)); }).on('error', reject);
});

async function measure(url: string, seconds: number) {
  const times: number[] = [];
  let failures = 0;
  const end = performance.now() + seconds * 1000;
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    while (performance.now() < end) {
      const s = performance.now();
      if ((await get(url)) !== 200) failures++;
      times.push(performance.now() - s);
    }
  }));
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { rps: times.length / seconds, p50: at(0.5), p95: at(0.95), p99: at(0.99), failures };
}

async function main() {
  const load = loadavg()[0]!;
  const rows: string[] = [];
  const plans: string[] = [];
  for (const withIndexes of [true, false]) {
    const target = await makeTarget(withIndexes);
    const { base, child } = await start(target);
    const { processId, cursors, plan } = target.prepared;
    plans.push(`${withIndexes ? 'with indexes' : 'baseline, no indexes'}:\n${plan}`);
    const page = `${base}/participacion/procesos/${processId}/propuestas`;
    const pages: Array<[string, string]> = [
      ['first page, most supported', `${page}?sort=supports`],
      ['deep cursor page (row 9,000), most supported', `${page}?sort=supports&cursor=${cursors.supports}`],
      ['category filter, newest', `${page}?sort=newest&category=mobility`],
      ['deep cursor page (row 9,000), newest', `${page}?sort=newest&cursor=${cursors.newest}`],
    ];
    try {
      // Warm-up of every page first (JIT, PostgreSQL's caches), so the first page measured is not the one that pays it.
      for (const [, url] of pages) await measure(url, 2);
      for (const [name, url] of pages) {
        const r = await measure(url, SECONDS);
        rows.push(`| ${withIndexes ? 'indexed' : 'baseline (no indexes)'} | ${name} | ${Math.round(r.rps)} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.failures} | ${withIndexes ? (r.p95 <= TARGET_P95 ? 'meets' : 'MISSES') : '—'} |`);
      }
    } finally {
      await new Promise<void>((resolve) => { child.once('exit', () => resolve()); child.kill('SIGTERM'); });
      await target.drop();
    }
  }
  console.log(`\n${new Date().toISOString().slice(0, 10)} · ${adminUrl ? 'PostgreSQL' : 'PGlite'} · ${N} proposals · ${CONCURRENCY} concurrent × ${SECONDS} s · load average before ${load.toFixed(1)}\n`);
  console.log(`| data | page | req/s | p50 ms | p95 ms | p99 ms | errors | p95 ≤ ${TARGET_P95} ms |`);
  console.log('|---|---|---:|---:|---:|---:|---:|---|');
  for (const r of rows) console.log(r);
  console.log(`\nEXPLAIN of the first and the deep page (most supported):\n${plans.join('\n\n')}`);
}

await main();
