// Packs the real DIPRES files the demo seed imports (src/modules/budget/seed.ts) into data/budget/dipres-2017.zip.gz:
// the Ley de Presupuestos 2017 and the 338 files of the execution report to April 2017, byte for byte as published
// (latin1, CRLF, names right-padded), so their checksums are the published files'. A zip keeps the names; it is stored
// uncompressed and gzipped whole, because the 338 small files repeat each other's rows and padding, which one stream
// compresses twice as well as file by file (some 300 KiB against 540). Sources and licence: data/ATTRIBUTION.md.
// Run: npx tsx scripts/derive-budget-demo.ts [path-to-shared-data-budget]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, zipSync, type Zippable } from 'fflate';

const dir = process.argv[2] ?? join(import.meta.dirname, '../../shared/data/budget');
const out = join(import.meta.dirname, '../data/budget/dipres-2017.zip.gz');
// A fixed date: the same inputs give the same archive, byte for byte.
const mtime = new Date('2017-05-01T00:00:00Z');

const entries: Zippable = { 'ley/2017.csv': [readFileSync(join(dir, 'ley/2017.csv')), { mtime }] };
const execution = join(dir, 'ejecucion-2017/original');
for (const name of readdirSync(execution).filter((n) => n.endsWith('.csv')).sort()) {
  entries[`ejecucion-2017/${name}`] = [readFileSync(join(execution, name)), { mtime }];
}
const zip = gzipSync(zipSync(entries, { level: 0 }), { level: 9, mtime });
writeFileSync(out, zip);
console.log(`${out}: ${Object.keys(entries).length} files, ${(zip.length / 1024).toFixed(0)} KiB`);
