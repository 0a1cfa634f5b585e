// The budget module's demo content (CABILDO_SEED=demo), so the explorer has something to show on first start: the
// national budget 2017 under DIPRES — the real Ley de Presupuestos and the real execution report to April, as DIPRES
// published them (data/budget/dipres-2017.zip.gz, packed by scripts/derive-budget-demo.ts) — and an ILLUSTRATIVE
// municipal budget 2024 for the demo municipality, Temuco (made-up figures, scripts/make-temuco-demo-budget.ts).
// Everything goes through the importers and importDataset, as an official's upload would, under the system actor.
// The app ships these files in data/; it never reads ../shared at run time.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync, unzipSync } from 'fflate';
import type { Tx } from '../../core/db/client.js';
import { SYSTEM_ACTOR } from '../../core/auth/actor.js';
import { findInstitution } from '../../core/tenancy/queries.js';
import { importDataset } from './commands/import-dataset.js';
import { IMPORTERS, checksumOf } from './import/importers.js';
import type { ImportFile } from './import/dipres-ejecucion.js';
import type { BudgetFormat } from './schema.js';

const dataFile = (name: string) => fileURLToPath(new URL(`../../../data/budget/${name}`, import.meta.url));
export const TEMUCO_DEMO_FILE = 'temuco-2024-demo-ilustrativo.csv';

/** The archive's files under a folder, in name order (as readImportFiles gives a folder), without the folder. */
function dipresFiles(folder: 'ley' | 'ejecucion-2017'): ImportFile[] {
  const archive = unzipSync(gunzipSync(readFileSync(dataFile('dipres-2017.zip.gz'))), { filter: (f) => f.name.startsWith(`${folder}/`) });
  return Object.keys(archive).sort().map((path) => ({ name: path.slice(folder.length + 1), bytes: archive[path] }));
}

async function importDemo(tx: Tx, institution: string, format: BudgetFormat, year: number, files: ImportFile[]) {
  const found = await findInstitution(tx, institution);
  if (!found) throw new Error(`budget demo: institution "${institution}" is missing; load the reference data first`);
  const importer = IMPORTERS[format];
  const parsed = importer.parse(files, year);
  if (!parsed.ok) throw new Error(`budget demo: ${files[0]?.name} did not parse: line ${parsed.problems[0].line}: ${parsed.problems[0].message}`);
  await importDataset(tx, {
    institutionId: found.id, year, format, kind: importer.kindOf(parsed.budget), sourceNames: files.map((f) => f.name), checksum: checksumOf(files), budget: parsed.budget,
  }, SYSTEM_ACTOR);
}

/** Three cubes: dipres-2017-ley, dipres-2017-ejecucion and temuco-2024-ejecucion. */
export async function seedBudgetDemo(tx: Tx): Promise<void> {
  await importDemo(tx, 'dipres', 'dipres-ley', 2017, dipresFiles('ley'));
  await importDemo(tx, 'dipres', 'dipres-ejecucion', 2017, dipresFiles('ejecucion-2017'));
  await importDemo(tx, 'temuco', 'cabildo-csv', 2024, [{ name: TEMUCO_DEMO_FILE, bytes: readFileSync(dataFile(TEMUCO_DEMO_FILE)) }]);
}
