// `cabildo eligibility import`: loads an institution's eligibility list (padrón) from a CSV, replacing the list's
// previous entries. A file with any bad row changes nothing: every bad row is listed with its line, then exit 1.
import { readFileSync } from 'node:fs';
import { loadConfig } from '../core/config.js';
import { comunas } from '../core/tenancy/schema.js';
import { findInstitution } from '../core/tenancy/queries.js';
import { deriveKey } from '../core/identity/keys.js';
import { parseEligibilityCsv, type CsvProblem } from '../core/identity/eligibility-csv.js';
import { importEligibilityList } from '../core/identity/commands/import-eligibility-list.js';
import { parseOptions, requireOption } from './args.js';
import { CLI_ACTOR, withDatabase } from './database.js';
import { EXIT, UsageError } from './errors.js';
import { progress } from './progress.js';

const COLUMNS_HINT = 'the columns are run, and optionally comuna (5-digit CUT) and grupo (or group)';

/** Problems name the line, never the RUN on it: the operator's terminal and logs are no place for personal data. */
const EXPLAIN: { [P in CsvProblem['problem']]: (p: Extract<CsvProblem, { problem: P }>) => string } = {
  empty: () => 'the file is empty',
  no_rows: () => 'the file has a header but no rows',
  no_run_column: () => `no "run" column: ${COLUMNS_HINT}`,
  unknown_column: (p) => `unknown column "${p.column}": ${COLUMNS_HINT}`,
  duplicate_column: (p) => `column "${p.column}" appears twice`,
  unreadable: (p) => (p.code === 'CSV_QUOTE_NOT_CLOSED' ? 'a quote opened on this row is never closed' : `not readable as CSV (${p.code})`),
  field_count: (p) => `${p.found} fields where the header has ${p.expected}`,
  run_missing: () => 'no RUN',
  run_format: () => 'the RUN is not written as one (e.g. 12.345.678-5)',
  run_check_digit: () => 'the RUN\'s check digit does not match its number',
  comuna_format: () => 'the comuna is not a 5-digit CUT code (e.g. 09101)',
  comuna_unknown: (p) => `no comuna has the CUT code ${p.comuna}`,
  duplicate_run: (p) => `the same RUN as line ${p.firstLine}`,
};
const explainProblem = (p: CsvProblem) => (EXPLAIN[p.problem] as (p: CsvProblem) => string)(p);

export function parseEligibilityImport(args: string[]) {
  const values = parseOptions(args, { institution: { type: 'string' }, list: { type: 'string' }, file: { type: 'string' } });
  return { institution: requireOption(values.institution, 'institution'), list: requireOption(values.list, 'list'), file: requireOption(values.file, 'file') };
}

export async function eligibilityImport(args: string[]): Promise<number> {
  const o = parseEligibilityImport(args);
  let bytes: Buffer;
  try {
    bytes = readFileSync(o.file);
  } catch (err) {
    throw new UsageError(`cannot read --file ${o.file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  const runKey = deriveKey(loadConfig().identityKey, 'run-hash');
  return withDatabase(async (db) => {
    const institution = await findInstitution(db, o.institution);
    if (!institution) throw new UsageError(`no institution "${o.institution}": use its slug (temuco) or CUT code (09101, 13)`);
    const known = new Set((await db.select({ code: comunas.code }).from(comunas)).map((c) => c.code));
    const parsed = parseEligibilityCsv(bytes, { comunas: known, runKey });
    if (!parsed.ok) {
      for (const e of parsed.errors) process.stderr.write(`${o.file}: line ${e.line}: ${explainProblem(e)}\n`);
      process.stderr.write(`nothing imported: ${parsed.errors.length} problem${parsed.errors.length === 1 ? '' : 's'} to fix\n`);
      return EXIT.failure;
    }
    const shown = progress('imported');
    const result = await db.transaction((tx) => importEligibilityList(tx,
      { institutionId: institution.id, name: o.list, entries: parsed.entries }, CLI_ACTOR, shown.update));
    shown.end();
    process.stdout.write(`imported ${result.entries} entries into list "${o.list}" of ${institution.name}`
      + `${result.previousEntries > 0 ? ` (replacing ${result.previousEntries})` : ''}\n`);
    return EXIT.ok;
  });
}
