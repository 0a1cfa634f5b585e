// Requests per second and latency of Cabildo's home page and an institution page at 50 concurrent connections,
// side by side with a bare Fastify route serving HTML of the same size on the same machine.
//   npx tsx bench/pages.ts                       (embedded PGlite)
//   BENCH_DATABASE_URL=postgres://… npx tsx bench/pages.ts   (a new database in that cluster; the README's target)
// BENCH_SECONDS (default 10) and BENCH_CONNECTIONS (default 50) tune the run. Never part of the test suite.
import autocannon from 'autocannon';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCabildo, startBare, startCabildo } from './servers.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const TARGET = { rps: 1000, p99: 100 };

interface Row { name: string; rps: number; p50: number; p99: number; failures: number }

async function measure(name: string, url: string): Promise<Row> {
  // A short warm-up first: JIT, connection pools and PostgreSQL's caches reach their steady state.
  await autocannon({ url, connections: CONNECTIONS, duration: 2 });
  const r = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS });
  return { name, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, failures: r.non2xx + r.errors + r.timeouts };
}

async function main() {
  const loadBefore = loadavg()[0];
  buildCabildo();
  const adminUrl = process.env.BENCH_DATABASE_URL;
  const cabildo = await startCabildo(adminUrl);
  const tmp = mkdtempSync(join(tmpdir(), 'cabildo-bench-html-'));
  const htmlFile = join(tmp, 'home.html');
  writeFileSync(htmlFile, await (await fetch(`${cabildo.url}/`)).text());
  const bare = await startBare(htmlFile);
  const rows: Row[] = [];
  try {
    rows.push(await measure('bare Fastify route (same HTML size)', `${bare.url}/`));
    rows.push(await measure('home page /', `${cabildo.url}/`));
    rows.push(await measure('institution page /instituciones/temuco', `${cabildo.url}/instituciones/temuco`));
  } finally {
    await Promise.all([cabildo.stop(), bare.stop()]);
    rmSync(tmp, { recursive: true, force: true });
  }
  report(rows, adminUrl ? 'PostgreSQL' : 'PGlite', loadBefore);
  if (rows.some((r) => r.failures > 0)) process.exit(1);
}

function report(rows: Row[], database: string, loadBefore: number) {
  const bare = rows[0].rps;
  // The load average before the run tells whether other work on the machine skewed the figures.
  console.log(`\n${new Date().toISOString().slice(0, 10)} · ${cpus().length} × ${cpus()[0]?.model.trim()} · Node ${process.version} · ${database} · ${CONNECTIONS} connections × ${SECONDS} s · load average before ${loadBefore.toFixed(1)}\n`);
  console.log('| target | req/s | p50 ms | p99 ms | vs bare | errors |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    console.log(`| ${r.name} | ${Math.round(r.rps)} | ${r.p50} | ${r.p99} | ${(r.rps / bare).toFixed(2)} | ${r.failures} |`);
  }
  for (const r of rows.slice(1)) {
    const ok = r.rps >= TARGET.rps && r.p99 <= TARGET.p99;
    console.log(`${ok ? 'meets' : 'MISSES'} the target (≥ ${TARGET.rps} req/s, p99 ≤ ${TARGET.p99} ms): ${r.name}`);
  }
}

await main();
