// Copies into data/ocds/ the OCDS 1.1.5 files Cabildo reads at runtime, so an installation validates and merges
// releases without the shared reference folder: the core release, release-package, record-package and versioned-release
// schemas, the patched release schema (core + lots, bids, techniques, awardCriteria, submissionTerms, partyScale) whose
// mergeStrategy keywords give the merge rules, and the codelists the extra checks read (ocds/validate-checks.ts
// CODELIST_FIELDS). Files are copied byte for byte in the folder layout ocds/schemas.ts expects; no examples.
// Run: npx tsx scripts/derive-ocds-data.ts [schema dir] (default ../shared/data/ocds/schema). Sources: data/ocds/SOURCES.md.
import { copyFileSync, existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CODELIST_FIELDS } from '../src/modules/procurement/ocds/validate-checks.js';
import { PATCHED_RELEASE_SCHEMA } from '../src/modules/procurement/ocds/schemas.js';

const from = process.argv[2] ?? '../shared/data/ocds/schema';
const to = 'data/ocds';
const SCHEMAS = ['release-schema.json', 'release-package-schema.json', 'record-package-schema.json', 'versioned-release-validation-schema.json', PATCHED_RELEASE_SCHEMA];
// Where a codelist the checks use lives: the core's codelists/, or the extension that defines it.
const FOLDERS = ['codelists', 'extensions/techniques/codelists', 'extensions/partyDetails_scale/codelists'];

const lists = [...new Set(CODELIST_FIELDS.map((f) => f.list))].sort();
const files = [...SCHEMAS, ...lists.map((list) => {
  const folder = FOLDERS.find((f) => existsSync(join(from, f, list)));
  if (!folder) throw new Error(`codelist ${list} not found under ${from} (${FOLDERS.join(', ')})`);
  return join(folder, list);
})];

// A fresh copy each time, so a codelist the checks no longer use does not linger; SOURCES.md is kept.
for (const sub of ['codelists', 'extensions', 'patched', ...SCHEMAS.filter((f) => !f.includes('/'))]) rmSync(join(to, sub), { recursive: true, force: true });
let bytes = 0;
for (const file of files) {
  mkdirSync(dirname(join(to, file)), { recursive: true });
  copyFileSync(join(from, file), join(to, file));
  bytes += statSync(join(to, file)).size;
}
console.log(`${files.length} files, ${Math.round(bytes / 1024)} KiB → ${to}/`);
