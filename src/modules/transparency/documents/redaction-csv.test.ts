// CSV redaction: cell by cell, the table keeps its shape and stays valid CSV (parsed back with csv-parse, a separate
// implementation), untouched bytes stay as they were, and a name split across two cells is not a match.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { computeDv, formatRun } from '../../../core/identity/run.js';
import { redactCsv } from './redaction-csv.js';
import { detectDelimiter } from '../../../core/text-files.js';
import { redactText } from './redaction.js';

describe('redactCsv', () => {
  it('redacts inside cells and keeps every other byte, the BOM and the line ends', () => {
    const csv = '\uFEFFnombre,rut,monto\r\n"Pérez Soto, José",12.345.678-5,"$1.000"\r\nJunta de Vecinos,65.432.109-4,$2.000\r\n';
    const out = redactCsv(csv, ['José Pérez Soto'], { withCells: true });
    expect(out.text).toBe('\uFEFFnombre,rut,monto\r\n"[nombre tarjado]",[RUN tarjado],"$1.000"\r\nJunta de Vecinos,65.432.109-4,$2.000\r\n');
    expect(out.counts).toEqual({ name: 1, run: 1 });
    expect(out.rows[1]![0]!.matches[0]!.text).toBe('Pérez Soto, José');
  });

  it('reads semicolon files (as spreadsheets save them in Chile) and escaped quotes', () => {
    expect(detectDelimiter('a;b;"c,d"\n1,2;3;4')).toBe(';');
    expect(detectDelimiter('a,b\n')).toBe(',');
    const out = redactCsv('fecha;nota\n2026-03-02;"Dijo ""hola"" la Sra. Rosa Paine; fono +56 9 8765 4321"\n');
    expect(out.text).toBe('fecha;nota\n2026-03-02;"Dijo ""hola"" la Sra. [nombre tarjado]; fono [teléfono tarjado]"\n');
  });

  it('does not match a name across two cells, and quotes a cell the placeholder would break', () => {
    expect(redactCsv('Pedro,Alarcón\n', ['Pedro Alarcón']).counts).toEqual({});
    expect(redactCsv('x\n', []).text).toBe('x\n');
    expect(redactCsv('', [], { withCells: true }).rows).toEqual([]);
    expect(redactCsv('a,"sin cerrar 12.345.678-5\n', []).text).toBe('a,"sin cerrar [RUN tarjado]\n"');
  });

  it('keeps the table: same rows and columns, each cell redacted as a text on its own', () => {
    const run = fc.integer({ min: 1_000_000, max: 49_999_999 }).map((n) => formatRun({ numero: n, dv: computeDv(n) }));
    const cell = fc.oneof(fc.constantFrom('', 'monto', '$12.345.678', 'José Pérez', 'Pérez, José', 'a "cita"', 'línea\nnueva', 'uno;dos', 'x,y', 'jperez@gmail.com'),
      run, fc.string({ maxLength: 6 }).filter((s) => !s.includes('\r')));
    const table = fc.tuple(fc.integer({ min: 1, max: 4 }), fc.constantFrom(',', ';'))
      .chain(([cols, delimiter]) => fc.tuple(fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: 1, maxLength: 6 }), fc.constant(delimiter)));
    fc.assert(fc.property(table, ([rows, delimiter]) => {
      const quote = (c: string) => (/[",;\n]/.test(c) || c === '' ? `"${c.replace(/"/g, '""')}"` : c);
      const csv = rows.map((r) => r.map(quote).join(delimiter)).join('\n') + '\n';
      const out = redactCsv(csv, ['José Pérez']);
      const parsed = parse(out.text, { delimiter: out.delimiter, relax_column_count: false }) as string[][];
      expect(parsed.length).toBe(rows.length);
      parsed.forEach((r, i) => expect(r).toEqual(rows[i]!.map((c) => redactText(c, ['José Pérez']).text)));
    }));
  });
});
