// The public budget pages through app.inject: the explorer on the real 2017 Ley and execution (DIPRES) and on a small
// municipal budget. Expected figures are summed here from the parsed files, never through the pages' own queries.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { findInstitution } from '../../../core/tenancy/queries.js';
import { budgetData, importReal } from '../test-support.js';
import { importDataset, parseDipresLey, type BudgetFact, type ParsedBudget } from '../index.js';
import { fact, label } from '../synthetic.js';
import { money } from './money.js';
import { signedIn } from '../../../test-support/people.js';

let t: TestApp;
let ley: BudgetFact[];
const BASE = '/instituciones/dipres/presupuesto/2017';

const page = async (url: string) => {
  const res = await t.app.inject({ method: 'GET', url });
  return { status: res.statusCode, html: res.body };
};
/** The text of each table body row, cells separated by " | ". */
const rows = (html: string) => [...html.matchAll(/<tr>(.*?)<\/tr>/gs)].map((m) => m[1].replace(/<[^>]+>/g, ' | ').replace(/(\s*\|\s*)+/g, ' | ').replace(/^[\s|]+|[\s|]+$/g, ''));
const sumBy = (facts: BudgetFact[], key: (f: BudgetFact) => string) => {
  const sums = new Map<string, bigint>();
  for (const f of facts) if (f.tipo === 'gasto' && f.moneda === 'CLP') sums.set(key(f), (sums.get(key(f)) ?? 0n) + (f.inicial ?? 0n));
  return sums;
};

beforeAll(async () => {
  t = await createTestApp();
  const parsed = parseDipresLey(readFileSync(budgetData('ley/2017.csv')), { year: 2017 });
  if (!parsed.ok) throw new Error('2017 Ley');
  ley = parsed.budget.facts;
  await importReal(t, { institution: 'dipres', path: 'ley/2017.csv', format: 'dipres-ley', year: 2017 });
  await importReal(t, { institution: 'dipres', path: 'ejecucion-2017/original', format: 'dipres-ejecucion', year: 2017 });
  // A municipality: no partida, capítulo or programa (cabildo-csv), so the explorer starts at subtítulo.
  const temuco = (await findInstitution(t.database.db, 'temuco'))!;
  const municipal = (dotted: string, inicial: bigint | null, extra = {}) => ({ ...fact(`...${dotted}`, inicial, extra), partida: '', capitulo: '', programa: '' });
  const budget: ParsedBudget = { year: 2024, labels: [{ ...label('...22', 'BIENES Y SERVICIOS DE CONSUMO'), partida: '', capitulo: '', programa: '' }], facts: [
      municipal('22.11.003', 1_000_000n, { vigente: 1_200_000n }), municipal('22.04.009', 500_000n, { vigente: 500_000n }),
      municipal('22.11.003', null, { mes: 1, ejecutado: 100_000n }), municipal('22.11.003', null, { mes: 2, ejecutado: 200_000n }), municipal('22.11.003', null, { mes: 10, ejecutado: 340_000n }),
      municipal('31.02.004', 3_000_000n, { vigente: 3_000_000n }),
  ] };
  await t.database.db.transaction((tx) => importDataset(tx, {
    institutionId: temuco.id, year: 2024, format: 'cabildo-csv', kind: 'ejecucion', sourceNames: ['temuco.csv'], checksum: 'a'.repeat(64), budget,
  }, { id: null, label: 'test' }));
}, 120_000);
afterAll(() => t.close());

describe('budget explorer', () => {
  it('lists the 29 partidas of the Ley with their sums, shares and the national note on Tesoro Público transfers', async () => {
    const { status, html } = await page(`${BASE}?cubo=dipres-2017-ley`);
    expect(status).toBe(200);
    const partidas = sumBy(ley, (f) => f.partida);
    const body = rows(html).filter((r) => /^\d\d \|/.test(r));
    expect(body).toHaveLength(29);
    expect(body[0]).toContain('50 | Tesoro Público');
    for (const [code, total] of partidas) expect(body.find((r) => r.startsWith(`${code} |`))).toContain(money(total, 'es-CL'));
    // Largest first, by the measure the treemap sizes by.
    const order = body.map((r) => r.slice(0, 2));
    expect(order).toEqual([...partidas].sort((a, b) => (b[1] > a[1] ? 1 : b[1] < a[1] ? -1 : 0)).map(([c]) => c));
    const transfers = ley.filter((f) => f.partida === '50' && ['27', '28'].includes(f.subtitulo) && f.moneda === 'CLP').reduce((s, f) => s + f.inicial!, 0n);
    expect(transfers).toBeGreaterThan(30_000_000_000_000n);
    expect(html).toContain('Partida 50 (Tesoro Público) incluye');
    // Every treemap tile links to a drill-down, reachable by pointer only; the table's links are the keyboard's.
    expect(html).toMatch(/<svg viewBox="0 0 640 360" aria-hidden="true"/);
    expect(html).toContain('tabindex="-1"');
  });

  it('names each capítulo under its own partida (codes repeat across partidas)', async () => {
    const { html } = await page(`${BASE}?cubo=dipres-2017-ley&partida=07`);
    expect(rows(html).find((r) => r.startsWith('01 |'))).toContain('Subsecretaría de Economía y Empresas de Menor Tamaño');
    const csvLink = /href="(\/api\/3\/cubes\/dipres-2017-ley\/aggregate\?[^"]+format=csv)"/.exec(html)![1].replaceAll('&amp;', '&');
    expect((await t.app.inject({ method: 'GET', url: csvLink })).body).toContain('Subsecretaría de Economía y Empresas de Menor Tamaño');
    // The API names it so too when the partida is cut rather than drilled.
    const api = (await t.app.inject({ method: 'GET', url: '/api/3/cubes/dipres-2017-ley/aggregate?cut=partida:07&drilldown=capitulo&order=capitulo.code' })).json();
    expect(api.cells[0]).toMatchObject({ 'capitulo.code': '01', 'capitulo.label': 'Subsecretaría de Economía y Empresas de Menor Tamaño' });
  });

  it('drills partida → capítulo → programa with breadcrumbs back up, the three measures and the execution rate', async () => {
    const { html } = await page(`${BASE}?cubo=dipres-2017-ejecucion&tipo=gasto&medida=vigente&partida=07&capitulo=01&programa=01`);
    expect(html).toContain('<h2>01 Subsecretaria de Economía y Empresas de Menor Tamaño</h2>');
    expect(html).toMatch(/<a href="\/instituciones\/dipres\/presupuesto\/2017\?cubo=dipres-2017-ejecucion&amp;tipo=gasto&amp;medida=vigente&amp;partida=07">07 Ministerio de Economía, Fomento y Turismo<\/a>/);
    expect(html).toContain('aria-current="page">01 Subsecretaria');
    const subtitulos = sumBy(ley.filter((f) => f.partida === '07' && f.capitulo === '01' && f.programa === '01'), (f) => f.subtitulo);
    for (const [code, inicial] of subtitulos) expect(rows(html).find((r) => r.startsWith(`${code} |`))).toContain(money(inicial, 'es-CL'));
    expect(html).toContain('Tasa de ejecución acumulada');
    expect(html).toMatch(/abr\S* \d+,\d %/);
    // The view's own CSV link gives the same cells.
    const csvLink = /href="(\/api\/3\/cubes\/dipres-2017-ejecucion\/aggregate\?[^"]+format=csv)"/.exec(html)![1].replaceAll('&amp;', '&');
    const csv = await t.app.inject({ method: 'GET', url: csvLink });
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.trim().split('\n')).toHaveLength(subtitulos.size + 1);
  });

  it('steps through levels a budget does not use: the Ley\'s subtítulo 22 is a leaf, a municipality starts at subtítulo', async () => {
    const leaf = await page(`${BASE}?cubo=dipres-2017-ley&partida=07&capitulo=01&programa=01&subtitulo=22`);
    expect(leaf.html).toContain('No se publica más detalle bajo este nivel.');
    expect(leaf.html).toContain('Según el clasificador presupuestario (Decreto 854 de 2004, Hacienda): Bienes de consumo y servicios no personales');
    const municipal = await page('/instituciones/temuco/presupuesto/2024');
    expect(rows(municipal.html).filter((r) => /^\d\d \|/.test(r)).map((r) => r.slice(0, 2))).toEqual(['31', '22']);
    expect(municipal.html).toContain('BIENES Y SERVICIOS DE CONSUMO');
    const items = await page('/instituciones/temuco/presupuesto/2024?partida=&capitulo=&programa=&subtitulo=22');
    expect(rows(items.html).map((r) => r.slice(0, 2))).toEqual(expect.arrayContaining(['11', '04']));
    // Monthly flows add up in calendar order: 300,000 executed of 1,700,000 current by February, 640,000 by October.
    expect(items.html).toContain('ene. 5,9 %; feb. 17,6 %; oct. 37,6 %.');
  });

  it('lists an institution\'s budgets with totals that leave out the Tesoro Público transfers, in the reader\'s language', async () => {
    const { html } = await page('/instituciones/dipres/presupuesto');
    expect(html).toContain('Ejecución presupuestaria');
    expect(html).toContain('Ley de Presupuestos (presupuesto inicial)');
    const national = ley.filter((f) => f.tipo === 'gasto' && f.moneda === 'CLP' && !(f.partida === '50' && ['27', '28'].includes(f.subtitulo))).reduce((s, f) => s + f.inicial!, 0n);
    expect(html).toContain(`MM$${new Intl.NumberFormat('es-CL').format((national + 500_000n) / 1_000_000n)}`);
    expect(html).not.toContain('/instituciones/dipres/presupuesto/importar');
    const official = await signedIn(t, 'official', 'dipres', ['budget']);
    const asOfficial = await t.app.inject({ method: 'GET', url: '/instituciones/dipres/presupuesto', cookies: official.cookies });
    expect(asOfficial.body).toContain('href="/instituciones/dipres/presupuesto/importar"');
    const en = await page('/instituciones/dipres/presupuesto?lang=en');
    expect(en.html).toContain(`$${new Intl.NumberFormat('en').format((national + 500_000n) / 1_000_000n)}M`);
  });

  it('answers 404 for an unknown institution, year or cube and 400 for a malformed code', async () => {
    expect((await page('/instituciones/no-existe/presupuesto')).status).toBe(404);
    expect((await page('/instituciones/dipres/presupuesto/2016')).status).toBe(404);
    expect((await page(`${BASE}?cubo=temuco-2024-ejecucion`)).status).toBe(404);
    expect((await page(`${BASE}?partida=07%27--`)).status).toBe(400);
  });
});
