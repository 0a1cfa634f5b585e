import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { ImportFile } from './dipres-ejecucion.js';
import { readPackageFolder } from '../fdp/package-files.js';
import { DESCRIPTOR } from '../fdp/vocabulary.js';

/**
 * The bytes of an import given as a single file or a folder (the execution report is one file per program): a folder
 * gives its `.csv` files in name order, so line numbers and problems come out the same on every run. A folder holding
 * a datapackage.json is a Fiscal Data Package instead: its descriptor and the files it names, by relative path.
 */
export async function readImportFiles(path: string): Promise<ImportFile[]> {
  if (!(await stat(path)).isDirectory()) return [{ name: basename(path), bytes: await readFile(path) }];
  const entries = await readdir(path);
  if (entries.includes(DESCRIPTOR)) return readPackageFolder(path);
  const names = entries.filter((name) => name.toLowerCase().endsWith('.csv')).sort();
  return Promise.all(names.map(async (name) => ({ name, bytes: await readFile(join(path, name)) })));
}
