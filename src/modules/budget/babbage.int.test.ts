// The OpenSpending (Babbage) API through app.inject on the real Ley de Presupuestos 2017 (DIPRES), imported as the CLI
// does. Expected figures are computed here from the parsed facts, in JavaScript, never through the API's SQL.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { findInstitution } from '../../core/tenancy/queries.js';
import { importDataset, parseDipresLey, technologyMatcher, type BudgetFact } from './index.js';
import { budgetTechnologyRules } from './schema.js';

const LEY_2017 = fileURLToPath(new URL('../../../../shared/data/budget/ley/2017.csv', import.meta.url));
const CUBE = '/api/3/cubes/dipres-2017-ley';
let t: TestApp;
let facts: BudgetFact[];

const get = async (url: string) => {
  const res = await t.app.inject({ method: 'GET', url });
  return { status: res.statusCode, body: res.headers['content-type']?.toString().startsWith('application/json') ? res.json() : res.body, res };
};
const sum = (list: BudgetFact[]) => list.reduce((s, f) => s + (f.inicial ?? 0n), 0n);

beforeAll(async () => {
  t = await createTestApp();
  const parsed = parseDipresLey(readFileSync(LEY_2017), { year: 2017 });
  if (!parsed.ok) throw new Error('the 2017 Ley did not parse');
  facts = parsed.budget.facts;
  const db = t.database.db;
  const dipres = (await findInstitution(db, 'dipres'))!.id;
  await db.transaction((tx) => importDataset(tx, {
    institutionId: dipres, year: 2017, format: 'dipres-ley', kind: 'ley', sourceNames: ['2017.csv'], checksum: 'c'.repeat(64), budget: parsed.budget,
  }, { id: null, label: 'test' }));
}, 60_000);
afterAll(() => t.close());

describe('Babbage API on the Ley 2017', () => {
  it('lists the cube and describes its model', async () => {
    const cubes = await get('/api/3/cubes');
    expect(cubes.body.data).toEqual([expect.objectContaining({ name: 'dipres-2017-ley', year: 2017, kind: 'ley', institution: 'dipres' })]);
    const { body } = await get(`${CUBE}/model`);
    expect(Object.keys(body.model.dimensions)).toEqual(expect.arrayContaining(['anio', 'partida', 'capitulo', 'programa', 'subtitulo', 'item', 'asignacion', 'tipo', 'tecnologia', 'moneda', 'mes']));
    expect(body.model.dimensions.partida).toMatchObject({ key_ref: 'partida.code', label_ref: 'partida.label' });
    expect(Object.keys(body.model.measures)).toEqual(['inicial', 'vigente', 'ejecutado']);
    expect(body.model.aggregates['inicial.sum']).toMatchObject({ measure: 'inicial', function: 'sum' });
    // Names come from the catalogues, in the reader's language.
    expect(body.model.dimensions.tecnologia.label).toBe('Gasto en tecnología');
    const en = (await get(`${CUBE}/model?lang=en`)).body;
    expect(en.model.dimensions.tecnologia.label).toBe('Technology spending');
    expect(en.model.measures.ejecutado.label).toBe('Executed');
  });

  it('drills down by partida: one cell per partida, each summing its peso facts', async () => {
    await get(`${CUBE}/aggregate?drilldown=partida`); // warms PGlite's caches, so the timing below is a steady one
    const started = performance.now();
    const { status, body } = await get(`${CUBE}/aggregate?drilldown=partida`);
    console.info(`aggregate drilldown=partida: ${(performance.now() - started).toFixed(1)} ms`);
    expect(status).toBe(200);
    const pesos = facts.filter((f) => f.moneda === 'CLP');
    const partidas = [...new Set(pesos.map((f) => f.partida))].sort();
    expect(body.total_cell_count).toBe(29);
    expect(body.cells.map((c: Record<string, unknown>) => c['partida.code'])).toEqual(partidas);
    for (const c of body.cells) expect(BigInt(c['inicial.sum'])).toBe(sum(pesos.filter((f) => f.partida === c['partida.code'])));
    expect(BigInt(body.summary['inicial.sum'])).toBe(sum(pesos));
    expect(body.summary._count).toBe(pesos.length);
    expect(body.cell).toEqual([{ ref: 'moneda.code', operator: ':', value: 'CLP' }]);
    // The Ley names no partida: its label is its code.
    expect(body.cells[0]['partida.label']).toBe(body.cells[0]['partida.code']);
  });

  it('cuts by tipo and tecnologia, matching the technology rules applied here', async () => {
    const rules = await t.database.db.select({ code: budgetTechnologyRules.code }).from(budgetTechnologyRules);
    const isTechnology = technologyMatcher(rules);
    const expected = sum(facts.filter((f) => f.moneda === 'CLP' && f.tipo === 'gasto' && isTechnology(f)));
    const { body } = await get(`${CUBE}/aggregate?cut=tipo:gasto|tecnologia:true&aggregates=inicial.sum`);
    expect(expected).toBeGreaterThan(0n);
    expect(BigInt(body.cells[0]['inicial.sum'])).toBe(expected);
    expect(body.aggregates).toEqual(['inicial.sum']);
  });

  it('orders and paginates cells', async () => {
    const all = (await get(`${CUBE}/aggregate?drilldown=partida&order=inicial.sum:desc`)).body.cells;
    const amounts = all.map((c: Record<string, number>) => c['inicial.sum']);
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
    const page2 = (await get(`${CUBE}/aggregate?drilldown=partida&order=inicial.sum:desc&page=2&pagesize=10`)).body;
    expect(page2).toMatchObject({ page: 2, page_size: 10, total_cell_count: 29, order: [['inicial.sum', 'desc']] });
    expect(page2.cells).toEqual(all.slice(10, 20));
    const past = (await get(`${CUBE}/aggregate?drilldown=partida&page=9&pagesize=10`)).body;
    expect(past).toMatchObject({ cells: [], total_cell_count: 29, summary: { _count: facts.filter((f) => f.moneda === 'CLP').length } });
  });

  it('labels the levels the Ley names', async () => {
    const { body } = await get(`${CUBE}/aggregate?drilldown=subtitulo&cut=subtitulo:29`);
    expect(body.cells).toEqual([expect.objectContaining({ 'subtitulo.code': '29', 'subtitulo.label': 'ADQUISICIÓN DE ACTIVOS NO FINANCIEROS' })]);
  });

  it('pages through facts with codes, labels and measures', async () => {
    const p1 = (await get(`${CUBE}/facts?pagesize=5`)).body;
    const p2 = (await get(`${CUBE}/facts?pagesize=5&page=2`)).body;
    expect(p1.total_fact_count).toBe(facts.length);
    expect(p1.data).toHaveLength(5);
    expect(p2.data[0]).not.toEqual(p1.data[0]);
    expect(p1.data[0]).toMatchObject({ 'anio.code': '2017', 'partida.code': '01', 'subtitulo.label': 'OTROS INGRESOS CORRIENTES', 'vigente': null });
    const cut = (await get(`${CUBE}/facts?cut=partida:01|subtitulo:29&pagesize=10000`)).body;
    expect(cut.total_fact_count).toBe(facts.filter((f) => f.partida === '01' && f.subtitulo === '29').length);
    expect(cut.data).toHaveLength(cut.total_fact_count);
    const biggest = (await get(`${CUBE}/facts?order=inicial:desc,subtitulo&pagesize=3`)).body.data.map((f: { inicial: number }) => f.inicial);
    expect(biggest).toEqual([...biggest].sort((a, b) => b - a));
    expect(biggest[0]).toBe(Number(facts.reduce((m, f) => (f.inicial! > m ? f.inicial! : m), 0n)));
  });

  it('lists the members of a dimension', async () => {
    const { body } = await get(`${CUBE}/members/partida`);
    expect(body.total_member_count).toBe(new Set(facts.map((f) => f.partida)).size);
    expect(body.data[0]).toEqual({ 'partida.code': '01', 'partida.label': '01' });
    expect((await get(`${CUBE}/members/tipo`)).body.data).toEqual([{ 'tipo.code': 'gasto', 'tipo.label': 'gasto' }, { 'tipo.code': 'ingreso', 'tipo.label': 'ingreso' }]);
  });

  it('refuses a bad query with 400 naming the problem, and an unknown cube with 404', async () => {
    const unknown = await get(`${CUBE}/aggregate?cut=color:rojo`);
    expect(unknown).toMatchObject({ status: 400, body: { error: 'bad_query', message: expect.stringContaining('"color"') } });
    const malformed = await get(`${CUBE}/aggregate?cut=partida`);
    expect(malformed).toMatchObject({ status: 400, body: { part: 'cut', message: 'cut: "partida" no tiene la forma dimensión:valor' } });
    // In the reader's language (es-CL by default, ?lang= or Accept-Language).
    expect((await get(`${CUBE}/aggregate?cut=tipo:gastos&lang=en`)).body.message).toBe('cut: "gastos" is not a value of tipo: expected ingreso or gasto');
    expect((await get(`${CUBE}/aggregate?cut=tipo:gastos`)).body.message).toBe('cut: "gastos" no es un valor de tipo: se espera ingreso o gasto');
    expect((await get(`${CUBE}/members/color`)).status).toBe(400);
    expect((await get(`${CUBE}/facts?order=partida.label&lang=en`)).body.message).toMatch(/not labels/);
    expect((await get('/api/3/cubes/nada/aggregate')).body).toMatchObject({ error: 'not_found' });
    expect((await get('/api/3/cubes/nada/model')).status).toBe(404);
  });

  it('clamps pagesize to 10,000 as Babbage does', async () => {
    const { status, body } = await get(`${CUBE}/aggregate?drilldown=partida&pagesize=50000`);
    expect(status).toBe(200);
    expect(body.page_size).toBe(10_000);
  });

  it('exports cells and facts as CSV with a header', async () => {
    const { res } = await get(`${CUBE}/aggregate?drilldown=partida&aggregates=inicial.sum&format=csv`);
    expect(res.headers['content-type']).toContain('text/csv');
    const lines = res.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('partida.code,partida.label,inicial.sum');
    expect(lines).toHaveLength(30);
    const factsCsv = (await get(`${CUBE}/facts?pagesize=3&format=csv`)).res.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(factsCsv[0]).toContain('partida.code');
    expect(factsCsv).toHaveLength(4);
  });

  it('documents the routes in the OpenAPI document', async () => {
    const { body } = await get('/api/v1/openapi.json');
    expect(body.paths['/api/3/cubes/{cube}/aggregate'].get.tags).toEqual(['budget']);
  });
});
