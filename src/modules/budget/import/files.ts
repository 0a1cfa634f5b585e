import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { ImportFile } from './dipres-ejecucion.js';

/**
 * The bytes of an import given as a single file or a folder (the execution report is one file per program): a folder
 * gives its `.csv` files in name order, so line numbers and problems come out the same on every run.
 */
export async function readImportFiles(path: string): Promise<ImportFile[]> {
  if (!(await stat(path)).isDirectory()) return [{ name: basename(path), bytes: await readFile(path) }];
  const names = (await readdir(path)).filter((name) => name.toLowerCase().endsWith('.csv')).sort();
  return Promise.all(names.map(async (name) => ({ name, bytes: await readFile(join(path, name)) })));
}
