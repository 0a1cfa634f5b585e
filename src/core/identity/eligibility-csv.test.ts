import { describe, expect, it } from 'vitest';
import { hashRun, parseRun } from './run.js';
import { parseEligibilityCsv } from './eligibility-csv.js';

const runKey = Buffer.alloc(32, 7);
const comunas = new Set(['09101', '13120', '05101']);
const parse = (content: string | Buffer) => parseEligibilityCsv(typeof content === 'string' ? Buffer.from(content) : content, { comunas, runKey });
const hashOf = (typed: string) => {
  const parsed = parseRun(typed);
  if (!parsed.ok) throw new Error(`test RUN ${typed} is invalid`);
  return hashRun(parsed.run, runKey);
};

describe('parseEligibilityCsv', () => {
  it('reads a comma-separated UTF-8 file with a byte-order mark, any header case, any RUN spelling', () => {
    const result = parse('\uFEFFRUN,Comuna,Grupo\r\n12.345.678-5,09101,Apoderados Escuela N° 5\r\n11111111-1,,\r\n 6-k ,13120,\r\n');
    expect(result).toEqual({ ok: true, entries: [
      { runHash: hashOf('12345678-5'), comuna: '09101', groupName: 'Apoderados Escuela N° 5' },
      { runHash: hashOf('11111111-1'), comuna: null, groupName: null },
      { runHash: hashOf('6-K'), comuna: '13120', groupName: null },
    ] });
  });

  it('reads a Windows-1252 (latin1) file with ";" as Excel writes it in Chile, and a one-column file', () => {
    const latin1 = Buffer.from('rut;comuna;group\n12345678-5;13120;Vecinos de Ñuñoa\n', 'latin1');
    expect(latin1.includes(Buffer.from('Ñuñoa'))).toBe(false); // really not UTF-8
    expect(parse(latin1)).toEqual({ ok: true, entries: [{ runHash: hashOf('12345678-5'), comuna: '13120', groupName: 'Vecinos de Ñuñoa' }] });
    expect(parse('run\n12345678-5\n\n11.111.111-1\n')).toMatchObject({ ok: true, entries: [{ runHash: hashOf('12345678-5') }, { runHash: hashOf('11111111-1') }] });
  });

  it('keeps separators and line breaks inside quoted fields, and counts lines from where a row starts', () => {
    const result = parse('run;grupo\n12345678-5;"Junta de vecinos ""El Roble""; sector 2"\n11111111-1;"dos\nlíneas"\n22222222-3;x\n');
    expect(result).toEqual({ ok: false, errors: [{ line: 5, problem: 'run_check_digit' }] });
    const ok = parse('run;grupo\n12345678-5;"Junta ""El Roble""; sector 2"\n');
    expect(ok).toMatchObject({ ok: true, entries: [{ groupName: 'Junta "El Roble"; sector 2' }] });
  });

  it('takes a 4-digit comuna as the CUT whose leading zero a spreadsheet dropped', () => {
    expect(parse('run,comuna\n12345678-5,9101\n')).toMatchObject({ ok: true, entries: [{ comuna: '09101' }] });
  });

  it('reports every bad row with its line number in the file, and no entries', () => {
    const result = parse([
      'run;comuna;grupo', // 1
      '12.345.678-5;09101;a', // 2
      '12.345.678-6;09101;a', // 3 check digit
      ';09101;a', // 4 no RUN
      '11111111-1;9999;b', // 5 comuna unknown once padded
      '', // 6 blank: skipped, still counted
      '22222222-2;Temuco;b', // 7 comuna not a code
      '123456785;;', // 8 same RUN as line 2
      '1234-5678;;', // 9 not a RUN
      '7654321-6;;;', // 10 one field too many
      ';;', // 11 nothing in it: skipped, as spreadsheets leave such rows
    ].join('\n'));
    expect(result).toEqual({ ok: false, errors: [
      { line: 3, problem: 'run_check_digit' },
      { line: 4, problem: 'run_missing' },
      { line: 5, problem: 'comuna_unknown', comuna: '09999' },
      { line: 7, problem: 'comuna_format' },
      { line: 8, problem: 'duplicate_run', firstLine: 2 },
      { line: 9, problem: 'run_format' },
      { line: 10, problem: 'field_count', expected: 3, found: 4 },
    ] });
  });

  it('refuses a header without a run column, with unknown or repeated columns, or no rows at all', () => {
    expect(parse('')).toEqual({ ok: false, errors: [{ line: 1, problem: 'empty' }] });
    expect(parse('run;comuna\n')).toEqual({ ok: false, errors: [{ line: 1, problem: 'no_rows' }] });
    expect(parse('nombre,comuna\nAna,09101\n')).toEqual({ ok: false, errors: [
      { line: 1, problem: 'unknown_column', column: 'nombre' }, { line: 1, problem: 'no_run_column' },
    ] });
    expect(parse('run,rut\n12345678-5,12345678-5\n')).toEqual({ ok: false, errors: [{ line: 1, problem: 'duplicate_column', column: 'rut' }] });
  });

  it('reports an unclosed quote with its line instead of throwing', () => {
    expect(parse('run;grupo\n12345678-5;"abierta\n11111111-1;x\n')).toEqual({ ok: false, errors: [{ line: 2, problem: 'unreadable', code: 'CSV_QUOTE_NOT_CLOSED' }] });
  });
});
