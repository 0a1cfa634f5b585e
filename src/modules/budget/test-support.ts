// Test fixture: real budget files of ../shared/data/budget imported into an institution as the CLI does.
import { fileURLToPath } from 'node:url';
import type { TestApp } from '../../test-support/app.js';
import { findInstitution } from '../../core/tenancy/queries.js';
import { IMPORTERS, checksumOf, importDataset, readImportFiles, type BudgetFormat } from './index.js';

/** A path under ../shared/data/budget, e.g. "ley/2017.csv" or "ejecucion-2017/original". */
export const budgetData = (path: string) => fileURLToPath(new URL(`../../../../shared/data/budget/${path}`, import.meta.url));

export async function importReal(t: TestApp, o: { institution: string; path: string; format: BudgetFormat; year: number; cube?: string }) {
  const files = await readImportFiles(o.path.startsWith('/') ? o.path : budgetData(o.path));
  const importer = IMPORTERS[o.format]!;
  const parsed = importer.parse(files, o.year);
  if (!parsed.ok) throw new Error(`${o.path} did not parse: ${parsed.problems[0]?.message}`);
  const institution = (await findInstitution(t.database.db, o.institution))!;
  return t.database.db.transaction((tx) => importDataset(tx, {
    institutionId: institution.id, cube: o.cube, year: o.year, format: o.format, kind: importer.kindOf(parsed.budget),
    sourceNames: files.map((f) => f.name), checksum: checksumOf(files), budget: parsed.budget,
  }, { id: null, label: 'test' }));
}
