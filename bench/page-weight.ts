// Page weight: bytes (raw, and gzip as a compressing proxy would send them) of the main public pages and of what the
// home page makes a browser fetch, and whether any page loads a script. Fails when the home page passes 50 KB, or it
// or a participation page loads JavaScript — except the participatory budget's pages, which may load only their
// ballot counter (issue 6), itself at most 30 KB gzip.
//   npx tsx bench/page-weight.ts
import { gzipSync } from 'node:zlib';
import { buildCabildo, startCabildo } from './servers.js';

const PAGES = ['/', '/instituciones', '/instituciones/temuco', '/api/docs'];
/** Participation pages of the demo (issue 5: at most 30 KB of JavaScript, none needed to vote or comment). */
const PARTICIPATION_PAGES = ['/participacion', '/participacion/procesos/2', '/participacion/procesos/2/propuestas', '/participacion/propuestas/1',
  '/participacion/procesos/2/debate', '/participacion/consultas/1', '/participacion/votaciones/1', '/participacion/votaciones/1/resultados'];
/** The demo's participatory budget (issue 6): the ballot may load its counter script, nothing else. */
const BUDGET_PAGES = ['/participacion/presupuestos/1', '/participacion/presupuestos/1/votar', '/participacion/presupuestos/1/resultados'];
const BUDGET_SCRIPT = '/participacion/presupuestos/votar.js';
const SCRIPT_LIMIT = 30 * 1024;
const HOME_LIMIT = 50 * 1024;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function main() {
  buildCabildo();
  const cabildo = await startCabildo();
  const rows: Array<{ path: string; raw: number; gzip: number; scripts: number }> = [];
  try {
    for (const path of [...PAGES, ...PARTICIPATION_PAGES, ...BUDGET_PAGES]) {
      const body = Buffer.from(await (await fetch(cabildo.url + path)).arrayBuffer());
      // The budget's own counter script is counted apart (below), with its own limit.
      const scripts = (body.toString().replaceAll(`<script type="module" src="${BUDGET_SCRIPT}">`, '').match(/<script/gi) ?? []).length;
      rows.push({ path, raw: body.length, gzip: gzipSync(body).length, scripts });
    }
    const script = Buffer.from(await (await fetch(cabildo.url + BUDGET_SCRIPT)).arrayBuffer());
    rows.push({ path: BUDGET_SCRIPT, raw: script.length, gzip: gzipSync(script).length, scripts: 0 });
    // What the home page makes a browser fetch besides itself: the stylesheet and the icon.
    const home = await (await fetch(`${cabildo.url}/`)).text();
    for (const [, asset] of home.matchAll(/href="(\/static\/[^"]+)"/g)) {
      const body = Buffer.from(await (await fetch(cabildo.url + asset)).arrayBuffer());
      rows.push({ path: asset, raw: body.length, gzip: gzipSync(body).length, scripts: 0 });
    }
  } finally {
    await cabildo.stop();
  }
  console.log('\n| resource | bytes | gzip | scripts |');
  console.log('|---|---:|---:|---:|');
  for (const r of rows) console.log(`| ${r.path} | ${kb(r.raw)} | ${kb(r.gzip)} | ${r.scripts} |`);
  const home = rows[0];
  const participationScripts = rows.filter((r) => r.path.startsWith('/participacion')).reduce((n, r) => n + r.scripts, 0);
  const counter = rows.find((r) => r.path === BUDGET_SCRIPT)!;
  const ok = home.raw <= HOME_LIMIT && home.scripts === 0 && participationScripts === 0 && counter.gzip <= SCRIPT_LIMIT;
  console.log(`\nhome page: ${kb(home.raw)} of HTML (limit ${kb(HOME_LIMIT)}), ${home.scripts} scripts: ${ok ? 'ok' : 'TOO HEAVY'}`);
  console.log(`participation pages: ${participationScripts} scripts (JavaScript limit 30 KB gzip; none is needed to vote or comment)`);
  console.log(`budget ballot counter: ${kb(counter.gzip)} gzip (limit ${kb(SCRIPT_LIMIT)}; the ballot works without it)`);
  if (!ok) process.exit(1);
}

await main();
