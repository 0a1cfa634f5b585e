// The import parser on hand-made files: every refusal with its line and reason, the encodings and delimiters Excel
// in Chile writes, and the rule that a file with any problem yields no rows.
import { describe, expect, it } from 'vitest';
import { MAX_PROBLEMS, parseValuesCsv, type ParseContext } from './parsing.js';

const ctx: ParseContext = { municipalities: new Set(['09101', '05201', '13101']), comunas: new Set(['09101', '05201', '13101', '12202']), currentYear: 2026 };
const HEAD = 'cut,year,indicator,value,source\n';
const parse = (text: string | Uint8Array) => parseValuesCsv(typeof text === 'string' ? Buffer.from(text) : text, ctx);

describe('parseValuesCsv', () => {
  it('reads a clean file, padding a CUT Excel stripped of its leading zero', () => {
    const r = parse(`${HEAD}09101,2023,capacities.professionalisation,41.5,SINIM\n5201,2023,context.population,7750,INE\n`);
    expect(r).toEqual({ ok: true, rows: [
      { cut: '09101', year: 2023, indicator: 'capacities.professionalisation', value: 41.5, source: 'SINIM' },
      { cut: '05201', year: 2023, indicator: 'context.population', value: 7750, source: 'INE' },
    ] });
  });

  it('reads Windows-1252 with ";" and a decimal comma, and UTF-8 with a BOM', () => {
    const latin1 = Buffer.from(`cut;year;indicator;value;source\r\n09101;2022;capacities.training_spend;0,35;Dirección de Control\r\n`, 'latin1');
    expect(parse(latin1)).toMatchObject({ ok: true, rows: [{ value: 0.35, source: 'Dirección de Control' }] });
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${HEAD}09101,2022,context.poverty,"12,5",CASEN\n`)]);
    expect(parse(bom)).toMatchObject({ ok: true, rows: [{ cut: '09101', value: 12.5 }] });
  });

  it('refuses every bad row with its line and reason, and yields no rows', () => {
    const r = parse(HEAD + [
      '09101,2023,capacities.professionalisation,41.5,SINIM', // 2 fine
      '12202,2023,context.population,0,SINIM', // 3 Antártica: no municipality
      '99999,2023,context.population,1,SINIM', // 4 no such comuna
      '9101x,2023,context.population,1,SINIM', // 5 not a CUT
      '09101,2023,capacities.happiness,1,SINIM', // 6 unknown indicator
      '09101,1999,context.population,1,SINIM', // 7 year before 2000
      '09101,2027,context.population,1,SINIM', // 8 year after the current one
      '09101,2023,context.area,mucho,SINIM', // 9 not a number
      '09101,2023,context.density,NaN,SINIM', // 10
      '09101,2023,context.staff,Infinity,SINIM', // 11
      '09101,2023,context.total_spending,1e999,SINIM', // 12 overflows to Infinity
      '09101,2023,context.poverty,-3,SINIM', // 13 negative
      '09101,2023,context.rural_share,100.5,SINIM', // 14 percent > 100
      '09101,2023,platforms.firmagob,2.5,tracker', // 15 not a stage
      '09101,2023,capacities.professionalisation,40,SINIM', // 16 duplicate of line 2
      '09101,2021,context.poverty,12,', // 17 no source
      '09101,2021,context.poverty,12', // 18 four cells
      '09101,2021,context.poverty,"1.234,5",SINIM', // 19 thousands separator: ambiguous, refused
    ].join('\n'));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => [p.line, p.code])).toEqual([
      [3, 'no_municipality'], [4, 'unknown_cut'], [5, 'cut'], [6, 'indicator'], [7, 'year'], [8, 'year'], [9, 'number'], [10, 'not_finite'],
      [11, 'not_finite'], [12, 'not_finite'], [13, 'negative'], [14, 'percent'], [15, 'stage'], [16, 'duplicate'], [17, 'source'], [18, 'field_count'], [19, 'number'],
    ]);
    expect(r.problems.find((p) => p.code === 'duplicate')!.params).toEqual({ first: 2 });
    expect(r.problems.find((p) => p.line === 8)!.params).toEqual({ value: '2027', from: 2000, to: 2026 });
    expect(r.total).toBe(17);
  });

  it('checks the header before the rows', () => {
    expect(parse('cut,year,indicator,valor,source\n09101,2023,context.population,1,SINIM\n')).toEqual({ ok: false, total: 2, problems: [
      { line: 1, code: 'unknown_column', params: { column: 'valor' } }, { line: 1, code: 'missing_column', params: { column: 'value' } }] });
    expect(parse(HEAD)).toEqual({ ok: false, total: 1, problems: [{ line: 1, code: 'empty' }] });
    expect(parse('')).toMatchObject({ ok: false, problems: [{ code: 'empty' }] });
    expect(parse(`${HEAD}09101,2023,"context.population,1,SINIM\n`)).toMatchObject({ ok: false, problems: [{ code: 'unreadable' }] });
  });

  it(`lists at most ${MAX_PROBLEMS} problems and counts them all`, () => {
    const rows = Array.from({ length: 150 }, (_, i) => `09101,${2000 + (i % 20)},context.population,-${i + 1},SINIM`);
    const r = parse(HEAD + rows.join('\n'));
    expect(r).toMatchObject({ ok: false, total: 150 });
    if (!r.ok) expect(r.problems).toHaveLength(MAX_PROBLEMS);
  });
});
