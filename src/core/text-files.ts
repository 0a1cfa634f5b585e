// Text files arrive as bytes in whatever encoding the publisher used: the DIPRES budget files are ISO-8859-1
// (../shared/data/budget/SOURCES.md), Excel in Chile still saves CSV as Windows-1252, our own formats are UTF-8, and
// spreadsheet tools add a BOM. So: a UTF-8 BOM wins, then bytes that are valid UTF-8, else the single-byte encoding,
// read as Windows-1252: it is latin1 for every printable character and puts Excel's curly quotes and dashes where
// latin1 has unused control codes. Valid UTF-8 is a safe test: latin1 accented letters (one byte ≥ 0x80 followed by
// ASCII) are never valid UTF-8 sequences. Shared by every upload and import that reads text, with the reading of
// numbers as people in Chile write them (a decimal comma).

import { CsvError, parse, type InfoRecord } from 'csv-parse/sync';

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'latin1';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

const BOM = [0xef, 0xbb, 0xbf];

// Windows-1252's 0x80–0x9F (the Unicode mapping table, unicode.org/Public/MAPPINGS/VENDORS/MICSFT/WINDOWS/CP1252.TXT);
// the five bytes it leaves undefined stay as latin1 reads them. Node's TextDecoder('windows-1252') reads these bytes as
// latin1's control codes, so the table is applied here.
const CP1252_HIGH = '\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\x8d\u017d\x8f'
  + '\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('latin1').decode(bytes).replace(/[\x80-\x9f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (BOM.every((b, i) => bytes[i] === b)) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Single-byte text (the DIPRES files, Excel's CSV): every byte decodes, so nothing can fail here.
    return { text: decodeWindows1252(bytes), encoding: 'latin1' };
  }
}

/**
 * The delimiter of a CSV: ';' when its header line has more semicolons than commas outside quotes (spreadsheets in
 * Chile save so, the decimal comma being taken), else ','. A quoted header cell may hold a line break.
 */
export function detectDelimiter(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ',') commas++;
    else if (!quoted && ch === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

export interface CsvRecord { record: string[]; info: InfoRecord }

/**
 * The records of an uploaded CSV (',' or ';', detected), each with its line number (info.lines), or the line where
 * csv-parse could read no further (an unclosed quote…): what every import that reports problems by line starts from.
 */
export function readCsvRecords(text: string): { ok: true; records: CsvRecord[] } | { ok: false; line: number } {
  try {
    const records = parse(text, { delimiter: detectDelimiter(text), info: true, bom: true, relax_column_count: true, skip_empty_lines: true, skip_records_with_empty_values: true });
    return { ok: true, records: records as unknown as CsvRecord[] };
  } catch (err) {
    if (!(err instanceof CsvError)) throw err;
    return { ok: false, line: text.slice(0, Number(err.bytes_records ?? 0)).split('\n').length };
  }
}

/** What stops a long-format import from being read at all, reported on its line (1: the header). */
export interface TableProblem { line: number; code: 'unreadable' | 'empty' | 'too_many_rows' | 'unknown_column' | 'missing_column'; params?: Record<string, string | number> }

/**
 * An uploaded CSV whose header names exactly `columns` (any order, any case): the header, lower-cased, and the data
 * records, at most `maxRows` of them; or every problem of the header at once, so the file is fixed in one go.
 */
export function readCsvTable(bytes: Uint8Array, columns: readonly string[], maxRows: number):
  { ok: true; header: string[]; records: CsvRecord[] } | { ok: false; problems: TableProblem[] } {
  const read = readCsvRecords(decodeText(bytes).text);
  if (!read.ok) return { ok: false, problems: [{ line: read.line, code: 'unreadable' }] };
  const { records } = read;
  if (records.length < 2) return { ok: false, problems: [{ line: 1, code: 'empty' }] };
  if (records.length - 1 > maxRows) return { ok: false, problems: [{ line: 1, code: 'too_many_rows', params: { max: maxRows } }] };
  const header = records[0]!.record.map((h) => h.trim().toLowerCase());
  const problems: TableProblem[] = [
    ...header.filter((name) => !columns.includes(name)).map((column) => ({ line: 1, code: 'unknown_column' as const, params: { column } })),
    ...columns.filter((c) => !header.includes(c)).map((column) => ({ line: 1, code: 'missing_column' as const, params: { column } })),
  ];
  return problems.length ? { ok: false, problems } : { ok: true, header, records: records.slice(1) };
}

/**
 * An import's problems as people fix them: all counted, the first `max` kept (a file wrong on every line would
 * otherwise give a page of thousands of rows; the count says how many more there are).
 */
export class ProblemList<P> {
  readonly problems: P[] = [];
  total = 0;
  constructor(private readonly max: number) {}
  add(problem: P): void {
    this.total += 1;
    if (this.problems.length < this.max) this.problems.push(problem);
  }
}

const NUMBER = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$/;
const NOT_FINITE = /^[+-]?(nan|inf|infinity|∞)$/i;

/**
 * A number written with a decimal point or a decimal comma (not both: thousands separators are ambiguous — "1.234"
 * is 1234 in Chile and 1.234 elsewhere — so the text must not use them), or the problem code to report: 'number'
 * when it is no number, 'not_finite' for NaN, infinity or what overflows a double.
 */
export function readNumber(raw: string): number | 'number' | 'not_finite' {
  const text = raw.trim();
  if (NOT_FINITE.test(text)) return 'not_finite';
  if (!NUMBER.test(text)) return 'number';
  const value = Number(text.replace(',', '.'));
  return Number.isFinite(value) ? value : 'not_finite';
}
