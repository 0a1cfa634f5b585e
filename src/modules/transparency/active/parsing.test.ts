// The CSV an official uploads, as Excel in Chile writes it: encodings, separators, Chilean amounts and dates, header
// matching by name or title, and every problem reported by line and column (up to 100), with no rows on any problem.
import { describe, expect, it } from 'vitest';
import { findCategory } from './categories.js';
import { MAX_PROBLEMS, parseActiveCsv, readCell } from './parsing.js';

const transfers = findCategory('transferencias')!.fields;
const procedures = findCategory('tramites')!.fields;
const latin1 = (s: string) => Buffer.from(s, 'latin1');

describe('reading a file as Excel in Chile saves it', () => {
  const expected = { fecha: '2026-10-05', receptor: 'Junta de Vecinos Ñielol', finalidad: 'Sede', imputacion: null, acto: null, monto: 3_500_000 };

  it('reads Windows-1252 with ";", titles for headers, thousands dots, "$" and dd-mm-yyyy', () => {
    const res = parseActiveCsv(latin1('Fecha;Receptor;Finalidad;Monto\r\n05-10-2026;Junta de Vecinos Ñielol;Sede;$ 3.500.000\r\n'), transfers);
    expect(res).toEqual({ ok: true, rows: [expected] });
  });

  it('reads UTF-8 with a byte-order mark and ",", names for headers in any order, quoted commas', () => {
    const res = parseActiveCsv(Buffer.from('\uFEFFmonto,receptor,fecha,finalidad\n3500000,Junta de Vecinos Ñielol,2026-10-05,Sede\n"1.000","Club ""Demo"", Temuco",5/10/2026,"Dos\nlíneas"\n'), transfers);
    expect(res.ok && res.rows).toEqual([expected, { ...expected, receptor: 'Club "Demo", Temuco', monto: 1000, finalidad: 'Dos\nlíneas' }]);
  });

  it('matches English titles and enum values whatever their case and accents, and reads sí/no', () => {
    const res = parseActiveCsv(Buffer.from('Procedure;Description;Requirements and documents;Where;Online;Fee\nLicencia;Primera;Cédula;Tránsito;Sí;38.500\nRSH;Registro;Cédula;DIDECO;no;\n'), procedures);
    expect(res.ok && res.rows.map((r) => [r.en_linea, r.valor])).toEqual([[true, 38500], [false, null]]);
    expect(readCell(findCategory('personal')!.fields[0]!, 'codigo del trabajo')).toEqual({ value: 'Código del Trabajo' });
  });
});

describe('cells that are not what the schema says', () => {
  const amount = transfers.find((f) => f.name === 'monto')!;
  const date = transfers.find((f) => f.name === 'fecha')!;
  it.each([['1.234,5', 'integer'], ['12.34', 'integer'], ['1,234', 'integer'], ['-5', 'minimum'], ['', 'required'], ['99999999999999999', 'integer']])('amount %j → %s', (raw, code) => {
    expect(readCell(amount, raw)).toMatchObject({ code });
  });
  it.each([['31-02-2026', 'date'], ['2026-13-01', 'date'], ['5 de octubre', 'date']])('date %j → %s', (raw, code) => {
    expect(readCell(date, raw)).toMatchObject({ code });
  });
  it('takes 29-02 only in a leap year, and a link only as http(s)', () => {
    expect(readCell(date, '29-02-2028')).toEqual({ value: '2028-02-29' });
    const link = procedures.find((f) => f.name === 'enlace')!;
    expect(readCell(link, 'javascript:alert(1)')).toEqual({ code: 'uri' });
    expect(readCell(link, 'https://www.temuco.cl/tramites')).toEqual({ value: 'https://www.temuco.cl/tramites' });
  });
});

describe('problems', () => {
  it('lists every bad cell with its line (a quoted line break counts) and column, and yields no rows', () => {
    const res = parseActiveCsv(Buffer.from('fecha;receptor;finalidad;monto\n2026-10-05;"Junta\nNorte";Sede;100\n2026-10-32;;Sede;diez\n2026-10-01;Club;Sede\n'), transfers);
    expect(res).toEqual({ ok: false, total: 4, problems: [
      { line: 4, column: 'fecha', code: 'date' }, { line: 4, column: 'receptor', code: 'required' }, { line: 4, column: 'monto', code: 'integer' },
      { line: 5, code: 'field_count', params: { expected: 4, found: 3 } },
    ] });
  });

  it('reports header problems on line 1 before reading any row', () => {
    const res = parseActiveCsv(Buffer.from('fecha;fecha;color\n2026-10-05;x;y\n'), transfers);
    expect(res.ok ? [] : res.problems.map((p) => [p.code, p.column])).toEqual([
      ['duplicate_column', 'fecha'], ['unknown_column', 'color'], ['missing_column', 'receptor'], ['missing_column', 'finalidad'], ['missing_column', 'monto']]);
  });

  it('keeps the first 100 problems and counts the rest', () => {
    const rows = Array.from({ length: 150 }, () => 'ayer;Club;Sede;100').join('\n');
    const res = parseActiveCsv(Buffer.from(`fecha;receptor;finalidad;monto\n${rows}\n`), transfers);
    expect(res.ok).toBe(false);
    if (!res.ok) expect([res.problems.length, res.total, res.problems[99]!.line]).toEqual([MAX_PROBLEMS, 150, 101]);
  });

  it.each([['', 'empty'], ['fecha;receptor;finalidad;monto\n', 'no_rows'], ['fecha;receptor\n"abierta;x\n', 'unreadable']])('%j → %s', (text, code) => {
    const res = parseActiveCsv(Buffer.from(text), transfers);
    expect(!res.ok && res.problems[0]!.code).toBe(code);
  });
});
