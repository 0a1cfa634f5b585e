import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/index.js';
import type { CsvLineError } from './eligibility-csv.js';
import { describeCsvProblem } from './problems.js';

const EVERY_PROBLEM: CsvLineError[] = [
  { line: 1, problem: 'empty' }, { line: 1, problem: 'no_rows' }, { line: 1, problem: 'no_run_column' },
  { line: 1, problem: 'unknown_column', column: 'rol' }, { line: 1, problem: 'duplicate_column', column: 'run' },
  { line: 3, problem: 'unreadable', code: 'CSV_QUOTE_NOT_CLOSED' }, { line: 3, problem: 'unreadable', code: 'CSV_INVALID_OPENING_QUOTE' },
  { line: 4, problem: 'field_count', expected: 3, found: 2 }, { line: 5, problem: 'run_missing' }, { line: 6, problem: 'run_format' },
  { line: 7, problem: 'run_check_digit' }, { line: 8, problem: 'comuna_format' }, { line: 9, problem: 'comuna_unknown', comuna: '99999' },
  { line: 10, problem: 'duplicate_run', firstLine: 2 },
];

describe('describeCsvProblem', () => {
  it('names the line and fills every parameter, in both languages', () => {
    for (const locale of ['es-CL', 'en'] as const) {
      const t = translator(locale);
      for (const problem of EVERY_PROBLEM) {
        const text = describeCsvProblem(t, problem);
        expect(text, `${locale} ${problem.problem}`).toMatch(new RegExp(`^(Línea|Line) ${problem.line}: `));
        expect(text, `${locale} ${problem.problem}`).not.toMatch(/\{\w+\}|identity\./);
      }
    }
  });

  it('says what is wrong in words a spreadsheet user can act on', () => {
    const t = translator('es-CL');
    expect(describeCsvProblem(t, { line: 4, problem: 'field_count', expected: 3, found: 2 })).toBe('Línea 4: tiene 2 campos y el encabezado 3.');
    expect(describeCsvProblem(t, { line: 3, problem: 'unreadable', code: 'CSV_QUOTE_NOT_CLOSED' })).toBe('Línea 3: unas comillas abiertas en esta fila nunca se cierran.');
    expect(describeCsvProblem(t, { line: 10, problem: 'duplicate_run', firstLine: 2 })).toBe('Línea 10: el mismo RUN que la línea 2.');
  });
});
