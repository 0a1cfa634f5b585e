// The import formats with a parser, shared by `cabildo budget import` and the officials' upload page, so both accept
// exactly the same files the same way.
import { createHash } from 'node:crypto';
import type { BudgetFormat, DatasetKind } from '../schema.js';
import type { ImportFile } from './dipres-ejecucion.js';
import type { ParseResult } from './types.js';
import { parseDipresLey } from './dipres-ley.js';
import { parseDipresEjecucion } from './dipres-ejecucion.js';
import { parseCabildoCsv } from './cabildo-csv.js';

export interface Importer {
  kind: DatasetKind;
  /** A folder gives many files; formats published as one file refuse it. */
  manyFiles: boolean;
  parse(files: ImportFile[], year: number): ParseResult;
}

export const IMPORTERS: Partial<Record<BudgetFormat, Importer>> = {
  'dipres-ley': { kind: 'ley', manyFiles: false, parse: (files, year) => parseDipresLey(files[0].bytes, { year }) },
  'dipres-ejecucion': { kind: 'ejecucion', manyFiles: true, parse: (files, year) => parseDipresEjecucion(files, { year }) },
  'cabildo-csv': { kind: 'ejecucion', manyFiles: false, parse: (files, year) => parseCabildoCsv(files[0].bytes, { year }) },
};

/** SHA-256 of the files' bytes in name order (the order readImportFiles gives): the same input gives the same sum. */
export function checksumOf(files: ImportFile[]): string {
  const hash = createHash('sha256');
  for (const f of files) hash.update(f.bytes);
  return hash.digest('hex');
}
