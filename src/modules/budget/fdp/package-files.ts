// The files of a Fiscal Data Package, however it arrives: a zip (uploaded, or given to the CLI), or a folder holding
// datapackage.json (the CLI; import/files.ts reads it here). Resources are named by paths relative to the descriptor.
import { readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { unzipSync } from 'fflate';
import type { ImportFile } from '../import/dipres-ejecucion.js';
import type { ProblemList } from '../import/problems.js';
import { DESCRIPTOR } from './vocabulary.js';

/**
 * A bound on what a zip may unpack to (the budget of a whole country for a year is ~50 MB of CSV): a few hundred bytes
 * of zip can claim gigabytes, and everything unpacked is held in memory.
 */
const MAX_UNZIPPED_BYTES = 512 * 1024 * 1024;

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const isZip = (bytes: Uint8Array) => ZIP_SIGNATURE.every((b, i) => bytes[i] === b);

/**
 * Data Package v1: a resource path is a POSIX path relative to the descriptor, never absolute nor climbing out with
 * "..". A URL (remote data) is not read either: the import is of the package as given. Null when not such a path.
 */
export function packagePath(path: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('/') || path.split('/').includes('..')) return null;
  const normal = posix.normalize(path);
  return normal === '.' || normal.endsWith('/') ? null : normal;
}

function unzip(file: ImportFile, problems: ProblemList): Map<string, Uint8Array> | null {
  let total = 0;
  try {
    const entries = unzipSync(file.bytes, {
      filter: (entry) => {
        total += entry.originalSize;
        return !entry.name.endsWith('/') && total <= MAX_UNZIPPED_BYTES;
      },
    });
    if (total > MAX_UNZIPPED_BYTES) {
      problems.add(0, 'too_large', `${file.name}: unpacks to more than ${MAX_UNZIPPED_BYTES / 2 ** 20} MB, more than a budget package holds`);
      return null;
    }
    return new Map(Object.entries(entries));
  } catch (err) {
    problems.add(0, 'not_zip', `${file.name}: the zip is damaged or cut short (${(err as Error).message})`);
    return null;
  }
}

/**
 * Package-relative path → bytes. The descriptor is at the root, or, in a zip of a folder, inside its only top folder
 * (what zipping a folder gives). Reports `no_descriptor` and returns null when there is none.
 */
export function packageContents(files: readonly ImportFile[], problems: ProblemList): Map<string, Uint8Array> | null {
  const zipped = files.length === 1 && isZip(files[0].bytes);
  const entries = zipped ? unzip(files[0], problems) : new Map(files.map((f) => [f.name, f.bytes]));
  if (entries === null) return null;
  const nested = [...entries.keys()].filter((name) => /^[^/]+\/datapackage\.json$/.test(name));
  const root = entries.has(DESCRIPTOR) ? '' : nested.length === 1 ? nested[0].slice(0, -DESCRIPTOR.length) : null;
  if (root === null) {
    const what = zipped ? `the zip ${files[0].name} has` : files.length === 1 ? `${files[0].name} is a single file, with` : 'the folder has';
    problems.add(0, 'no_descriptor', `${what} no ${DESCRIPTOR}: a Fiscal Data Package is a .zip or a folder holding ${DESCRIPTOR} and the CSV files it names`);
    return null;
  }
  return new Map([...entries].filter(([name]) => name.startsWith(root)).map(([name, bytes]) => [name.slice(root.length), bytes]));
}

/**
 * A folder given to the CLI: its descriptor and the files its resources name, by package path, in name order (the
 * order checksums are taken in). What cannot be read is left out for the parser to report against the descriptor.
 */
export async function readPackageFolder(folder: string): Promise<ImportFile[]> {
  const descriptor = await readFile(join(folder, DESCRIPTOR));
  let paths: string[] = [];
  try {
    const json = JSON.parse(new TextDecoder().decode(descriptor)) as { resources?: { path?: unknown }[] };
    paths = (json.resources ?? []).map((r) => (typeof r.path === 'string' ? packagePath(r.path) : null)).filter((p): p is string => p !== null);
  } catch { /* a broken descriptor is reported by the parser */ }
  const read = async (path: string): Promise<ImportFile[]> => {
    try {
      return [{ name: path, bytes: await readFile(join(folder, path)) }];
    } catch {
      return [];
    }
  };
  const files = (await Promise.all([...new Set(paths)].map(read))).flat();
  return [{ name: DESCRIPTOR, bytes: descriptor }, ...files].sort((a, b) => (a.name < b.name ? -1 : 1));
}
