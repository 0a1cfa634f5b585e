// Table Schema inference on hand-made CSVs with known answers: Chilean number formats, both delimiters, latin1.
import { describe, expect, it } from 'vitest';
import { CsvProblem, inferTableSchema, parseCsv } from './table-schema.js';

const types = (csv: string | Buffer) => inferTableSchema(Buffer.isBuffer(csv) ? csv : Buffer.from(csv)).schema.fields.map((f) => [f.name, f.type]);

describe('inferring a Table Schema', () => {
  it('reads a semicolon CSV with thousands dots and decimal commas as Chilean numbers', () => {
    const r = inferTableSchema(Buffer.from('rol;monto;tasa;activa;desde\n1;1.234.567;0,5;sí;2024-01-31\n2;950;12,75;no;2024-02-01\n'));
    expect(r.dialect).toEqual({ delimiter: ';', encoding: 'utf-8' });
    expect(r.schema.fields).toEqual([
      { name: 'rol', type: 'integer' },
      { name: 'monto', type: 'integer', groupChar: '.' },
      { name: 'tasa', type: 'number', decimalChar: ',', groupChar: '.' },
      { name: 'activa', type: 'boolean' },
      { name: 'desde', type: 'date' },
    ]);
    expect(r.rows).toBe(2);
  });

  it('reads a comma CSV with quoted cells, dot decimals, Chilean dates and datetimes', () => {
    expect(types('nombre,lat,fecha,registrado\n"Plaza, Dreves",-38.7359,31-12-2024,2024-12-31T10:00:00Z\n"Dice ""hola""",-38.74,01-01-2025,2025-01-01 08:30\n'))
      .toEqual([['nombre', 'string'], ['lat', 'number'], ['fecha', 'date'], ['registrado', 'datetime']]);
  });

  it('decodes latin1 and ignores missing values when typing a column', () => {
    const r = inferTableSchema(Buffer.from('comuna;población\nTemuco;NA\nPadre Las Casas;76.126\n', 'latin1'));
    expect(r.dialect.encoding).toBe('latin1');
    expect(r.schema.fields).toEqual([{ name: 'comuna', type: 'string' }, { name: 'población', type: 'integer', groupChar: '.' }]);
  });

  it('keeps a UTF-8 BOM out of the first column\'s name and leaves mixed columns as strings', () => {
    expect(types(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('código,valor\nA1,3\n7,x\n')]))).toEqual([['código', 'string'], ['valor', 'string']]);
  });

  it('refuses a CSV without a header or with a repeated column', () => {
    expect(() => inferTableSchema(Buffer.from(''))).toThrow(CsvProblem);
    expect(() => inferTableSchema(Buffer.from('a,a\n1,2\n'))).toThrow(CsvProblem);
  });

  it('parses line breaks inside quotes as part of the cell', () => {
    expect(parseCsv('a,b\r\n"x\ny",2\r\n', ',')).toEqual([['a', 'b'], ['x\ny', '2']]);
  });
});
