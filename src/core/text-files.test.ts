import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText, detectDelimiter, readCsvTable, readNumber } from './text-files.js';

const latin1 = readFileSync(new URL('../../../shared/data/budget/ley/2017.csv', import.meta.url));
const text = latin1.toString('latin1');
const utf8 = Buffer.from(text, 'utf8');
const utf8Bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]);

describe('decodeText', () => {
  it('tells latin1, UTF-8 and UTF-8 with BOM apart and decodes all three to the same text', () => {
    expect(decodeText(latin1)).toEqual({ text, encoding: 'latin1' });
    expect(decodeText(utf8)).toEqual({ text, encoding: 'utf-8' });
    expect(decodeText(utf8Bom)).toEqual({ text, encoding: 'utf-8-bom' });
    expect(text).toContain('Capítulo'); // the real file has accents, so the three byte strings differ
    expect(utf8.equals(latin1)).toBe(false);
  });

  it('falls back to latin1 as soon as the bytes are not valid UTF-8', () => {
    expect(decodeText(Buffer.from([0x43, 0x61, 0x70, 0xed, 0x74]))).toEqual({ text: 'Capít', encoding: 'latin1' });
    expect(decodeText(Buffer.from('Capít', 'utf8'))).toEqual({ text: 'Capít', encoding: 'utf-8' });
  });

  it('reads a non-UTF-8 file as Windows-1252, as Excel in Chile writes it (0x93 0x94 are curly quotes)', () => {
    expect(decodeText(Buffer.from([0x93, 0x41, 0xf1, 0x94])).text).toBe('\u201cAñ\u201d');
  });
});

describe('detectDelimiter', () => {
  it('takes the separator the header uses more, outside quotes', () => {
    expect(detectDelimiter('run;comuna;grupo\n1;2;3')).toBe(';');
    expect(detectDelimiter('nombre,monto\n"a;b;c",1')).toBe(',');
    expect(detectDelimiter('"a;b;c",x,y\r\n')).toBe(',');
    expect(detectDelimiter('"monto, en pesos";año;mes\n')).toBe(';');
    expect(detectDelimiter('solo')).toBe(',');
  });
});

describe('readNumber', () => {
  it('reads numbers with a point or a comma, never NaN or Infinity', () => {
    expect([readNumber('41.5'), readNumber('41,5'), readNumber(' 7 '), readNumber('.5'), readNumber('1e3')]).toEqual([41.5, 41.5, 7, 0.5, 1000]);
    expect([readNumber('nan'), readNumber('-Infinity'), readNumber('1e400')]).toEqual(['not_finite', 'not_finite', 'not_finite']);
    expect([readNumber(''), readNumber('1.234.567'), readNumber('12%'), readNumber('0x10')]).toEqual(['number', 'number', 'number', 'number']);
  });
});

describe('readCsvTable', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  it('gives the lower-cased header and the data records with their line numbers, columns in any order', () => {
    const table = readCsvTable(bytes('Value;Month\n1,5;2026-01\n\n2;2026-02\n'), ['month', 'value'], 10);
    expect(table).toMatchObject({ ok: true, header: ['value', 'month'] });
    if (!table.ok) return;
    expect(table.records.map((r) => [r.record, r.info.lines])).toEqual([[['1,5', '2026-01'], 2], [['2', '2026-02'], 4]]);
  });
  it('reports every unknown and missing column of the header at once', () => {
    expect(readCsvTable(bytes('month,valor,extra\n2026-01,1,2\n'), ['month', 'value'], 10)).toEqual({ ok: false, problems: [
      { line: 1, code: 'unknown_column', params: { column: 'valor' } }, { line: 1, code: 'unknown_column', params: { column: 'extra' } },
      { line: 1, code: 'missing_column', params: { column: 'value' } },
    ] });
  });
  it('refuses a header alone, more rows than allowed, and a file csv-parse cannot read', () => {
    expect(readCsvTable(bytes('month,value\n'), ['month', 'value'], 10)).toEqual({ ok: false, problems: [{ line: 1, code: 'empty' }] });
    expect(readCsvTable(bytes('month,value\na,1\nb,2\nc,3\n'), ['month', 'value'], 2))
      .toEqual({ ok: false, problems: [{ line: 1, code: 'too_many_rows', params: { max: 2 } }] });
    expect(readCsvTable(bytes('month,value\n"a,1\nb,2\n'), ['month', 'value'], 10)).toMatchObject({ ok: false, problems: [{ code: 'unreadable' }] });
  });
});
