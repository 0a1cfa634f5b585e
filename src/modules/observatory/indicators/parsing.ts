// Reads the long import format `cut,year,indicator,value,source` as people have it: saved by Excel in Chile (UTF-8
// with a byte-order mark and ",", or Windows-1252 and ";" with a decimal comma) or written by a script (UTF-8, ",",
// decimal point). Decoding, the delimiter and numbers are core's (core/text-files.ts), as for active transparency's
// uploads and the incubator's indicator imports.
// Every bad row is reported with its line (1 = the header) and reason, up to MAX_PROBLEMS, so the file is fixed in
// one go; a file with any problem yields no rows, and the import writes nothing (DESIGN.md rule 8).
import { ProblemList, readCsvTable, readNumber } from '../../../core/text-files.js';
import { INDICATOR_BY_CODE } from './catalogue.js';

export const MAX_PROBLEMS = 100;
/** SINIM's five years for the 345 municipalities are ~19,000 rows; this leaves room for every indicator and a decade. */
export const MAX_ROWS = 200_000;
/** Municipal indicators in Chile start with SINIM's series (2000s); later than the current year is a typo. */
export const FIRST_YEAR = 2000;
const MAX_SOURCE = 200;
const COLUMNS = ['cut', 'year', 'indicator', 'value', 'source'] as const;

export type ProblemCode =
  | 'empty' | 'unreadable' | 'too_many_rows' | 'missing_column' | 'unknown_column' | 'field_count'
  | 'cut' | 'no_municipality' | 'unknown_cut' | 'indicator' | 'year' | 'number' | 'not_finite' | 'negative' | 'percent'
  | 'stage' | 'duplicate' | 'source';
export interface Problem { line: number; code: ProblemCode; params?: Record<string, string | number> }
export interface ValueRow { cut: string; year: number; indicator: string; value: number; source: string }
export type ParseResult = { ok: true; rows: ValueRow[] } | { ok: false; problems: Problem[]; total: number };

/** What the file is checked against: the CUTs of municipalities, every comuna's CUT, and the current year. */
export interface ParseContext { municipalities: ReadonlySet<string>; comunas: ReadonlySet<string>; currentYear: number }

function checkRow(cells: Record<(typeof COLUMNS)[number], string>, ctx: ParseContext): ValueRow | { code: ProblemCode; params?: Record<string, string | number> } {
  const cut = cells.cut.trim().padStart(5, '0');
  if (!/^\d{5}$/.test(cut)) return { code: 'cut', params: { value: cells.cut.trim() } };
  if (!ctx.municipalities.has(cut)) return { code: ctx.comunas.has(cut) ? 'no_municipality' : 'unknown_cut', params: { value: cut } };
  const definition = INDICATOR_BY_CODE.get(cells.indicator.trim());
  if (!definition) return { code: 'indicator', params: { value: cells.indicator.trim() } };
  const year = Number(cells.year.trim());
  if (!/^\d{4}$/.test(cells.year.trim()) || year < FIRST_YEAR || year > ctx.currentYear) {
    return { code: 'year', params: { value: cells.year.trim(), from: FIRST_YEAR, to: ctx.currentYear } };
  }
  const value = readNumber(cells.value);
  if (typeof value === 'string') return { code: value, params: { value: cells.value.trim() } };
  // Every unit of the catalogue is a share, a count, a stage, days, an amount or a size: none can be negative.
  if (value < 0) return { code: 'negative', params: { value } };
  if (definition.unit === 'percent' && value > 100) return { code: 'percent', params: { value } };
  if (definition.unit === 'stage' && !(Number.isInteger(value) && value <= 3)) return { code: 'stage', params: { value } };
  const source = cells.source.trim();
  if (source === '' || source.length > MAX_SOURCE) return { code: 'source', params: { max: MAX_SOURCE } };
  return { cut, year, indicator: definition.code, value, source };
}

export function parseValuesCsv(bytes: Uint8Array, ctx: ParseContext): ParseResult {
  const list = new ProblemList<Problem>(MAX_PROBLEMS);
  const fail = (p: Problem) => list.add(p);
  const table = readCsvTable(bytes, COLUMNS, MAX_ROWS);
  if (!table.ok) return { ok: false, problems: table.problems, total: table.problems.length };
  const { header, records } = table;

  const rows: ValueRow[] = [];
  const seen = new Map<string, number>();
  for (const { record, info } of records) {
    const line = info.lines;
    if (record.length !== header.length) { fail({ line, code: 'field_count', params: { expected: header.length, found: record.length } }); continue; }
    const cells = Object.fromEntries(header.map((h, i) => [h, record[i]!])) as Record<(typeof COLUMNS)[number], string>;
    const row = checkRow(cells, ctx);
    if ('code' in row) { fail({ line, ...row }); continue; }
    const key = `${row.cut}|${row.year}|${row.indicator}`;
    const first = seen.get(key);
    if (first !== undefined) { fail({ line, code: 'duplicate', params: { first } }); continue; }
    seen.set(key, line);
    rows.push(row);
  }
  return list.total > 0 ? { ok: false, problems: list.problems, total: list.total } : { ok: true, rows };
}
