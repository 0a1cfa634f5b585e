// `cabildo ocds validate FILE [--json] [--schema-dir DIR] [--lang es|en]` and `cabildo ocds compile FILE [--versioned]
// [--schema-dir DIR]`: OCDS 1.1 packages checked against the schemas (releases against the patched schema with lots,
// bids, techniques, awardCriteria, submissionTerms, partyDetails_scale) and the usual extra checks, or compiled into a
// record package by the OCDS merge rules. No database. FILE "-" reads stdin.
// `cabildo ocds import FILE --institution SLUG [--json] [--schema-dir DIR] [--lang es|en]` loads external releases into
// an institution (procurement/ocds/import.ts), reporting every invalid release and loading the valid ones.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  compileRecordPackage, defaultSchemaDir, importOcdsReleases, loadMergeSchema, loadOcdsSchemas, OcdsSchemaError, PATCHED_RELEASE_SCHEMA,
  validatePackage, type Lang, type ValidationReport,
} from '../modules/procurement/index.js';
import { findInstitution } from '../core/tenancy/queries.js';
import { CLI_ACTOR, withDatabase } from './database.js';
import { EXIT, UsageError } from './errors.js';

type Options = Record<string, { type: 'string' | 'boolean' }>;

/** One positional FILE plus options; a typo or a missing FILE is a usage error. */
function parseFileArgs<O extends Options>(args: string[], options: O) {
  let parsed;
  try {
    parsed = parseArgs({ args, options, strict: true, allowPositionals: true });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  if (parsed.positionals.length !== 1) throw new UsageError('expected exactly one FILE (a JSON file, or - for stdin)');
  return { file: parsed.positionals[0], values: parsed.values };
}

/** The text of FILE ('-' is stdin); an unreadable file is a usage error (exit 2), never a stack trace. */
function readTextFile(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read ${file === '-' ? 'stdin' : file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
}

/** The parsed JSON of FILE; an unreadable file or bad JSON is a usage error (exit 2), never a stack trace. */
function readJsonFile(file: string): unknown {
  const text = readTextFile(file);
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new UsageError(`${file === '-' ? 'stdin' : file} is not valid JSON: ${(err as Error).message}`);
  }
}

const SUMMARY = {
  es: (r: ValidationReport) => `${r.errors} ${r.errors === 1 ? 'error' : 'errores'}, ${r.warnings} ${r.warnings === 1 ? 'advertencia' : 'advertencias'}`
    + ` (${r.kind === 'record-package' ? `paquete de registros, ${r.records} registros` : r.kind === 'release-package' ? `paquete de entregas, ${r.releases} entregas` : 'no es un paquete OCDS'})`,
  en: (r: ValidationReport) => `${r.errors} error(s), ${r.warnings} warning(s)`
    + ` (${r.kind === 'record-package' ? `record package, ${r.records} records` : r.kind === 'release-package' ? `release package, ${r.releases} releases` : 'not an OCDS package'})`,
};
const SEVERITY = { es: { error: 'error', warning: 'advertencia' }, en: { error: 'error', warning: 'warning' } };

function validateWith(data: unknown, schemaDir: string | undefined, lang: Lang): ValidationReport {
  try {
    return validatePackage(data, { schemaDir, lang });
  } catch (err) {
    if (err instanceof OcdsSchemaError) throw new UsageError(err.message);
    throw err;
  }
}

export async function ocdsValidate(args: string[]): Promise<number> {
  const { file, values } = parseFileArgs(args, { json: { type: 'boolean' }, 'schema-dir': { type: 'string' }, lang: { type: 'string' } });
  const lang = values.lang ?? 'es';
  if (lang !== 'es' && lang !== 'en') throw new UsageError(`--lang must be es or en, not "${lang}"`);
  const report = validateWith(readJsonFile(file), values['schema-dir'], lang);
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ valid: report.errors === 0, ...report })}\n`);
  } else {
    const lines = report.problems.map((p) => `${SEVERITY[lang][p.severity]}\t${p.path || '/'}\t${p.message}`);
    process.stdout.write([...lines, SUMMARY[lang](report), ''].join('\n'));
  }
  return report.errors > 0 ? EXIT.failure : EXIT.ok;
}

export async function ocdsCompile(args: string[]): Promise<number> {
  const { file, values } = parseFileArgs(args, { versioned: { type: 'boolean' }, 'schema-dir': { type: 'string' } });
  const data = readJsonFile(file);
  // Merge rules (wholeListMerge, omitWhenMerged, identified arrays) come from the patched release schema.
  const schemaPath = join(values['schema-dir'] ?? defaultSchemaDir(), PATCHED_RELEASE_SCHEMA);
  let schema;
  try {
    schema = loadMergeSchema(schemaPath);
  } catch (err) {
    throw new UsageError(`cannot read the merge rules from ${schemaPath}: ${(err as Error).message}`);
  }
  let result;
  try {
    result = compileRecordPackage(data, { versioned: values.versioned ?? false, schema });
  } catch (err) {
    // compileRecordPackage refuses input that is not a package, a list of packages or a list of releases.
    throw new UsageError((err as Error).message);
  }
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  return EXIT.ok;
}

export async function ocdsImport(args: string[]): Promise<number> {
  const { file, values } = parseFileArgs(args, { institution: { type: 'string' }, json: { type: 'boolean' }, 'schema-dir': { type: 'string' }, lang: { type: 'string' } });
  const lang = values.lang ?? 'es';
  if (lang !== 'es' && lang !== 'en') throw new UsageError(`--lang must be es or en, not "${lang}"`);
  if (!values.institution) throw new UsageError('--institution is required (the slug or CUT code of the institution the releases belong to)');
  const text = readTextFile(file);
  // A missing schema folder is a usage error, found before the database opens.
  try {
    loadOcdsSchemas(values['schema-dir']);
  } catch (err) {
    if (err instanceof OcdsSchemaError) throw new UsageError(err.message);
    throw err;
  }
  return withDatabase(async (db) => {
    const institution = await findInstitution(db, values.institution!);
    if (!institution) throw new UsageError(`no institution "${values.institution}": use its slug (temuco) or CUT code (09101)`);
    const report = await importOcdsReleases(db, { institutionId: institution.id, text, source: file === '-' ? 'stdin' : file, actor: CLI_ACTOR, schemaDir: values['schema-dir'], lang });
    if (values.json) process.stdout.write(`${JSON.stringify(report)}\n`);
    else {
      for (const p of report.invalid) process.stdout.write(`${lang === 'es' ? 'inválida' : 'invalid'}\t${p.at}\t${p.ocid ?? '-'}\t${p.id ?? '-'}\t${p.reason}\n`);
      process.stdout.write(lang === 'es'
        ? `${report.loaded} entregas cargadas, ${report.alreadyLoaded} ya estaban cargadas, ${report.invalid.length} inválidas (de ${report.read} leídas)\n`
        : `${report.loaded} releases loaded, ${report.alreadyLoaded} already loaded, ${report.invalid.length} invalid (of ${report.read} read)\n`);
    }
    return report.invalid.length > 0 ? EXIT.failure : EXIT.ok;
  });
}

/** Registered in main.ts by one spread, so the OCDS commands stay listed here. */
export const OCDS_COMMANDS = { 'ocds validate': ocdsValidate, 'ocds compile': ocdsCompile, 'ocds import': ocdsImport };

/** The help entry (help.ts), in the layout of the other commands. */
export const OCDS_USAGE = `  ocds validate FILE [--json] [--lang es|en] [--schema-dir DIR]
                               Check an OCDS 1.1 release or record package (FILE, or - for stdin): the JSON Schema,
                               releases against the patched schema (lots, bids, techniques, awardCriteria,
                               submissionTerms, partyDetails_scale), and the usual checks: ocid prefix, duplicate
                               release ids, dates strictly increasing per ocid, award–contract links, codelists
                               (closed: error, open: warning), CL-RUT check digits. Prints each problem (severity,
                               JSON pointer, message; Spanish by default) and a summary; --json prints
                               {"valid","kind","releases","records","errors","warnings","problems":[…]}. Exit 1 when
                               there are errors. --schema-dir defaults to data/ocds/ (shipped).
  ocds compile FILE [--versioned] [--schema-dir DIR]
                               Merge a release package, a list of packages or a list of releases into a record
                               package (compiledRelease; versionedRelease with --versioned) and print it.
  ocds import FILE --institution SLUG [--json] [--lang es|en] [--schema-dir DIR]
                               Load external OCDS releases (a release package, a record package's embedded releases,
                               or JSON Lines of releases) into the institution: each release is validated and every
                               invalid one is listed with its reason; the valid ones are loaded in one transaction
                               (audited). Releases already loaded (same ocid and id) are skipped; per ocid, dates must
                               strictly increase after those already stored. Exit 1 when any release was invalid (the
                               valid ones are loaded all the same).
`;
