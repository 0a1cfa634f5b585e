import { parseThousands } from './amounts.js';
import { checkCode } from './hierarchy.js';
import type { ProblemList } from './problems.js';
import type { ClassificationCode } from './types.js';

// What the two DIPRES formats share: six code columns first, amounts in thousands of pesos with a decimal comma,
// and a name padded with spaces in the execution reports (SOURCES.md), trimmed here.

/** Reads the six code columns; reports `code` and returns null when they are not a clasificador code. */
export function readCode(fields: readonly string[], line: number, problems: ProblemList, where = ''): ClassificationCode | null {
  const [partida, capitulo, programa, subtitulo, item, asignacion] = fields.slice(0, 6).map((f) => f.trim());
  const code = { partida, capitulo, programa, subtitulo, item, asignacion };
  if (partida === '' || capitulo === '' || programa === '') {
    problems.add(line, 'code', `${where}partida, capítulo and programa are required`);
    return null;
  }
  const wrong = checkCode(code);
  if (wrong !== null) {
    problems.add(line, 'code', `${where}${wrong}`);
    return null;
  }
  return code;
}

/** Reads one amount in thousands of pesos; reports `amount` with the column name and returns null when not a number. */
export function readThousands(raw: string, column: string, line: number, problems: ProblemList, where = ''): bigint | null {
  const pesos = parseThousands(raw);
  if (pesos === null) {
    problems.add(line, 'amount', `${where}${column} is not an amount in thousands (like 1234 or 0,001): "${raw.trim()}"`);
  }
  return pesos;
}

/**
 * Reports rows that repeat a code already seen in the same group: summing both would double count (e.g. the same
 * program's file given twice).
 */
export function reportDuplicates<T extends ClassificationCode & { line: number }>(
  rows: readonly T[],
  groupOf: (row: T) => string,
  problems: ProblemList,
  describe: (row: T) => string = (row) => `line ${row.line}`,
): void {
  const seen = new Map<string, T>();
  for (const row of rows) {
    const key = [groupOf(row), row.partida, row.capitulo, row.programa, row.subtitulo, row.item, row.asignacion].join('|');
    const first = seen.get(key);
    if (first === undefined) seen.set(key, row);
    else problems.add(row.line, 'duplicate', `the same code appears twice (first at ${describe(first)})`);
  }
}
