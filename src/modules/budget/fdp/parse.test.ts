// The `fdp` importer on small packages written with the export's own columns and descriptor (columns.ts,
// descriptor.ts), then broken one way at a time: each problem is named with its file and line, and nothing is kept.
import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { translator } from '../../../core/i18n/index.js';
import type { ImportFile } from '../import/dipres-ejecucion.js';
import type { ParseResult, ParsedBudget } from '../import/types.js';
import { fdpColumns } from './columns.js';
import { fdpDescriptor } from './descriptor.js';
import { kindOfBudget, parseFdp } from './parse.js';
import { parseAmount } from './read-rows.js';

const COLUMNS = fdpColumns(['CLP', 'USD']);
const CSV_PATH = 'data/t-2017.csv';
type Cells = Record<string, string>;

function descriptor() {
  const dataset = { cube: 't-2017', year: 2017, kind: 'ley' as const, importedAt: new Date(0), sourceNames: ['2017.csv'] };
  return fdpDescriptor({ dataset, institution: 'Test', columns: COLUMNS, t: translator('en') }) as unknown as Record<string, any>;
}

/** A row of the export's CSV: "partida.capítulo.programa.subtítulo[.ítem[.asignación]]" and any cells to set. */
function row(dotted: string, cells: Cells = {}): string {
  const [partida, capitulo, programa, subtitulo, item = '', asignacion = ''] = dotted.split('.');
  const all: Cells = {
    anio: '2017', partida, capitulo, programa, subtitulo, item, asignacion, tecnologia: 'false',
    direction: Number(subtitulo) <= 15 ? 'revenue' : 'expenditure', ...cells,
  };
  return COLUMNS.map((c) => (/[",]/.test(all[c.name] ?? '') ? `"${all[c.name]}"` : all[c.name] ?? '')).join(',');
}
const csv = (...rows: string[]) => `${COLUMNS.map((c) => c.name).join(',')}\r\n${rows.map((r) => `${r}\r\n`).join('')}`;

const folder = (json: unknown, files: Record<string, string>): ImportFile[] => [
  { name: 'datapackage.json', bytes: strToU8(typeof json === 'string' ? json : JSON.stringify(json, null, 2)) },
  ...Object.entries(files).map(([name, text]) => ({ name, bytes: strToU8(text) })),
];
const zipped = (files: ImportFile[], top = ''): ImportFile[] => [
  { name: 'package.zip', bytes: zipSync(Object.fromEntries(files.map((f) => [`${top}${f.name}`, f.bytes]))) },
];

const LEY = csv(
  row('07.01.01.21.01', { inicial_clp: '1000', partida_nombre: 'MINISTERIO DE ECONOMÍA', subtitulo_nombre: 'GASTOS EN PERSONAL', item_nombre: 'Personal de Planta' }),
  row('07.01.01.22.11.003', { inicial_clp: '250', inicial_usd: '12', asignacion_nombre: 'Servicios Informáticos, nube' }),
  row('07.01.01.05.02', { inicial_clp: '-3', subtitulo_nombre: 'TRANSFERENCIAS CORRIENTES' }),
);

const parse = (files: ImportFile[], year = 2017) => parseFdp(files, { year });
const ok = (result: ParseResult): ParsedBudget => {
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.line}: ${p.message}`).join('\n'));
  return result.budget;
};
const problems = (result: ParseResult) => (result.ok ? [] : result.problems.map((p) => ({ line: p.line, code: p.code, message: p.message })));

describe('fdp import: what the export writes', () => {
  it('reads facts by columnType, one per currency with amounts, and every named node', () => {
    const budget = ok(parse(folder(descriptor(), { [CSV_PATH]: LEY })));
    expect(budget.facts).toEqual([
      expect.objectContaining({ partida: '07', subtitulo: '21', item: '01', asignacion: '', tipo: 'gasto', moneda: 'CLP', mes: null, inicial: 1000n, vigente: null, ejecutado: null, line: 2 }),
      expect.objectContaining({ asignacion: '003', moneda: 'CLP', inicial: 250n, line: 3 }),
      expect.objectContaining({ asignacion: '003', moneda: 'USD', inicial: 12n, line: 3 }),
      expect.objectContaining({ subtitulo: '05', tipo: 'ingreso', inicial: -3n, line: 4 }),
    ]);
    expect(budget.labels).toEqual(expect.arrayContaining([
      { partida: '07', capitulo: '', programa: '', subtitulo: '', item: '', asignacion: '', label: 'MINISTERIO DE ECONOMÍA' },
      { partida: '07', capitulo: '01', programa: '01', subtitulo: '21', item: '01', asignacion: '', label: 'Personal de Planta' },
      { partida: '07', capitulo: '01', programa: '01', subtitulo: '22', item: '11', asignacion: '003', label: 'Servicios Informáticos, nube' },
    ]));
    expect(budget.labels).toHaveLength(5);
    expect(kindOfBudget(budget)).toBe('ley');
  });

  it('reads the same package zipped, also inside one top folder', () => {
    const files = folder(descriptor(), { [CSV_PATH]: LEY });
    const expected = ok(parse(files));
    expect(ok(parse(zipped(files)))).toEqual(expected);
    expect(ok(parse(zipped(files, 'dipres-2017-ley/')))).toEqual(expected);
  });

  it('calls a package with months, vigente or ejecutado an execution', () => {
    const exec = csv(row('07.01.01.21.01', { mes: '4', inicial_clp: '10', vigente_clp: '12', ejecutado_clp: '3' }));
    expect(kindOfBudget(ok(parse(folder(descriptor(), { [CSV_PATH]: exec }))))).toBe('ejecucion');
    const yearlyVigente = csv(row('07.01.01.21.01', { inicial_clp: '10', vigente_clp: '12' }));
    expect(kindOfBudget(ok(parse(folder(descriptor(), { [CSV_PATH]: yearlyVigente }))))).toBe('ejecucion');
  });

  it('takes phase, currency and factor from the v0.3 model when the fields do not say', () => {
    const json = descriptor();
    json.resources[0].schema.fields = json.resources[0].schema.fields.map(({ currency, phase, ...f }: Record<string, unknown>) => f);
    json.model.measures.inicial_clp.factor = 1000;
    const budget = ok(parse(folder(json, { [CSV_PATH]: csv(row('07.01.01.21.01', { inicial_clp: '1.5', inicial_usd: '2' })) })));
    expect(budget.facts.map((f) => [f.moneda, f.inicial])).toEqual([['CLP', 1500n], ['USD', 2n]]);
  });
});

describe('fdp import: rejected whole, with every problem', () => {
  const withCsv = (text: string) => parse(folder(descriptor(), { [CSV_PATH]: text }));

  it('needs a datapackage.json, in a zip or a folder', () => {
    expect(problems(parse(zipped([{ name: CSV_PATH, bytes: strToU8(LEY) }])))).toEqual([
      expect.objectContaining({ code: 'no_descriptor', message: expect.stringContaining('the zip package.zip has no datapackage.json') }),
    ]);
    expect(problems(parse([{ name: 'ley.csv', bytes: strToU8(LEY) }]))[0].message).toContain('ley.csv is a single file, with no datapackage.json');
    const cut = zipped(folder(descriptor(), { [CSV_PATH]: LEY }))[0];
    expect(problems(parse([{ name: 'cut.zip', bytes: cut.bytes.subarray(0, cut.bytes.length - 30) }]))[0]).toMatchObject({ code: 'not_zip' });
  });

  it('names the line of a JSON syntax error and the path of a descriptor that is not a package', () => {
    expect(problems(parse(folder('{\n  "resources": [],\n}', {})))).toEqual([
      expect.objectContaining({ line: 3, code: 'descriptor', message: expect.stringContaining('not valid JSON') }),
    ]);
    expect(problems(parse(folder({ name: 'x' }, {})))[0].message).toMatch(/^datapackage\.json: \/resources: /);
    const noAmounts = descriptor();
    noAmounts.resources[0].schema.fields = noAmounts.resources[0].schema.fields.filter((f: { columnType?: string }) => f.columnType !== 'value');
    expect(problems(parse(folder(noAmounts, {})))[0].message).toContain('no resource has a column of columnType "value"');
  });

  it('refuses columns it cannot place, before reading any row', () => {
    const json = descriptor();
    const fields = json.resources[0].schema.fields;
    fields.find((f: { name: string }) => f.name === 'subtitulo').columnType = 'economic-classification:generic:level4:code';
    fields.find((f: { name: string }) => f.name === 'inicial_usd').currency = 'EUR';
    delete fields.find((f: { name: string }) => f.name === 'vigente_clp').phase;
    delete json.model.measures.vigente_clp.phase; // else the v0.3 model would still give it
    fields.find((f: { name: string }) => f.name === 'ejecutado_usd').phase = 'proposed';
    json.resources[0].path = '../secret.csv';
    expect(problems(parse(folder(json, {}))).map((p) => p.message)).toEqual([
      'datapackage.json: resource "t-2017": "path" must name a CSV file inside the package (a relative path, no URL, no ".."), got "../secret.csv"',
      'datapackage.json: resource "t-2017": column "subtitulo" is economic level 4: Cabildo\'s classification has three economic levels',
      'datapackage.json: resource "t-2017": amount column "vigente_clp" has no phase: Cabildo keeps approved (inicial), adjusted (vigente) and executed (ejecutado)',
      'datapackage.json: resource "t-2017": amount column "inicial_usd" is in "EUR": Cabildo keeps CLP and USD',
      'datapackage.json: resource "t-2017": amount column "ejecutado_usd" has phase "proposed": Cabildo keeps approved (inicial), adjusted (vigente) and executed (ejecutado)',
      'datapackage.json: resource "t-2017": no column of columnType economic-classification:generic:level1:code: the subtítulo is what tells ingresos from gastos',
    ]);
  });

  it('reports a resource file missing from the package and a header that is not the schema\'s', () => {
    expect(problems(parse(folder(descriptor(), {})))).toEqual([
      { line: 0, code: 'missing_file', message: 'datapackage.json names data/t-2017.csv, which is not in the package' },
    ]);
    const swapped = LEY.replace('anio,mes', 'mes,anio');
    expect(problems(withCsv(swapped))).toEqual([expect.objectContaining({ line: 1, code: 'columns', message: expect.stringContaining('expected "anio,mes,partida') })]);
  });

  it('lists every bad row with its line: fields, codes, amounts, direction, year, month, empty rows', () => {
    const result = withCsv(csv(
      row('07.01.01.21.01', { inicial_clp: '1000' }),
      'just,three,fields',
      row('07.01.01.40', { inicial_clp: '1' }),
      row('07.01.01.21.02', { inicial_clp: '12.5', vigente_clp: 'mil' }),
      row('07.01.01.21.03', { inicial_clp: '5', direction: 'revenue' }),
      row('07.01.01.21.04', { inicial_clp: '5', anio: '2018', mes: '13' }),
      row('07.01.01.21.05'),
    ));
    expect(problems(result)).toEqual([
      { line: 3, code: 'columns', message: 'data/t-2017.csv: expected 22 fields like the header, found 3' },
      { line: 4, code: 'code', message: 'data/t-2017.csv: subtítulo must be 01–15 (ingresos) or 21–35 (gastos), got "40"' },
      { line: 5, code: 'amount', message: 'data/t-2017.csv: inicial_clp has a fraction of a peso (or dollar): amounts are whole units: "12.5"' },
      { line: 5, code: 'amount', message: 'data/t-2017.csv: vigente_clp is not a number: "mil"' },
      { line: 6, code: 'direction', message: 'data/t-2017.csv: direction is "revenue" but subtítulo 21 is expenditure (gasto)' },
      { line: 7, code: 'year', message: 'data/t-2017.csv: the fiscal year is "2018", but this import is for 2017' },
      { line: 7, code: 'month', message: 'data/t-2017.csv: the month must be 1 to 12 (or empty for a yearly figure), got "13"' },
      { line: 8, code: 'amount', message: 'data/t-2017.csv: the row has no amount' },
    ]);
  });

  it('refuses a code twice in one currency and month, a total next to its parts, and two names for one node', () => {
    const result = withCsv(csv(
      row('07.01.01.22.11', { inicial_clp: '10', item_nombre: 'Servicios Técnicos' }),
      row('07.01.01.22.11.003', { inicial_clp: '4', item_nombre: 'Servicios Tecnicos' }),
      row('07.01.01.21.01', { inicial_usd: '1' }),
      row('07.01.01.21.01', { inicial_usd: '2' }),
      row('07.01.01.21.01', { inicial_clp: '3' }),
    ));
    expect(problems(result)).toEqual([
      { line: 5, code: 'duplicate', message: 'data/t-2017.csv: 07.01.01.21.01 in USD is also at data/t-2017.csv line 4' },
      { line: 2, code: 'not_leaf', message: 'data/t-2017.csv: 07.01.01.22.11 has rows below it in CLP: give only the most detailed rows, whose sums are the totals' },
      { line: 3, code: 'label', message: 'data/t-2017.csv: item 07.01.01.22.11 is named "Servicios Tecnicos" here and "Servicios Técnicos" at data/t-2017.csv line 2' },
    ]);
  });
});

describe('parseAmount', () => {
  const plain = { factor: 1n, decimalChar: '.', groupChar: '' };
  it('is exact beyond 2^53 and keeps the sign', () => {
    expect(parseAmount('9007199254740993', plain)).toBe(9_007_199_254_740_993n);
    expect(parseAmount('-42', plain)).toBe(-42n);
  });
  it('applies the separators and factor of the column, refusing fractions of a unit', () => {
    const thousands = { factor: 1000n, decimalChar: ',', groupChar: '.' };
    expect(parseAmount('1.234,567', thousands)).toBe(1_234_567n);
    expect(parseAmount('0,001', thousands)).toBe(1n);
    expect(parseAmount('0,0005', thousands)).toMatch(/fraction/);
    expect(parseAmount('1.5', thousands)).toBe(15_000n); // "." groups thousands here: 15 thousand
    expect(parseAmount('1e6', plain)).toBe('is not a number');
  });
});
