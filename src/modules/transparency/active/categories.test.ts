// One definition per category serves the pages, the validation and the downloads: the definitions are well formed,
// their Table Schemas are valid Frictionless ones, and a downloaded CSV (core/http/csv.ts) can be uploaded back
// unchanged, so the published schema really describes the files.
import { describe, expect, it } from 'vitest';
import { csvCell } from '../../../core/http/csv.js';
import { ACTIVE_CATEGORIES } from './categories.js';
import { parseActiveCsv, type ActiveRow } from './parsing.js';
import { toTableSchema, type ActiveField } from './table-schema.js';

const sample = (f: ActiveField): string | number | boolean => {
  if (f.enum) return f.enum[f.enum.length - 1]!;
  if (f.type === 'integer') return f.maximum ?? 1_234_567;
  if (f.type === 'date') return '2028-02-29';
  if (f.type === 'boolean') return true;
  return f.format === 'uri' ? 'https://example.org/a?b=1' : 'Texto, con "comillas";\nen dos líneas';
};

describe.each(ACTIVE_CATEGORIES.map((c) => [c.key, c] as const))('%s', (_key, category) => {
  it('has unique snake_case names, both titles and at least one required field', () => {
    const names = category.fields.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    for (const f of category.fields) {
      expect(f.name).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(f.title.es && f.title.en).toBeTruthy();
    }
    expect(category.fields.some((f) => f.required)).toBe(true);
    expect(category.letter).toMatch(/^[a-m]$/);
  });

  it('gives a Table Schema with Frictionless types and constraints', () => {
    const schema = toTableSchema(category.fields, 'en');
    for (const f of schema.fields) {
      expect(['string', 'integer', 'date', 'boolean']).toContain(f.type);
      expect(Object.keys(f.constraints ?? {}).every((k) => ['required', 'enum', 'minimum', 'maximum'].includes(k))).toBe(true);
    }
  });

  it('reads its own download back unchanged', () => {
    const row: ActiveRow = Object.fromEntries(category.fields.map((f) => [f.name, sample(f)]));
    const download = `\uFEFF${category.fields.map((f) => f.name).join(',')}\r\n${category.fields.map((f) => csvCell(row[f.name])).join(',')}\r\n`;
    expect(parseActiveCsv(Buffer.from(download), category.fields)).toEqual({ ok: true, rows: [row] });
  });
});
