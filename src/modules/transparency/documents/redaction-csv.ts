// Redaction of a CSV file cell by cell: a name must not be matched across two cells ("Pérez,Juan"), and the result
// must still be the same table (same rows, same columns) for whoever reuses it. The file is scanned, not parsed and
// written again, so every byte outside a redacted cell stays as it was (delimiter, quoting, line ends, BOM).
import { applyRedactions, countRedactions, createRedactor, type Redaction, type RedactionCounts } from './redaction.js';
import { detectDelimiter } from '../../../core/text-files.js';

export interface CsvCell { value: string; matches: Redaction[] }
/** `rows`: every cell with its matches, when asked for (withCells), else empty. */
export interface RedactedCsv { text: string; rows: CsvCell[][]; counts: RedactionCounts; delimiter: string }

interface RawCell { value: string; start: number; end: number; quoted: boolean }

/** RFC 4180 rows of cells with their place in the text; an unclosed quote runs to the end (nothing is lost). */
function scanCsv(text: string, delimiter: string): RawCell[][] {
  const rows: RawCell[][] = [];
  let row: RawCell[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (i >= text.length) return rows;
  for (;;) {
    const start = i;
    let value = '';
    const quoted = text[i] === '"';
    if (quoted) {
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) { value += text.slice(i); i = text.length; break; }
        value += text.slice(i, q);
        if (text[q + 1] === '"') { value += '"'; i = q + 2; } else { i = q + 1; break; }
      }
    }
    const from = i;
    while (i < text.length && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') i++;
    value += text.slice(from, i);
    row.push({ value, start, end: i, quoted });
    if (i >= text.length) { rows.push(row); return rows; }
    if (text[i] === delimiter) { i++; continue; }
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    rows.push(row);
    row = [];
    if (i >= text.length) return rows;
  }
}

const quote = (value: string) => `"${value.replace(/"/g, '""')}"`;

/**
 * Cells are joined with NUL, which no rule matches and which counts as a word boundary (a text file with a NUL is
 * refused as binary, so none is in a cell): one pass of the rules over the whole file finds each cell's matches, and
 * none can span two cells.
 */
const CELL_BREAK = '\u0000';

/**
 * The CSV with personal data replaced in each cell; a changed cell is quoted again if it was or if it must be. The
 * cells with their matches (`rows`) only when asked (the preview): a 10 MB file has a million of them.
 */
export function redactCsv(text: string, names: readonly string[] = [], { withCells = false } = {}): RedactedCsv {
  const delimiter = detectDelimiter(text);
  const scanned = scanCsv(text, delimiter);
  const cells = scanned.flat();
  const starts: number[] = [];
  let length = 0;
  for (const cell of cells) { starts.push(length); length += cell.value.length + 1; }
  // The matches, sorted, grouped by cell: [cell index, its matches with offsets in the cell].
  const groups: Array<[number, Redaction[]]> = [];
  let c = 0;
  for (const m of createRedactor(names)(cells.map((cell) => cell.value).join(CELL_BREAK))) {
    while (c + 1 < starts.length && starts[c + 1]! <= m.start) c++;
    if (groups.at(-1)?.[0] !== c) groups.push([c, []]);
    groups.at(-1)![1].push({ ...m, start: m.start - starts[c]!, end: m.end - starts[c]! });
  }
  const out: string[] = [];
  let at = 0;
  for (const [i, matches] of groups) {
    const cell = cells[i]!;
    const redacted = applyRedactions(cell.value, matches);
    const needsQuotes = cell.quoted || /["\r\n]/.test(redacted) || redacted.includes(delimiter);
    out.push(text.slice(at, cell.start), needsQuotes ? quote(redacted) : redacted);
    at = cell.end;
  }
  out.push(text.slice(at));
  const counts = countRedactions(groups.flatMap(([, matches]) => matches));
  const byCell = new Map(groups);
  let k = 0;
  const rows = withCells ? scanned.map((row) => row.map((cell) => ({ value: cell.value, matches: byCell.get(k++) ?? [] }))) : [];
  return { text: out.join(''), rows, counts, delimiter };
}
