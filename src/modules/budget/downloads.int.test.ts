// The streamed downloads (routes.downloads.ts) through app.inject on a fresh database: a small hand-made cube whose
// every figure is known (a sum beyond 2^53, dollars, a code repeated as transaction-level data repeats it, names with
// quotes and a formula), and a cube of 10,050 facts so that facts and aggregate cells both take more than one batch.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { findInstitution } from '../../core/tenancy/queries.js';
import { findDataset, importDataset, type BudgetFact, type ParsedBudget } from './index.js';
import { fact, label } from './synthetic.js';
import { CubeChangedError, factBatches } from './downloads/facts.js';

const BIG = 9_007_199_254_740_993n; // 2^53 + 1: a float would print ...992
const SMALL: ParsedBudget = {
  year: 2017,
  facts: [
    fact('07.01.01.21.01', 1000n),
    fact('07.01.01.22.11.003', BIG),
    fact('07.01.01.22.11.003', 12n, { moneda: 'USD' }),
    fact('07.01.01.05.02', -3n),
    fact('08.01.01.21.01', 500n),
    // Transaction-level data repeats a code: the keyset must neither skip nor repeat any of them.
    fact('08.01.01.29.06', 7n, { mes: 3, vigente: 70n, ejecutado: 7n }),
    fact('08.01.01.29.06', 8n, { mes: 3, vigente: 80n, ejecutado: 8n }),
    fact('08.01.01.29.06', 9n, { mes: 3, vigente: 90n, ejecutado: 9n }),
  ],
  labels: [
    label('07', 'MINISTERIO DE ECONOMÍA'), label('07.01.01.21', 'GASTOS EN PERSONAL'),
    label('07.01.01.22.11.003', 'Servicios, "informáticos"'), label('08.01.01.21.01', '=HYPERLINK("x")'),
  ],
};
/** 10,050 distinct asignaciones of one program: two batches of facts, two pages of aggregate cells. */
const pad = (n: number, width: number) => String(n).padStart(width, '0');
const LARGE: ParsedBudget = {
  year: 2017,
  labels: [],
  facts: Array.from({ length: 10_050 }, (_, i) => fact(`07.01.01.22.${pad(1 + Math.floor(i / 999), 2)}.${pad(1 + (i % 999), 3)}`, BigInt(i) * 1_000_003n)),
};

let t: TestApp;
const get = (url: string) => t.app.inject({ method: 'GET', url });
const rowsOf = (body: string) => parse(body.replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];

async function load(cube: string, budget: ParsedBudget) {
  const db = t.database.db;
  const dipres = (await findInstitution(db, 'dipres'))!.id;
  await db.transaction((tx) => importDataset(tx, {
    institutionId: dipres, cube, year: 2017, format: 'dipres-ley', kind: 'ley', sourceNames: ['x.csv'], checksum: 'c'.repeat(64), budget,
  }, { id: null, label: 'test' }));
}

beforeAll(async () => {
  t = await createTestApp();
  await load('t-2017-ley', SMALL);
  await load('t-2017-large', LARGE);
}, 120_000);
afterAll(() => t.close());

describe('GET /api/v1/budget/cubes/{cube}/facts.csv|json', () => {
  it('streams every fact as CSV, named after the cube, amounts exact, names from the labels or the code', async () => {
    const res = await get('/api/v1/budget/cubes/t-2017-ley/facts.csv');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="t-2017-ley-facts.csv"');
    expect(res.body.split('\r\n')[0]).toMatch(/^\uFEFFanio\.code,anio\.label,partida\.code,partida\.label,/);
    const rows = rowsOf(res.body);
    expect(rows).toHaveLength(8);
    const informatica = rows.filter((r) => r['asignacion.code'] === '003');
    expect(informatica.map((r) => [r['moneda.code'], r.inicial])).toEqual([['CLP', BIG.toString()], ['USD', '12']]);
    expect(informatica[0]).toMatchObject({ 'partida.label': 'MINISTERIO DE ECONOMÍA', 'asignacion.label': 'Servicios, "informáticos"', 'capitulo.label': '01', vigente: '' });
    // The app's CSV guard against spreadsheet formulas applies to these downloads too; a level not reached has no name.
    expect(rows.find((r) => r['partida.code'] === '08' && r['subtitulo.code'] === '21')).toMatchObject({ 'item.label': '\'=HYPERLINK("x")', 'asignacion.label': '' });
    expect(rows.filter((r) => r['item.code'] === '06').map((r) => r.ejecutado).sort()).toEqual(['7', '8', '9']);
  });

  it('cuts as the Babbage API does', async () => {
    const count = async (cut: string) => rowsOf((await get(`/api/v1/budget/cubes/t-2017-ley/facts.csv?cut=${encodeURIComponent(cut)}`)).body).length;
    expect(await count('tipo:ingreso')).toBe(1);
    expect(await count('moneda:USD')).toBe(1);
    expect(await count('partida:08|subtitulo:29;21')).toBe(4);
    expect(await count('mes:3|tecnologia:true')).toBe(3);
  });

  it('streams the same facts as one JSON document, sums beyond 2^53 as strings', async () => {
    const res = await get('/api/v1/budget/cubes/t-2017-ley/facts.json?cut=partida:07');
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="t-2017-ley-facts.json"');
    const facts = JSON.parse(res.body) as Record<string, any>[];
    expect(facts).toHaveLength(4);
    expect(facts.map((f) => f.inicial)).toEqual([1000, BIG.toString(), 12, -3]); // the order of the import
    expect(facts[0]).toMatchObject({ partida: { code: '07', label: 'MINISTERIO DE ECONOMÍA' }, subtitulo: { code: '21', label: 'GASTOS EN PERSONAL' }, mes: { code: null } });
  });

  it('reads more than one batch, each fact once', async () => {
    const rows = rowsOf((await get('/api/v1/budget/cubes/t-2017-large/facts.csv')).body);
    expect(rows).toHaveLength(10_050);
    expect(new Set(rows.map((r) => `${r['item.code']}.${r['asignacion.code']}`)).size).toBe(10_050);
    expect(rows.reduce((s, r) => s + BigInt(r.inicial), 0n)).toBe(LARGE.facts.reduce((s, f) => s + f.inicial!, 0n));
  });

  it('answers 400 with the grammar\'s message for a bad cut, 404 for an unknown cube', async () => {
    const bad = await get('/api/v1/budget/cubes/t-2017-ley/facts.csv?cut=nope:1&lang=en');
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toEqual({ error: 'bad_request', message: expect.stringMatching(/^The query is not valid: cut: unknown dimension "nope"/) });
    expect((await get('/api/v1/budget/cubes/t-2017-ley/facts.json?cut=mes:13')).json().message).toMatch(/^La consulta no es válida: cut: "13" no es un valor de mes: se espera un mes de 1 a 12/);
    for (const path of ['facts.csv', 'facts.json', 'aggregate.csv', 'aggregate.json', 'datapackage.zip']) {
      expect((await get(`/api/v1/budget/cubes/nope-2017/${path}`)).statusCode).toBe(404);
    }
  });
});

describe('factBatches', () => {
  const all = async (cube: string, pagesPerBatch: number) => {
    const dataset = (await findDataset(t.database.db, cube))!;
    const batches: string[][] = [];
    for await (const batch of factBatches(t.database.db, dataset, [], pagesPerBatch)) batches.push(batch.map((r) => `${r.d_partida}.${r.d_subtitulo}.${r.d_item}.${r.d_asignacion}|${r.d_moneda}|${r.m_inicial}`));
    return batches;
  };

  it('gives each fact once, in import order, whatever the batch size; repeated codes included', async () => {
    expect((await all('t-2017-ley', 1)).flat()).toHaveLength(8);
    const whole = (await all('t-2017-large', 100_000)).flat();
    expect(whole).toHaveLength(10_050);
    expect(whole.slice(0, 2)).toEqual(['07.22.01.001|CLP|0', '07.22.01.002|CLP|1000003']);
    for (const pages of [1, 7]) {
      const batches = await all('t-2017-large', pages);
      expect(batches.length).toBeGreaterThan(1);
      expect(batches.flat()).toEqual(whole);
    }
  });

  it('fails, rather than ending early, when the cube is re-imported between two batches', async () => {
    await load('t-2017-moving', LARGE);
    const dataset = (await findDataset(t.database.db, 't-2017-moving'))!;
    const batches = factBatches(t.database.db, dataset, [], 1);
    expect((await batches.next()).value.length).toBeGreaterThan(0);
    await load('t-2017-moving', LARGE);
    await expect((async () => { for (;;) if ((await batches.next()).done) return; })()).rejects.toBeInstanceOf(CubeChangedError);
  });
});

describe('GET /api/v1/budget/cubes/{cube}/aggregate.csv|json', () => {
  it('streams the cells of any aggregate in both formats, sums exact', async () => {
    const csv = await get('/api/v1/budget/cubes/t-2017-ley/aggregate.csv?drilldown=partida&order=partida:desc');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="t-2017-ley-aggregate.csv"');
    expect(csv.body.replace(/^\uFEFF/, '').split('\r\n')).toEqual([
      'partida.code,partida.label,inicial.sum,vigente.sum,ejecutado.sum,_count',
      '08,08,524,240,24,4',
      `07,MINISTERIO DE ECONOMÍA,${BIG + 997n},,,3`, // pesos only, as the Babbage aggregate: the 12 dollars are apart
      '',
    ]);
    const json = JSON.parse((await get('/api/v1/budget/cubes/t-2017-ley/aggregate.json?drilldown=moneda&aggregates=inicial.sum')).body);
    // The JSON nests what the CSV's column names dot: "inicial.sum" is inicial.sum.
    expect(json).toEqual([
      { moneda: { code: 'CLP', label: 'CLP' }, inicial: { sum: (BIG + 1521n).toString() } },
      { moneda: { code: 'USD', label: 'USD' }, inicial: { sum: 12 } },
    ]);
    expect((await get('/api/v1/budget/cubes/t-2017-ley/aggregate.json?drilldown=nope')).statusCode).toBe(400);
  });

  it('gives every cell past the Babbage API\'s 10,000, page after page', async () => {
    const rows = rowsOf((await get('/api/v1/budget/cubes/t-2017-large/aggregate.csv?drilldown=item|asignacion&aggregates=inicial.sum')).body);
    expect(rows).toHaveLength(10_050);
    expect(new Set(rows.map((r) => `${r['item.code']}.${r['asignacion.code']}`)).size).toBe(10_050);
    expect(rows.reduce((s, r) => s + BigInt(r['inicial.sum']), 0n)).toBe(LARGE.facts.reduce((s, f: BudgetFact) => s + f.inicial!, 0n));
  });

  it('keeps JSON and CSV on the paged Babbage aggregate too', async () => {
    const json = await get('/api/3/cubes/t-2017-ley/aggregate?drilldown=partida&format=json');
    expect(json.json().cells[0]).toMatchObject({ 'partida.code': '07', 'inicial.sum': (BIG + 997n).toString() });
    const csv = await get('/api/3/cubes/t-2017-ley/aggregate?drilldown=partida&format=csv');
    expect(csv.body).toContain(`07,MINISTERIO DE ECONOMÍA,${BIG + 997n},`);
  });
});

describe('GET /api/v1/budget/cubes/{cube}/datapackage.zip', () => {
  it('zips datapackage.json and the CSV of every fact with its names, exactly', async () => {
    const res = await get('/api/v1/budget/cubes/t-2017-ley/datapackage.zip');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    expect(res.headers['content-disposition']).toBe('attachment; filename="t-2017-ley-datapackage.zip"');
    const files = unzipSync(res.rawPayload);
    expect(Object.keys(files)).toEqual(['datapackage.json', 'data/t-2017-ley.csv']);
    const descriptor = JSON.parse(strFromU8(files['datapackage.json']));
    expect(descriptor).toMatchObject({ profile: 'fiscal-data-package', name: 't-2017-ley', countryCode: 'CL', fiscalPeriod: { start: '2017-01-01', end: '2017-12-31' } });
    expect(descriptor.title).toBe('Ley de Presupuestos 2017: Dirección de Presupuestos');
    const fields = descriptor.resources[0].schema.fields as { name: string; columnType?: string; currency?: string; phase?: string }[];
    expect(Object.fromEntries(fields.map((f) => [f.name, f.columnType]))).toMatchObject({
      anio: 'date:fiscal-year', partida: 'administrative-classification:generic:level1:code:part', programa_nombre: 'administrative-classification:generic:level3:label',
      subtitulo: 'economic-classification:generic:level1:code:part', asignacion: 'economic-classification:generic:level3:code:part', direction: 'direction', inicial_usd: 'value',
    });
    expect(descriptor.model.measures.inicial_clp).toEqual({ source: 'inicial_clp', title: expect.any(String), currency: 'CLP', factor: 1, phase: 'approved' });
    expect(descriptor.model.measures.ejecutado_usd).toMatchObject({ currency: 'USD', phase: 'executed' });
    expect(descriptor.model.dimensions['economic-classification']).toMatchObject({
      primaryKey: ['subtitulo', 'item', 'asignacion'],
      attributes: { item: { source: 'item', parent: 'subtitulo' }, item_nombre: { source: 'item_nombre', labelfor: 'item' } },
    });

    const lines = strFromU8(files['data/t-2017-ley.csv']).split('\r\n');
    expect(lines[0]).toBe(fields.map((f) => f.name).join(','));
    expect(lines).toHaveLength(10); // header, 8 facts, the final line break
    expect(lines).toContain(`2017,,07,MINISTERIO DE ECONOMÍA,01,,01,,22,,11,,003,"Servicios, ""informáticos""",expenditure,true,${BIG},,,,,`);
    expect(lines).toContain('2017,,07,MINISTERIO DE ECONOMÍA,01,,01,,22,,11,,003,"Servicios, ""informáticos""",expenditure,true,,,,12,,');
    expect(lines).toContain('2017,,08,,01,,01,,21,,01,"=HYPERLINK(""x"")",,,expenditure,false,500,,,,,');
  });

  it('leaves out the dollar columns of a cube in pesos only', async () => {
    const files = unzipSync((await get('/api/v1/budget/cubes/t-2017-large/datapackage.zip')).rawPayload);
    expect(strFromU8(files['data/t-2017-large.csv']).split('\r\n')[0]).toMatch(/,inicial_clp,vigente_clp,ejecutado_clp$/);
  });

  it('is documented in the OpenAPI document with the downloads', async () => {
    const paths = (await get('/api/v1/openapi.json')).json().paths;
    expect(paths['/api/v1/budget/cubes/{cube}/datapackage.zip'].get.responses['200'].content).toHaveProperty(['application/zip']);
    expect(paths['/api/v1/budget/cubes/{cube}/facts.csv'].get.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['cube', 'cut']));
    expect(paths['/api/v1/budget/cubes/{cube}/aggregate.json'].get.tags).toEqual(['budget']);
  });
});
