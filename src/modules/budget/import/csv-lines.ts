import type { ProblemList } from './problems.js';

// The DIPRES files (SOURCES.md) are `;`-separated with no quoting: the few `"` in them are part of a name
// (`Programa "4 a 7"`), and no name contains `;`. So a line is split on `;` as is, and quote characters are kept.

export interface SourceLine {
  /** 1-based line number in the file, as an editor shows it. */
  line: number;
  fields: string[];
}

export interface SplitFile {
  header: SourceLine;
  rows: SourceLine[];
}

/**
 * Splits a decoded `;` file into its header and data lines. Blank lines are skipped (SOURCES.md: 2012 and 2013 hold
 * ~300 lines that are a single space). Reports, and returns null for, what is not a CSV at all: SOURCES.md, the
 * "2016.csv" DIPRES published is an HTML page. Every DIPRES file ends with a line break, so a last line without one is
 * a file cut short (a download or copy that stopped): it is reported as truncated rather than read as a short number.
 */
export function splitSemicolonFile(text: string, problems: ProblemList, fileName = ''): SplitFile | null {
  const where = fileName === '' ? '' : `${fileName}: `;
  const lines = text.split(/\r?\n/);
  const firstText = lines.find((l) => l.trim() !== '') ?? '';
  if (/^\s*</.test(firstText) || text.includes('\u0000')) {
    problems.add(1, 'not_csv', `${where}this is not a CSV file: it looks like ${firstText.trim().startsWith('<') ? 'an HTML or XML page' : 'binary data'}; download the CSV itself`);
    return null;
  }
  const lastIndex = lines.length - 1;
  if (lines[lastIndex] !== '') {
    problems.add(lines.length, 'truncated', `${where}the file ends in the middle of line ${lines.length} (no final line break): it looks cut short`);
  }
  const sourceLines: SourceLine[] = [];
  lines.forEach((text, i) => {
    if (i === lastIndex || text.trim() === '') return;
    sourceLines.push({ line: i + 1, fields: text.split(';') });
  });
  const [header, ...rows] = sourceLines;
  if (header === undefined) {
    problems.add(1, 'empty', `${where}the file is empty`);
    return null;
  }
  return { header, rows };
}

/** Header names compared without accents, case or surrounding spaces: "Capítulo" and "CAPITULO" are the same column. */
export function normalizeHeader(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').trim().toLowerCase();
}

/**
 * Checks the header against the expected column names (a RegExp matches a normalized name); reports `columns` with
 * what was expected. Returns whether it matched.
 */
export function checkHeader(header: SourceLine, expected: readonly (string | RegExp)[], problems: ProblemList, where = ''): boolean {
  const names = header.fields.map(normalizeHeader);
  const matches =
    names.length === expected.length &&
    expected.every((e, i) => (typeof e === 'string' ? normalizeHeader(e) === names[i] : e.test(names[i])));
  if (!matches) {
    const wanted = expected.map((e) => (typeof e === 'string' ? e : e.source)).join(';');
    problems.add(header.line, 'columns', `${where}unexpected columns: expected "${wanted}", found "${header.fields.join(';')}"`);
  }
  return matches;
}

/** Reports a data line whose field count differs from the header's; returns whether the count is right. */
export function checkFieldCount(row: SourceLine, count: number, problems: ProblemList, where = ''): boolean {
  if (row.fields.length === count) return true;
  problems.add(row.line, 'columns', `${where}expected ${count} fields separated by ";", found ${row.fields.length}`);
  return false;
}
