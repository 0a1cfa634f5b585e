// The CSV import's reading: Excel's ';' with decimal commas, a BOM, scripts' ',' with points; every problem by line
// (1 = the header) and no rows at all when there is any.
import { describe, expect, it } from 'vitest';
import { parseValuesCsv } from './csv.js';
import type { IndicatorRow } from './queries.js';

const indicator = (id: number, code: string, unit: IndicatorRow['unit']): IndicatorRow => ({
  id, serviceId: 1, code, name: code, description: '', kind: 'usage', unit, direction: 'up', method: '', position: id, createdAt: new Date(),
});
const INDICATORS = [indicator(1, 'permisos-en-linea', 'count'), indicator(2, 'tramites-en-linea', 'percent'), indicator(3, 'satisfaccion', 'grade_1_7')];
const parse = (text: string | Uint8Array) => parseValuesCsv(typeof text === 'string' ? Buffer.from(text) : text, INDICATORS, '2026-11');

describe('reading the long format', () => {
  it('reads commas and decimal points', () => {
    const r = parse('indicator,month,value\npermisos-en-linea,2026-09,1234\ntramites-en-linea,2026-09,41.5\n');
    expect(r.ok && r.rows.map((x) => [x.indicator.id, x.month, x.value, x.at])).toEqual([[1, '2026-09', 1234, 2], [2, '2026-09', 41.5, 3]]);
  });
  it('reads Excel in Chile: a BOM, semicolons, a decimal comma, columns in any order and any case', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Month;Indicator;Value\r\n2026-10;satisfaccion;5,8\r\n2026-10;tramites-en-linea;62,5\r\n')]);
    const r = parse(bytes);
    expect(r.ok && r.rows.map((x) => [x.indicator.code, x.value])).toEqual([['satisfaccion', 5.8], ['tramites-en-linea', 62.5]]);
  });
});

describe('refusing a file', () => {
  it('lists every problem by line and returns no rows', () => {
    const r = parse([
      'indicator,month,value',
      'permisos-en-linea,2026-09,1234', // 2: fine
      'desconocido,2026-09,1', // 3: unknown indicator
      'permisos-en-linea,2026-13,1', // 4: no month 13
      'permisos-en-linea,2026-12,1', // 5: after the current month
      'tramites-en-linea,2026-09,101', // 6: a share above 100
      'satisfaccion,2026-09,7.5', // 7: a grade above 7
      'permisos-en-linea,2026-08,-3', // 8: negative
      'permisos-en-linea,2026-07,NaN', // 9: not finite
      'permisos-en-linea,2026-06,1.234.567', // 10: thousands separators
      'permisos-en-linea,2026-09,99', // 11: same indicator and month as line 2
      'permisos-en-linea,2026-05', // 12: a field missing
    ].join('\n'));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => [p.line, p.code])).toEqual([
      [3, 'indicator'], [4, 'month'], [5, 'future'], [6, 'percent'], [7, 'grade'], [8, 'negative'], [9, 'not_finite'], [10, 'number'], [11, 'duplicate'], [12, 'field_count'],
    ]);
    expect(r.problems.find((p) => p.code === 'duplicate')!.params).toEqual({ first: 2 });
    expect(r.total).toBe(10);
  });
  it('refuses a wrong header, an empty file and an unreadable one', () => {
    const header = parse('indicador,mes,valor\nx,2026-01,1\n');
    expect(!header.ok && header.problems.map((p) => p.code)).toEqual(['unknown_column', 'unknown_column', 'unknown_column', 'missing_column', 'missing_column', 'missing_column']);
    expect(parse('indicator,month,value\n')).toMatchObject({ ok: false, problems: [{ line: 1, code: 'empty' }] });
    expect(parse('indicator,month,value\n"permisos-en-linea,2026-01,1\n')).toMatchObject({ ok: false, problems: [{ code: 'unreadable' }] });
  });
});
