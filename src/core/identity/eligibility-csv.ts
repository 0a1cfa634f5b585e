// Reads an eligibility list (padrón) as institutions have it: a spreadsheet saved as CSV. Excel in Chile saves
// "CSV (delimitado por comas)" in Windows-1252 with ";" between fields, and "CSV UTF-8" with a byte-order mark and
// ","; both are detected. Every bad row is reported with its line number (1 = the header) so the file can be fixed
// in one go; a file with any problem yields no entries at all.
//
// RUNs are hashed here, as soon as they are validated: what leaves this file is only what is stored (Ley 19.628:
// the list is kept for checking eligibility, not as a register of people), and problems name lines, never RUNs.
import { CsvError, parse, type InfoRecord } from 'csv-parse/sync';
import { hashRun, parseRun } from './run.js';
import { decodeText, detectDelimiter } from '../text-files.js';

export interface EligibilityEntryInput {
  runHash: string;
  comuna: string | null;
  groupName: string | null;
}

export type CsvProblem =
  | { problem: 'empty' } | { problem: 'no_rows' } | { problem: 'no_run_column' }
  | { problem: 'unknown_column'; column: string } | { problem: 'duplicate_column'; column: string }
  | { problem: 'unreadable'; code: string } | { problem: 'field_count'; expected: number; found: number }
  | { problem: 'run_missing' } | { problem: 'run_format' } | { problem: 'run_check_digit' }
  | { problem: 'comuna_format' } | { problem: 'comuna_unknown'; comuna: string }
  | { problem: 'duplicate_run'; firstLine: number };
export type CsvLineError = CsvProblem & { line: number };

export type EligibilityCsvResult = { ok: true; entries: EligibilityEntryInput[] } | { ok: false; errors: CsvLineError[] };

/** Header names, case-insensitive. "rut" is accepted for "run": the same number, and what many files call it. */
const COLUMNS = new Map<string, 'run' | 'comuna' | 'group'>([['run', 'run'], ['rut', 'run'], ['comuna', 'comuna'], ['grupo', 'group'], ['group', 'group']]);


export function parseEligibilityCsv(bytes: Uint8Array, options: { comunas: ReadonlySet<string>; runKey: Buffer }): EligibilityCsvResult {
  const text = decodeText(bytes).text;
  let records: Array<{ record: string[]; info: InfoRecord }>;
  try {
    records = parse(text, {
      delimiter: detectDelimiter(text), info: true, trim: true,
      relax_column_count: true, skip_empty_lines: true, skip_records_with_empty_values: true,
    }) as unknown as typeof records;
  } catch (err) {
    if (!(err instanceof CsvError)) throw err;
    // The row at fault starts after the last complete one (csv-parse reports where it gave up: the end of the file).
    const line = Buffer.from(text).subarray(0, Number(err.bytes_records ?? 0)).filter((byte) => byte === 0x0a).length + 1;
    return { ok: false, errors: [{ line, problem: 'unreadable', code: err.code }] };
  }
  if (records.length === 0) return { ok: false, errors: [{ line: 1, problem: 'empty' }] };

  const [header, ...rows] = records;
  const columns = header.record.map((name) => COLUMNS.get(name.toLowerCase()));
  const headerErrors: CsvLineError[] = header.record.flatMap((name, i): CsvLineError[] => {
    if (!columns[i]) return [{ line: 1, problem: 'unknown_column', column: name }];
    return columns.indexOf(columns[i]) < i ? [{ line: 1, problem: 'duplicate_column', column: name }] : [];
  });
  if (!columns.includes('run')) headerErrors.push({ line: 1, problem: 'no_run_column' });
  if (headerErrors.length > 0) return { ok: false, errors: headerErrors };
  if (rows.length === 0) return { ok: false, errors: [{ line: 1, problem: 'no_rows' }] };

  const entries: EligibilityEntryInput[] = [];
  const errors: CsvLineError[] = [];
  const firstLineOf = new Map<string, number>();
  for (const { record, info } of rows) {
    // info.lines is where the record ends; a quoted field may span lines, so count back to where it starts.
    const line = info.lines - record.reduce((n, field) => n + (field.match(/\n/g)?.length ?? 0), 0);
    const fail = (problem: CsvProblem) => { errors.push({ line, ...problem }); };
    if (record.length !== columns.length) {
      fail({ problem: 'field_count', expected: columns.length, found: record.length });
      continue;
    }
    const cell = (column: 'run' | 'comuna' | 'group') => record[columns.indexOf(column)] || null;
    const typed = cell('run');
    const run = typed === null ? null : parseRun(typed);
    if (run === null) fail({ problem: 'run_missing' });
    else if (!run.ok) fail({ problem: run.error === 'format' ? 'run_format' : 'run_check_digit' });
    const comuna = readComuna(cell('comuna'), options.comunas);
    if (comuna && !comuna.ok) fail(comuna.problem);
    if (!run?.ok || (comuna && !comuna.ok)) continue;
    const runHash = hashRun(run.run, options.runKey);
    const firstLine = firstLineOf.get(runHash);
    if (firstLine !== undefined) {
      fail({ problem: 'duplicate_run', firstLine });
      continue;
    }
    firstLineOf.set(runHash, line);
    entries.push({ runHash, comuna: comuna?.code ?? null, groupName: cell('group') });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, entries };
}

/**
 * A 5-digit CUT that exists. Four digits are taken as the same code with its leading zero dropped, as spreadsheets
 * do to "09101" (Temuco) when the column is formatted as a number.
 */
function readComuna(typed: string | null, comunas: ReadonlySet<string>) {
  if (typed === null) return null;
  if (!/^\d{4,5}$/.test(typed)) return { ok: false as const, problem: { problem: 'comuna_format' } as const };
  const code = typed.padStart(5, '0');
  if (!comunas.has(code)) return { ok: false as const, problem: { problem: 'comuna_unknown', comuna: code } as const };
  return { ok: true as const, code };
}
