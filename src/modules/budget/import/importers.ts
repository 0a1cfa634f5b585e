// The import formats with a parser, shared by `cabildo budget import` and the officials' upload page, so both accept
// exactly the same files the same way.
import { createHash } from 'node:crypto';
import type { BudgetFormat, DatasetKind } from '../schema.js';
import type { ImportFile } from './dipres-ejecucion.js';
import type { ParseResult, ParsedBudget } from './types.js';
import { parseDipresLey } from './dipres-ley.js';
import { parseDipresEjecucion } from './dipres-ejecucion.js';
import { parseCabildoCsv } from './cabildo-csv.js';
import { withInstitutionNames } from './institution-names.js';
import { kindOfBudget, parseFdp } from '../fdp/parse.js';

export interface Importer {
  /**
   * Ley or ejecución: fixed by the format, except for a Fiscal Data Package, which may hold either and says which by
   * its content (fdp/parse.ts kindOfBudget: any month, vigente or ejecutado makes it an execution).
   */
  kindOf(budget: ParsedBudget): DatasetKind;
  /** A folder gives many files; formats published as one file refuse it. A package is a zip or a folder. */
  manyFiles: boolean;
  parse(files: ImportFile[], year: number): ParseResult;
}

/** DIPRES's files name nodes from subtítulo down; the bodies above come from the reference list. */
const named = (result: ParseResult, year: number): ParseResult => (result.ok ? { ...result, budget: withInstitutionNames(result.budget, year) } : result);

export const IMPORTERS: Record<BudgetFormat, Importer> = {
  'dipres-ley': { kindOf: () => 'ley', manyFiles: false, parse: (files, year) => named(parseDipresLey(files[0].bytes, { year }), year) },
  'dipres-ejecucion': { kindOf: () => 'ejecucion', manyFiles: true, parse: (files, year) => named(parseDipresEjecucion(files, { year }), year) },
  'cabildo-csv': { kindOf: () => 'ejecucion', manyFiles: false, parse: (files, year) => parseCabildoCsv(files[0].bytes, { year }) },
  fdp: { kindOf: kindOfBudget, manyFiles: true, parse: (files, year) => parseFdp(files, { year }) },
};

/** SHA-256 of the files' bytes in name order (the order readImportFiles gives): the same input gives the same sum. */
export function checksumOf(files: ImportFile[]): string {
  const hash = createHash('sha256');
  for (const f of files) hash.update(f.bytes);
  return hash.digest('hex');
}
