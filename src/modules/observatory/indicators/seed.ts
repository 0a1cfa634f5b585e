// The indicators' demo content (CABILDO_SEED=demo), called by ../seed.ts after every other module's demo: SUBDERE
// SINIM's real figures 2019–2023 for the 345 municipalities (data/observatory/sinim-2019-2023.csv.gz, derived by
// scripts/derive-observatory-data.ts, real gaps left out) loaded through the same parser and import command an
// official's file goes through — so the shipped file is also a test of the importer — then the values computed from
// the other modules' demo data.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { Tx } from '../../../core/db/client.js';
import { SYSTEM_ACTOR } from '../../../core/auth/actor.js';
import { loadParseContext } from './queries.js';
import { parseValuesCsv } from './parsing.js';
import { importIndicatorValues } from './commands/import-values.js';
import { refreshComputedIndicators } from './commands/refresh-computed.js';

export const SINIM_FILE = fileURLToPath(new URL('../../../../data/observatory/sinim-2019-2023.csv.gz', import.meta.url));

export async function seedIndicatorsDemo(tx: Tx): Promise<void> {
  const parsed = parseValuesCsv(gunzipSync(readFileSync(SINIM_FILE)), await loadParseContext(tx));
  if (!parsed.ok) throw new Error(`${SINIM_FILE} line ${parsed.problems[0]!.line}: ${parsed.problems[0]!.code} (run scripts/derive-observatory-data.ts)`);
  await importIndicatorValues(tx, parsed.rows, SYSTEM_ACTOR);
  await refreshComputedIndicators(tx, SYSTEM_ACTOR);
}
