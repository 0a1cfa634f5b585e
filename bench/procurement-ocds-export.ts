// OCDS release export throughput: BENCH_RELEASES (default 100,000) releases seeded (COPY on PostgreSQL, multi-row INSERT on PGlite) — each a copy of a real
// release (a framework call after award, contract, milestone and payment, built by the lifecycle: ~5 KB of JSON), ten
// per ocid, one second apart — then read over a real HTTP listen + fetch, side by side in one run:
//   · the paginated release package (GET /api/v1/procurement/ocds/releases?limit=10000, following links.next, each page
//     read as a stream);
//   · the bulk file (GET …/bulk/releases.jsonl.gz, gunzipped and split into lines as it arrives);
//   · a baseline that loads every release in one query and re-serialises each in memory (JSON.parse, JSON.stringify),
//     as an export that builds its package before sending would (joined into one string, 100,000 releases of ~6 KB
//     pass V8's maximum string length: the naive export cannot even be built, so the baseline stops short of that);
//   · for scale, the ceiling of the database and driver on this machine at this moment: one select of every stored text.
// Releases per second and the growth of the process's peak RSS for each. Target: ≥ 20,000 releases/s streamed on
// PostgreSQL.
//   npx tsx bench/procurement-ocds-export.ts                                                   (PGlite)
//   bash .ci/with-postgres sh -c 'BENCH_DATABASE_URL=$PG_URL npx tsx bench/procurement-ocds-export.ts'
// Never part of the test suite.
import { createGunzip } from 'node:zlib';
import { get as httpGet, type IncomingMessage } from 'node:http';
import { asc, count, desc, eq } from 'drizzle-orm';
import { buildApp } from '../src/app.js';
import { copyInto, escapeCopyText } from '../src/core/db/copy.js';
import { createTestDatabase, testConfig } from '../src/test-support/app.js';
import { procurementReleases as rel } from '../src/modules/procurement/process/schema.js';
import { createPublishedStory } from '../src/modules/procurement/ocds/test-support.js';
import { measure } from './measure.js';

const RELEASES = Number(process.env.BENCH_RELEASES ?? 100_000);
const PER_OCID = 10;
const testDb = await createTestDatabase(process.env.BENCH_DATABASE_URL);
const config = testConfig();
const app = await buildApp(config, testDb.database, { logger: false });
const t = { app, database: testDb.database, config, close: async () => { await app.close(); await testDb.drop(); } };

// One real release as the template: the story's last release of the call (awards, bids, a contract with payments).
const story = await createPublishedStory(t);
const [template] = await t.database.db.select().from(rel).where(eq(rel.ocid, story.call.ocid)).orderBy(desc(rel.id)).limit(1);
const base = JSON.parse(template!.json) as Record<string, unknown>;
const start = Date.UTC(2020, 0, 1);
/** BATCH releases at a time, each a copy of the template with its own ocid, id and date. */
function* releaseRows(): Generator<Array<typeof rel.$inferInsert & { date: Date }>> {
  const BATCH = 1000;
  for (let from = 0; from < RELEASES; from += BATCH) {
    yield Array.from({ length: Math.min(BATCH, RELEASES - from) }, (_, k) => {
      const i = from + k;
      const ocid = `${config.ocidPrefix}-bench-${Math.floor(i / PER_OCID)}`;
      const date = new Date(start + i * 1000);
      return { institutionId: story.call.institutionId, ocid, releaseId: `${ocid}-${i}`, date, tags: ['award'],
        json: JSON.stringify({ ...base, ocid, id: `${ocid}-${i}`, date: date.toISOString() }) };
    });
  }
}
/** PostgreSQL: COPY straight into the table. PGlite's COPY stages rows in a copy of the table without its identity, so there a multi-row INSERT. */
function* copyText(): Generator<string> {
  for (const rows of releaseRows()) {
    yield rows.map((r) => [r.institutionId, r.ocid, r.releaseId, r.date.toISOString(), '{award}', escapeCopyText(r.json)].join('\t')).join('\n') + '\n';
  }
}
const seeded = performance.now();
await t.database.db.transaction(async (tx) => {
  if (process.env.BENCH_DATABASE_URL) await copyInto(tx, 'procurement_releases', ['institution_id', 'ocid', 'release_id', 'date', 'tags', 'json'], copyText());
  else for (const rows of releaseRows()) await tx.insert(rel).values(rows);
});
const [{ total }] = await t.database.db.select({ total: count() }).from(rel) as [{ total: number }];
console.log(`${process.env.BENCH_DATABASE_URL ? 'PostgreSQL' : 'PGlite'}: ${RELEASES} releases (${(template!.json.length / 1024).toFixed(1)} KB each) seeded by ${process.env.BENCH_DATABASE_URL ? 'COPY' : 'multi-row INSERT'} in ${Math.round(performance.now() - seeded)} ms; ${total} in all`);

const address = await app.listen({ port: 0, host: '127.0.0.1' });
/** node:http rather than fetch: its client costs less of the two cores the server it measures runs on. */
const get = (url: string) => new Promise<IncomingMessage>((resolve, reject) => { httpGet(url, resolve).on('error', reject); });
/** Newlines in a chunk, found natively (memchr): the client shares the machine's two cores with the server it measures. */
function countLines(chunk: Uint8Array): number {
  const buf = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  let n = 0;
  for (let at = buf.indexOf(10); at !== -1; at = buf.indexOf(10, at + 1)) n++;
  return n;
}
const paged = await measure(async () => {
  let url: string | null = `${address}/api/v1/procurement/ocds/releases?limit=10000`;
  let releases = 0;
  let bytes = 0;
  while (url) {
    const res = await get(url);
    // Each release is on a line of its own (export.ts): count them as they arrive and keep only the tail, where
    // links.next is, as a streaming consumer would, rather than holding a 60 MB page.
    let tail = Buffer.alloc(0);
    let lines = 0;
    for await (const chunk of res as AsyncIterable<Buffer>) {
      bytes += chunk.byteLength;
      lines += countLines(chunk);
      tail = Buffer.concat([tail, chunk.subarray(Math.max(0, chunk.byteLength - 2000))]).subarray(-2000);
    }
    releases += Math.max(0, lines - 2);
    const next = /"links":\{"next":"([^"]+)"\}/.exec(tail.toString('utf8'))?.[1];
    url = next ? `${address}${new URL(next).pathname}${new URL(next).search}` : null;
  }
  return { releases, bytes };
});
const bulk = await measure(async () => {
  const res = await get(`${address}/api/v1/procurement/ocds/bulk/releases.jsonl.gz`);
  let releases = 0;
  let bytes = 0;
  for await (const chunk of res.pipe(createGunzip())) {
    bytes += (chunk as Buffer).byteLength;
    releases += countLines(chunk as Buffer);
  }
  return { releases, bytes };
});
const ceiling = await measure(async () => {
  const rows = await t.database.db.select({ json: rel.json }).from(rel);
  return { releases: rows.length, bytes: rows.reduce((sum, r) => sum + r.json.length, 0) };
});
const naive = await measure(async () => {
  const rows = await t.database.db.select({ json: rel.json }).from(rel).orderBy(asc(rel.date), asc(rel.id));
  const texts = rows.map((r) => JSON.stringify(JSON.parse(r.json)));
  return { releases: texts.length, bytes: texts.reduce((sum, x) => sum + Buffer.byteLength(x), 0) };
});

const line = (name: string, m: typeof paged) =>
  `${name.padEnd(42)} ${String(m.result.releases).padStart(8)} releases  ${(m.result.bytes / 2 ** 20).toFixed(0).padStart(5)} MB  ${Math.round(m.ms).toString().padStart(6)} ms  ${Math.round(m.result.releases / (m.ms / 1000)).toString().padStart(7)} releases/s  peak RSS +${m.peakMb.toFixed(0)} MB`;
console.log(line('streamed package (HTTP, pages of 10,000)', paged));
console.log(line('streamed bulk (HTTP, JSON Lines, gzip)', bulk));
console.log(line('baseline: load all, parse, stringify each', naive));
console.log(line('ceiling: one select of every stored text', ceiling));
await t.close();
