// Reads the long import format `indicator,month,value` (the same columns /api/v1/services/{slug}/indicators.csv
// writes, so an export edited in a spreadsheet imports back) as people have it: decoding, ',' or ';', line numbers and
// numbers with a decimal point or a decimal comma are core's (core/text-files.ts), as for the observatory's import.
// Every problem is reported with its line (1 = the header), up to MAX_PROBLEMS, so the file is fixed in one go; a file
// with any problem yields no rows and nothing is written (DESIGN.md rule 8).
import { ProblemList, readCsvTable, readNumber } from '../../../core/text-files.js';
import type { IndicatorRow } from './queries.js';
import { checkValueRows, type ValueRow } from './commands/record-values.js';

export const MAX_PROBLEMS = 100;
/** Twenty indicators over forty years of months: far more than a service has. */
export const MAX_ROWS = 10_000;
export const CSV_COLUMNS = ['indicator', 'month', 'value'] as const;

export type ImportProblemCode = 'empty' | 'unreadable' | 'too_many_rows' | 'missing_column' | 'unknown_column' | 'field_count'
  | 'indicator' | 'number' | 'not_finite' | 'month' | 'future' | 'negative' | 'percent' | 'grade' | 'pesos' | 'duplicate';
export interface ImportProblem { line: number; code: ImportProblemCode; params?: Record<string, string | number> }
export type ImportParse = { ok: true; rows: ValueRow[] } | { ok: false; problems: ImportProblem[]; total: number };

export function parseValuesCsv(bytes: Uint8Array, indicators: readonly IndicatorRow[], currentMonth: string): ImportParse {
  const list = new ProblemList<ImportProblem>(MAX_PROBLEMS);
  const failed = (): ImportParse => ({ ok: false, problems: list.problems, total: list.total });
  const table = readCsvTable(bytes, CSV_COLUMNS, MAX_ROWS);
  if (!table.ok) return { ok: false, problems: table.problems, total: table.problems.length };
  const { header, records } = table;

  const byCode = new Map(indicators.map((i) => [i.code, i]));
  const rows: ValueRow[] = [];
  for (const { record, info } of records) {
    const line = info.lines;
    if (record.length !== header.length) { list.add({ line, code: 'field_count', params: { expected: header.length, found: record.length } }); continue; }
    const cell = (c: (typeof CSV_COLUMNS)[number]) => record[header.indexOf(c)]!.trim();
    const indicator = byCode.get(cell('indicator').toLowerCase());
    if (!indicator) { list.add({ line, code: 'indicator', params: { value: cell('indicator') } }); continue; }
    const value = readNumber(cell('value'));
    if (typeof value === 'string') { list.add({ line, code: value, params: { value: cell('value') } }); continue; }
    rows.push({ indicator, month: cell('month'), value, at: line });
  }
  for (const p of checkValueRows(rows, currentMonth)) list.add({ line: p.at, code: p.code, params: p.params });
  if (list.total > 0) {
    list.problems.sort((a, b) => a.line - b.line);
    return failed();
  }
  return { ok: true, rows };
}
