// Infers a Frictionless Table Schema (https://specs.frictionlessdata.io/table-schema/) from an uploaded CSV, so a
// reader knows each column's type before downloading and the Data Package can declare it. Chilean spreadsheets are
// read as they are exported: ';' as delimiter (Excel in es-CL) or ',', UTF-8 or latin1 (Windows-1252), numbers with
// thousands dots and a decimal comma ("1.234.567,89"), dates as YYYY-MM-DD or DD-MM-YYYY / DD/MM/YYYY.
import { decodeText, detectDelimiter } from '../../../core/text-files.js';

export type FieldType = 'integer' | 'number' | 'boolean' | 'date' | 'datetime' | 'string';
export interface TableField { name: string; type: FieldType; format?: string; decimalChar?: string; groupChar?: string }
export interface TableSchema { fields: TableField[]; missingValues: string[] }
export interface CsvDialect { delimiter: ',' | ';'; encoding: 'utf-8' | 'latin1' }
/** What is stored with an uploaded CSV: its Table Schema and the dialect it was read with (the Data Package's resource keeps them apart). */
export interface CsvTable { schema: TableSchema; dialect: CsvDialect }

/** Rows read to infer the types: enough to be sure, little enough for a 10 MB file to stay quick. */
const SAMPLE_ROWS = 1000;
const MISSING = ['', 'NA', 'N/A', '-'];

/** The text and how it was encoded (a BOM is dropped): core/text-files.ts decides, as for every upload. */
export function decodeCsv(bytes: Buffer): { text: string; encoding: CsvDialect['encoding'] } {
  const { text, encoding } = decodeText(bytes);
  return { text, encoding: encoding === 'latin1' ? 'latin1' : 'utf-8' };
}

/** RFC 4180 records (quotes, doubled quotes, line breaks inside quotes), at most `limit` of them. */
export function parseCsv(text: string, delimiter: string, limit = Infinity): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length && rows.length < limit; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (ch === '"') quoted = false; else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === delimiter) { row.push(cell); cell = ''; } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell); cell = '';
      if (row.length > 1 || row[0] !== '') rows.push(row);
      row = [];
    } else cell += ch;
  }
  if ((cell !== '' || row.length > 0) && rows.length < limit) { row.push(cell); rows.push(row); }
  return rows;
}

const PATTERNS: Array<[FieldType, RegExp, Omit<TableField, 'name' | 'type'>?]> = [
  ['boolean', /^(true|false|si|sí|no|verdadero|falso)$/i],
  ['integer', /^-?\d+$/],
  // Chilean grouping: 1.234.567 (no decimals).
  ['integer', /^-?\d{1,3}(\.\d{3})+$/, { groupChar: '.' }],
  ['number', /^-?\d+\.\d+$/],
  ['number', /^-?\d{1,3}(\.\d{3})*,\d+$|^-?\d+,\d+$/, { decimalChar: ',', groupChar: '.' }],
  ['date', /^\d{4}-\d{2}-\d{2}$/],
  ['date', /^\d{2}-\d{2}-\d{4}$/, { format: '%d-%m-%Y' }],
  ['date', /^\d{2}\/\d{2}\/\d{4}$/, { format: '%d/%m/%Y' }],
  ['datetime', /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/],
];

/** The first pattern every non-missing value matches (integer before number, so "12" stays an integer), or string. */
function inferField(name: string, values: string[]): TableField {
  const present = values.map((v) => v.trim()).filter((v) => !MISSING.includes(v));
  if (present.length === 0) return { name, type: 'string' };
  for (const [type, re, extra] of PATTERNS) {
    if (present.every((v) => re.test(v))) return { name, type, ...(extra ?? {}) };
  }
  // A column mixing plain integers and grouped ones ("950" and "1.200") is still integers with a group character.
  if (present.every((v) => /^-?\d+$|^-?\d{1,3}(\.\d{3})+$/.test(v))) return { name, type: 'integer', groupChar: '.' };
  if (present.every((v) => /^-?\d{1,3}(\.\d{3})*(,\d+)?$|^-?\d+(,\d+)?$/.test(v))) return { name, type: 'number', decimalChar: ',', groupChar: '.' };
  return { name, type: 'string' };
}

export class CsvProblem extends Error {}

/** The dialect and Table Schema of a CSV; CsvProblem when it has no header or its header repeats a column. */
export function inferTableSchema(bytes: Buffer): { dialect: CsvDialect; schema: TableSchema; rows: number } {
  const { text, encoding } = decodeCsv(bytes);
  const delimiter = detectDelimiter(text);
  const [header, ...rows] = parseCsv(text, delimiter, SAMPLE_ROWS + 1);
  const names = (header ?? []).map((h) => h.trim());
  if (names.length === 0 || names.every((n) => n === '')) throw new CsvProblem('empty');
  if (new Set(names).size !== names.length) throw new CsvProblem('duplicate');
  const fields = names.map((name, i) => inferField(name || `column_${i + 1}`, rows.map((r) => r[i] ?? '')));
  return { dialect: { delimiter, encoding }, schema: { fields, missingValues: MISSING }, rows: rows.length };
}
