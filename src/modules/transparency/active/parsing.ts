// Reads a monthly update as institutions have it: a spreadsheet saved as CSV from Excel in Chile — "CSV UTF-8" (with
// a byte-order mark, ",") or "CSV (delimitado por comas)" (Windows-1252, ";") — and checks every cell against the
// category's Table Schema. Columns are matched by name or by title in either language, in any order. Amounts may
// carry "$" and thousands dots ("$ 1.234.567"), dates may be written 31-01-2026 or 31/01/2026, booleans sí/no.
// Every problem is reported with its line (1 = the header) and column, up to MAX_PROBLEMS, so the file is fixed in
// one go; a file with any problem yields no rows (DESIGN.md rule 8).
import { toDayNumber } from '../../../core/calendar/calendar-date.js';
import type { ActiveField } from './table-schema.js';
import { decodeText, ProblemList, readCsvRecords } from '../../../core/text-files.js';

export const MAX_PROBLEMS = 100;
export const MAX_ROWS = 20_000;
const MAX_TEXT = 4000;

export type Cell = string | number | boolean | null;
export type ActiveRow = Record<string, Cell>;
export type ProblemCode =
  | 'empty' | 'no_rows' | 'unreadable' | 'too_many_rows' | 'unknown_column' | 'duplicate_column' | 'missing_column' | 'field_count'
  | 'required' | 'integer' | 'date' | 'boolean' | 'uri' | 'enum' | 'minimum' | 'maximum' | 'too_long';
export interface Problem { line: number; column?: string; code: ProblemCode; params?: Record<string, string | number> }
export type ParseResult = { ok: true; rows: ActiveRow[] } | { ok: false; problems: Problem[]; total: number };


/** Lower case, no accents, words joined by "_": "Remuneración bruta" and "remuneracion_bruta" meet. */
export const normalise = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');

const INTEGER = /^(-)?\$?\s*(\d{1,3}(?:[.\s\u00a0]\d{3})+|\d+)$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const CHILEAN_DATE = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;
const TRUE = new Set(['si', 's', 'yes', 'y', 'true', 'verdadero', '1', 'x']);
const FALSE = new Set(['no', 'n', 'false', 'falso', '0']);

const isDate = (d: string) => { try { toDayNumber(d); return true; } catch { return false; } };

/** A cell as its Table Schema type, or the problem with it (null for an empty optional cell). */
export function readCell(field: ActiveField, raw: string): { value: Cell } | { code: ProblemCode; params?: Record<string, string | number> } {
  const text = raw.trim();
  if (text === '') return field.required ? { code: 'required' } : { value: null };
  let value: Cell;
  if (field.type === 'integer') {
    const m = INTEGER.exec(text);
    value = m ? Number(`${m[1] ?? ''}${m[2]!.replace(/\D/g, '')}`) : NaN;
    if (!Number.isSafeInteger(value)) return { code: 'integer' };
  } else if (field.type === 'date') {
    const iso = ISO_DATE.exec(text);
    const cl = CHILEAN_DATE.exec(text);
    value = iso ? text : cl ? `${cl[3]}-${cl[2]!.padStart(2, '0')}-${cl[1]!.padStart(2, '0')}` : '';
    if (!isDate(value)) return { code: 'date' };
  } else if (field.type === 'boolean') {
    const key = normalise(text);
    if (!TRUE.has(key) && !FALSE.has(key)) return { code: 'boolean' };
    value = TRUE.has(key);
  } else {
    if (text.length > MAX_TEXT) return { code: 'too_long', params: { max: MAX_TEXT } };
    value = text;
    if (field.enum) {
      const match = field.enum.find((option) => normalise(option) === normalise(text));
      if (!match) return { code: 'enum', params: { allowed: field.enum.join(', ') } };
      value = match;
    }
    if (field.format === 'uri' && !/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(text)) return { code: 'uri' };
  }
  if (typeof value === 'number' && field.minimum !== undefined && value < field.minimum) return { code: 'minimum', params: { min: field.minimum } };
  if (typeof value === 'number' && field.maximum !== undefined && value > field.maximum) return { code: 'maximum', params: { max: field.maximum } };
  return { value };
}

export function parseActiveCsv(bytes: Uint8Array, fields: readonly ActiveField[]): ParseResult {
  const list = new ProblemList<Problem>(MAX_PROBLEMS);
  const fail = (p: Problem) => list.add(p);
  const read = readCsvRecords(decodeText(bytes).text);
  if (!read.ok) return { ok: false, problems: [{ line: read.line, code: 'unreadable' }], total: 1 };
  const { records } = read;
  if (records.length === 0) return { ok: false, problems: [{ line: 1, code: 'empty' }], total: 1 };
  const [head, ...body] = records;
  const byKey = new Map(fields.flatMap((f) => [f.name, f.title.es, f.title.en].map((k) => [normalise(k), f] as const)));
  const columns = head!.record.map((name) => byKey.get(normalise(name)));
  head!.record.forEach((name, i) => {
    if (!columns[i]) fail({ line: 1, column: name, code: 'unknown_column' });
    else if (columns.indexOf(columns[i]) < i) fail({ line: 1, column: name, code: 'duplicate_column' });
  });
  for (const f of fields) if (f.required && !columns.includes(f)) fail({ line: 1, column: f.name, code: 'missing_column' });
  if (list.total > 0) return { ok: false, problems: list.problems, total: list.total };
  if (body.length === 0) return { ok: false, problems: [{ line: 1, code: 'no_rows' }], total: 1 };
  if (body.length > MAX_ROWS) return { ok: false, problems: [{ line: 1, code: 'too_many_rows', params: { max: MAX_ROWS } }], total: 1 };

  const rows: ActiveRow[] = [];
  for (const { record, info } of body) {
    // info.lines is where the record ends; a quoted field may span lines, so count back to where it starts.
    const line = info.lines - record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
    if (record.length !== columns.length) {
      fail({ line, code: 'field_count', params: { expected: columns.length, found: record.length } });
      continue;
    }
    const row: ActiveRow = Object.fromEntries(fields.map((f) => [f.name, null]));
    columns.forEach((f, i) => {
      const cell = readCell(f!, record[i]!);
      if ('code' in cell) fail({ line, column: f!.name, code: cell.code, ...(cell.params ? { params: cell.params } : {}) });
      else row[f!.name] = cell.value;
    });
    rows.push(row);
  }
  return list.total > 0 ? { ok: false, problems: list.problems, total: list.total } : { ok: true, rows };
}
