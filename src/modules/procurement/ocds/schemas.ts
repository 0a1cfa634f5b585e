// Loading the OCDS 1.1 schemas (JSON Schema draft-04) and closed/open codelists from a folder, compiled once per folder.
// The release package schema refers to the core release schema by its URL; for extended data (lots, bids, techniques,
// awardCriteria, submissionTerms, partyDetails_scale) the patched release schema is registered under that same URL in
// its own Ajv instance, so every release of a package is checked against the patched schema in the same pass as the
// envelope. Nothing is fetched over the network: a missing schema is a clear error (OCDS 1.1.5, data/ocds/SOURCES.md).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv04Module from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import type { Ajv, Options, ValidateFunction } from 'ajv';

// Both packages are CommonJS with a `default` export; under NodeNext the default import is the module object.
const unwrap = <T>(mod: unknown): T => ((mod as { default?: T }).default ?? mod) as T;
const Ajv04 = unwrap<new (opts: Options) => Ajv>(Ajv04Module);
const addFormats = unwrap<(ajv: Ajv, formats: string[]) => Ajv>(addFormatsModule);

export const OCDS_SCHEMA_BASE = 'https://standard.open-contracting.org/schema/1__1__5/';
export const PATCHED_RELEASE_SCHEMA = 'patched/release-schema.core+lots+bids+techniques+awardCriteria+submissionTerms+partyScale.master.json';
const CORE_FILES = ['release-schema.json', 'release-package-schema.json', 'record-package-schema.json', 'versioned-release-validation-schema.json'];

/** The schema folder is missing or incomplete: the command says which file, and exits as bad usage. */
export class OcdsSchemaError extends Error {}

/** The repository's `data/ocds/` (scripts/derive-ocds-data.ts; the same depth from src/ and dist/). */
export function defaultSchemaDir(): string {
  const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
  return resolve(repoRoot, 'data/ocds');
}

export interface Codelist { name: string; codes: Set<string> }

export interface OcdsSchemas {
  dir: string;
  /** Release and record packages, releases checked against the patched (extended) release schema. */
  releasePackage: ValidateFunction;
  recordPackage: ValidateFunction;
  /** Core-only variants, for data that declares no extensions (`extended: false`). */
  coreReleasePackage: ValidateFunction;
  coreRecordPackage: ValidateFunction;
  /** Codelist file name (e.g. "tenderStatus.csv") → its codes, from codelists/ and the extensions' codelists/. */
  codelists: Map<string, Set<string>>;
}

function readJson(dir: string, file: string): Record<string, unknown> {
  const path = join(dir, file);
  if (!existsSync(path)) throw new OcdsSchemaError(`OCDS schema file not found: ${path} (pass --schema-dir with the OCDS 1.1.5 schema folder)`);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  } catch (err) {
    throw new OcdsSchemaError(`OCDS schema file ${path} is not valid JSON: ${(err as Error).message}`);
  }
}

/** RFC 4180 rows: quoted fields may hold commas, doubled quotes and line breaks (codelist descriptions do). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; } else if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; } else if (c !== '\r') field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

/** The Code column of a codelist CSV (not always the first: documentType.csv starts with Category, Section). */
function readCodes(path: string): Set<string> {
  const [header, ...rows] = parseCsv(readFileSync(path, 'utf8'));
  const col = header ? header.indexOf('Code') : -1;
  if (col < 0) throw new OcdsSchemaError(`codelist ${path} has no Code column`);
  return new Set(rows.map((r) => (r[col] ?? '').trim()).filter((c) => c !== ''));
}

function readCodelists(dir: string): Map<string, Set<string>> {
  const lists = new Map<string, Set<string>>();
  const folders = [join(dir, 'codelists')];
  const ext = join(dir, 'extensions');
  if (existsSync(ext)) for (const name of readdirSync(ext)) folders.push(join(ext, name, 'codelists'));
  for (const folder of folders) {
    if (!existsSync(folder)) continue;
    for (const file of readdirSync(folder)) {
      // An extension's "+name.csv" adds codes to a core list, "-name.csv" removes them; only whole lists are read here.
      if (file.endsWith('.csv') && !file.startsWith('+') && !file.startsWith('-') && !lists.has(file)) lists.set(file, readCodes(join(folder, file)));
    }
  }
  return lists;
}

function compile(dir: string, release: Record<string, unknown>, pkg: Record<string, unknown>, rec: Record<string, unknown>, versioned: Record<string, unknown>) {
  // strict: false: OCDS schemas carry their own keywords (codelist, openCodelist, mergeStrategy, deprecated …).
  const ajv = new Ajv04({ allErrors: true, strict: false, validateFormats: true });
  addFormats(ajv, ['date-time', 'uri', 'email']);
  ajv.addSchema(release);
  ajv.addSchema(versioned);
  ajv.addSchema(rec);
  ajv.addSchema(pkg);
  const get = (schema: Record<string, unknown>) => {
    const fn = ajv.getSchema(String(schema.id));
    if (!fn) throw new OcdsSchemaError(`OCDS schema ${String(schema.id)} did not compile (from ${dir})`);
    return fn;
  };
  return { releasePackage: get(pkg), recordPackage: get(rec) };
}

/**
 * `uniqueItems` on the releases (records) array compares every pair of whole releases deeply: quadratic, about 13 s
 * for 10,000 releases. Two identical releases share their ocid and id, which the duplicate-id check reports (and two
 * identical records share their ocid, which the duplicate-record check reports), so the envelope is checked without it.
 */
function withoutDeepUniqueness(schema: Record<string, unknown>, field: string): void {
  const prop = (schema.properties as Record<string, Record<string, unknown>> | undefined)?.[field];
  if (prop) delete prop.uniqueItems;
}

const cache = new Map<string, OcdsSchemas>();

/** The compiled validators for a schema folder, compiled on first use and kept for the process. */
export function loadOcdsSchemas(dir: string = defaultSchemaDir()): OcdsSchemas {
  const abs = resolve(dir);
  const hit = cache.get(abs);
  if (hit) return hit;
  if (!existsSync(abs) || !statSync(abs).isDirectory()) {
    throw new OcdsSchemaError(`OCDS schema folder not found: ${abs} (pass --schema-dir with the OCDS 1.1.5 schema folder)`);
  }
  const [core, pkg, rec, versioned] = CORE_FILES.map((f) => readJson(abs, f));
  withoutDeepUniqueness(pkg, 'releases');
  withoutDeepUniqueness(rec, 'records');
  const patched = readJson(abs, PATCHED_RELEASE_SCHEMA);
  for (const [file, schema] of [[CORE_FILES[0], core], [PATCHED_RELEASE_SCHEMA, patched]] as const) {
    if (schema.id !== `${OCDS_SCHEMA_BASE}release-schema.json`) throw new OcdsSchemaError(`${join(abs, file)} is not the OCDS 1.1.5 release schema (id ${String(schema.id)})`);
  }
  const extended = compile(abs, patched, pkg, rec, versioned);
  const plain = compile(abs, core, pkg, rec, versioned);
  const schemas: OcdsSchemas = {
    dir: abs, ...extended, coreReleasePackage: plain.releasePackage, coreRecordPackage: plain.recordPackage, codelists: readCodelists(abs),
  };
  cache.set(abs, schemas);
  return schemas;
}
