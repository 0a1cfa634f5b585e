// Participation search over many rows: p50/p95 of GET /api/v1/participation/search (in process, app.inject) for a
// selective query and for a common word matching thousands of rows, and side by side in the same run the database time
// of the same ranking computed from the text (to_tsvector per matching row, as before the stored search_vector columns).
//   npx tsx bench/participation-search.ts                       (PGlite)
//   bash .ci/with-postgres sh -c 'TEST_DATABASE_URL=$PG_URL npx tsx bench/participation-search.ts'
import { loadavg } from 'node:os';
import { sql } from 'drizzle-orm';
import { createTestApp } from '../src/test-support/app.js';
import { createTestProcess } from '../src/modules/participation/processes/test-support.js';
import { signedIn } from '../src/test-support/people.js';

const PROPOSALS = Number(process.env.BENCH_PROPOSALS ?? 20_000);
const COMMENTS = Number(process.env.BENCH_COMMENTS ?? 100_000);
const RUNS = 40;
const WORDS = ['plaza', 'luminaria', 'iluminación', 'ciclovía', 'árboles', 'juegos', 'bancas', 'feria', 'seguridad', 'vereda'];

const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)]!;
const p50 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.5)]!;

async function time(runs: number, f: () => Promise<unknown>) {
  const xs: number[] = [];
  for (let i = 0; i < runs + 3; i++) {
    const t0 = performance.now();
    await f();
    if (i >= 3) xs.push(performance.now() - t0);
  }
  return `${p50(xs).toFixed(1)} / ${p95(xs).toFixed(1)} ms`;
}

const t = await createTestApp();
const db = t.database.db;
const process_ = await createTestProcess(t);
const author = await signedIn(t);
const words = sql.raw(`array[${WORDS.map((w) => `'${w}'`).join(',')}]`);
// Texts where "iluminación" appears in one row of ten (every word cycles), the rest varied by the row number.
await db.execute(sql`insert into participation_proposals (institution_id, process_id, author_id, title, body, state)
  select ${process_.institutionId}, ${process_.id}, ${author.personId}, 'Propuesta ' || g || ' de ' || (${words})[1 + g % 10],
    'Mejorar la ' || (${words})[1 + g % 10] || ' del sector ' || g || ' con ' || (${words})[1 + (g / 10) % 10], 'published'
  from generate_series(1, ${PROPOSALS}) g`);
await db.execute(sql`insert into participation_comments (id, institution_id, target_type, target_id, root_id, path, depth, author_id, body)
  select 1000000 + g, ${process_.institutionId}, 'process', ${process_.id}, 1000000 + g, lpad((1000000 + g)::text, 10, '0'), 0, ${author.personId},
    'Comentario ' || g || ' sobre la ' || (${words})[1 + g % 10] || ' y la ' || (${words})[1 + (g / 7) % 10]
  from generate_series(1, ${COMMENTS}) g`);
await db.execute(sql`analyze participation_proposals`);
await db.execute(sql`analyze participation_comments`);

const api = (q: string) => () => t.app.inject({ url: `/api/v1/participation/search?q=${encodeURIComponent(q)}` });
const fromText = (q: string) => () => db.execute(sql`select id, ts_rank(to_tsvector('spanish', participation_unaccent(body)), websearch_to_tsquery('spanish', participation_unaccent(${q}))) r
  from participation_comments where search_vector @@ websearch_to_tsquery('spanish', participation_unaccent(${q})) order by r desc limit 20`);
const fromColumn = (q: string) => () => db.execute(sql`select id, ts_rank(search_vector, websearch_to_tsquery('spanish', participation_unaccent(${q}))) r
  from participation_comments where search_vector @@ websearch_to_tsquery('spanish', participation_unaccent(${q})) order by r desc limit 20`);

console.log(`${new Date().toISOString().slice(0, 10)} · ${t.database.kind} · ${PROPOSALS} proposals, ${COMMENTS} comments · load ${loadavg()[0]!.toFixed(1)}`);
console.log('\n| what | p50 / p95 |\n|---|---|');
console.log(`| API, selective ("sector 123 feria") | ${await time(RUNS, api('sector 123 feria'))} |`);
console.log(`| API, common word ("iluminacion", ~${Math.round((PROPOSALS + COMMENTS) / 10)} rows) | ${await time(RUNS, api('iluminacion'))} |`);
console.log(`| comments ranked from the stored column ("iluminacion") | ${await time(RUNS, fromColumn('iluminacion'))} |`);
console.log(`| baseline: comments ranked re-parsing each text ("iluminacion") | ${await time(RUNS, fromText('iluminacion'))} |`);
await t.close();
