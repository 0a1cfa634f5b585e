// Ballots per second with 200 concurrent voters over real HTTP, against Cabildo compiled and started as `npm start`
// runs it (bench/servers.ts) on PostgreSQL. Target: ≥ 1,000 ballots/s sustained, none lost or duplicated.
//   bash .ci/with-postgres sh -c 'BENCH_DATABASE_URL=$PG_URL npx tsx bench/participation-ballots.ts'
// Setup, directly in the database: BENCH_VOTERS (default 2,000) identity-verified people with API tokens and
// BENCH_VOTES (default 10) open votes, so every voter casts one ballot in every vote (20,000 ballots); one job in
// BENCH_DUPLICATE_EVERY (default 10) is sent twice, shuffled in, and must get exactly one 201 and one 409.
// Side by side in the same run, as a baseline that makes the noise visible: the same HTTP stack answering the
// trivial authenticated route GET /api/v1/me with the same tokens and concurrency. Checked afterwards: 201s = counted
// ballots = participations = bulletin rows, and the bulletin recounts to the results. PGPOOL_MAX sets the app's pool.
import http from 'node:http';
import { loadavg } from 'node:os';
import { randomBytes, createHash } from 'node:crypto';
import pg from 'pg';
import { buildCabildo, startCabildo } from './servers.js';

const VOTERS = Number(process.env.BENCH_VOTERS ?? 2000);
const VOTES = Number(process.env.BENCH_VOTES ?? 10);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 200);
const DUPLICATE_EVERY = Number(process.env.BENCH_DUPLICATE_EVERY ?? 10);
const adminUrl = process.env.BENCH_DATABASE_URL;
if (!adminUrl) throw new Error('BENCH_DATABASE_URL: the target is PostgreSQL (see the header)');

const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });

function request(base: string, method: string, path: string, token: string, body?: unknown): Promise<number> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = http.request(`${base}${path}`, {
      method, agent, headers: { authorization: `Bearer ${token}`, ...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}) },
    }, (res) => { res.resume(); res.on('end', () => resolve(res.statusCode!)); });
    req.on('error', reject);
    req.end(payload);
  });
}

/** Runs the jobs with CONCURRENCY workers; answers the statuses, the wall time and the latencies. */
async function run<J>(jobs: J[], send: (job: J) => Promise<number>) {
  const statuses = new Map<number, number>();
  const times: number[] = [];
  let next = 0;
  const t0 = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    while (next < jobs.length) {
      const job = jobs[next++]!;
      const s = performance.now();
      const status = await send(job);
      times.push(performance.now() - s);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
  }));
  const seconds = (performance.now() - t0) / 1000;
  times.sort((a, b) => a - b);
  const p = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)]!;
  return { statuses, seconds, perSecond: jobs.length / seconds, p50: p(0.5), p99: p(0.99) };
}

async function setUp(db: pg.Client) {
  const { rows: [temuco] } = await db.query<{ id: number }>(`select id from institutions where slug = 'temuco'`);
  const { rows: [official] } = await db.query<{ id: number }>(`insert into people (name) values ('Bench official') returning id`);
  const tokens: string[] = [];
  for (let start = 0; start < VOTERS; start += 1000) {
    const n = Math.min(1000, VOTERS - start);
    const { rows } = await db.query<{ id: number }>(`insert into people (name, identity_verified_at, identity_method)
      select 'Votante ' || g, now(), 'in_person' from generate_series(1, $1) g returning id`, [n]);
    const batch = rows.map(() => `cab_${randomBytes(32).toString('base64url')}`);
    await db.query(`insert into api_tokens (person_id, name, token_hash, prefix) select * from unnest($1::int[], $2::text[], $3::text[], $4::text[])`,
      [rows.map((r) => r.id), rows.map(() => 'bench'), batch.map((t) => createHash('sha256').update(t).digest('hex')), batch.map((t) => t.slice(0, 10))]);
    tokens.push(...batch);
  }
  const votes: { id: number; options: number[] }[] = [];
  for (let v = 0; v < VOTES; v++) {
    const { rows: [vote] } = await db.query<{ id: number }>(`insert into participation_votes (institution_id, title, choice, max_choices, opens_at, closes_at, created_by)
      values ($1, $2, 'single', 1, now() - interval '1 minute', now() + interval '1 day', $3) returning id`, [temuco!.id, `Bench ${v}`, official!.id]);
    const { rows: options } = await db.query<{ id: number }>(`insert into participation_vote_options (vote_id, institution_id, label, position)
      select $1, $2, 'Opción ' || g, g from generate_series(1, 3) g returning id`, [vote!.id, temuco!.id]);
    votes.push({ id: vote!.id, options: options.map((o) => o.id) });
  }
  return { tokens, votes };
}

function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) { const j = Math.floor(Math.random() * (i + 1)); [items[i], items[j]] = [items[j]!, items[i]!]; }
  return items;
}

async function verify(db: pg.Client, base: string, votes: { id: number }[], created: number) {
  await db.query(`update participation_votes set closes_at = now() - interval '1 second' where id = any($1)`, [votes.map((v) => v.id)]);
  let bulletinRows = 0;
  let recountOk = true;
  for (const v of votes) {
    const bulletin = await (await fetch(`${base}/api/v1/participation/votes/${v.id}/bulletin?format=json`)).json() as { choices: number[] }[];
    const results = await (await fetch(`${base}/api/v1/participation/votes/${v.id}/results`)).json() as { options: { id: number; votes: number }[] };
    bulletinRows += bulletin.length;
    const recount = new Map<number, number>();
    for (const b of bulletin) for (const o of b.choices) recount.set(o, (recount.get(o) ?? 0) + 1);
    recountOk &&= results.options.every((o) => o.votes === (recount.get(o.id) ?? 0));
  }
  const { rows: [counts] } = await db.query<{ participations: string; ballots: string }>(`select
    (select count(*) from participation_vote_participations where vote_id = any($1)) as participations,
    (select count(*) from participation_ballots where vote_id = any($1) and counted) as ballots`, [votes.map((v) => v.id)]);
  return { created, participations: Number(counts!.participations), ballots: Number(counts!.ballots), bulletinRows, recountOk };
}

async function main() {
  console.log(`load average before: ${loadavg().map((l) => l.toFixed(2)).join(' ')}; ${VOTERS} voters × ${VOTES} votes, ${CONCURRENCY} concurrent, pool ${process.env.PGPOOL_MAX ?? 10}`);
  if (!process.env.BENCH_SKIP_BUILD) buildCabildo();
  // startCabildo keeps the URL of the database it creates to itself, and this bench needs it for the setup: the
  // database is made here and handed to the server through DATABASE_URL, which the child inherits.
  const name = `cabildo_bench_votes_${randomBytes(4).toString('hex')}`;
  const admin = async (statement: string) => {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    try { await c.query(statement); } finally { await c.end(); }
  };
  await admin(`create database ${name}`);
  const url = new URL(adminUrl!);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
  // Production refuses to start without the identity key (RUN hashes, eligibility lists); startCabildo sets none.
  process.env.CABILDO_IDENTITY_KEY ??= randomBytes(32).toString('hex');
  const server = await startCabildo();
  const db = new pg.Client({ connectionString: url.toString() });
  await db.connect();
  try {
    const { tokens, votes } = await setUp(db);
    const jobs = votes.flatMap((v) => tokens.map((token, i) => ({ token, vote: v.id, choice: v.options[i % 3]! })));
    const duplicates = jobs.filter((_, i) => i % DUPLICATE_EVERY === 0);
    const baselineJobs = jobs.slice(0, Math.min(jobs.length, 20_000));
    // Warm-up: the JIT, the pool's connections and the plans, on the baseline route.
    await run(baselineJobs.slice(0, 2000), (j) => request(server.url, 'GET', '/api/v1/me', j.token));
    const baseline = await run(baselineJobs, (j) => request(server.url, 'GET', '/api/v1/me', j.token));
    const ballots = await run(shuffle([...jobs, ...duplicates]), (j) => request(server.url, 'POST', `/api/v1/participation/votes/${j.vote}/ballots`, j.token, { choices: [j.choice] }));
    const created = ballots.statuses.get(201) ?? 0;
    const checks = await verify(db, server.url, votes, created);
    const row = (name: string, r: Awaited<ReturnType<typeof run>>) =>
      `| ${name} | ${Math.round(r.perSecond).toLocaleString('en')} | ${r.p50.toFixed(0)} ms | ${r.p99.toFixed(0)} ms | ${[...r.statuses].map(([s, n]) => `${s}×${n}`).join(' ')} |`;
    console.log('\n| route (200 concurrent) | req/s | p50 | p99 | statuses |\n|---|---:|---:|---:|---|');
    console.log(row('GET /api/v1/me (baseline: token auth only)', baseline));
    console.log(row(`POST …/ballots (${jobs.length} ballots + ${duplicates.length} duplicates)`, ballots));
    console.log(`\nballots/s counting only the 201s: ${Math.round(created / ballots.seconds).toLocaleString('en')}`);
    console.log(`expected 201 = ${jobs.length}, 409 = ${duplicates.length}; got 201 = ${created}, 409 = ${ballots.statuses.get(409) ?? 0}`);
    console.log(`participations = ${checks.participations}, counted ballots = ${checks.ballots}, bulletin rows = ${checks.bulletinRows}, recount matches results: ${checks.recountOk}`);
    const ok = created === jobs.length && checks.participations === jobs.length && checks.ballots === jobs.length && checks.bulletinRows === jobs.length
      && checks.recountOk && (ballots.statuses.get(409) ?? 0) === duplicates.length;
    console.log(ok ? 'OK: none lost, none duplicated' : 'FAILED: lost or duplicated ballots');
    if (!ok) process.exitCode = 1;
  } finally {
    await db.end();
    agent.destroy();
    await server.stop();
    await admin(`drop database if exists ${name} with (force)`);
  }
}

await main();
