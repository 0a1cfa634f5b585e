// The index API on the hand-computed fixture: every municipality's result (345), the CSV with a column per pillar,
// one municipality across years, bad and unknown years, OpenAPI, no personal data, and the open-data catalogue entry.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { PILLARS } from '../pillars.js';
import { insertPagesFixture } from './test-support.js';

let t: TestApp;
const get = (url: string) => t.app.inject({ url });

beforeAll(async () => {
  t = await createTestApp();
  await insertPagesFixture(t.database.db);
}, 120_000);
afterAll(async () => { await t.close(); });

describe('GET /api/v1/observatory/index', () => {
  it('gives every municipality of the latest year, 345, with a null score where there is none', async () => {
    const res = await get('/api/v1/observatory/index');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect([body.year, body.methodVersion, body.municipalities.length]).toEqual([2023, 1, 345]);
    expect(new Set(body.municipalities.map((m: { cut: string }) => m.cut)).size).toBe(345);
    expect(body.municipalities.some((m: { cut: string }) => m.cut === '12202')).toBe(false);
    expect(body.municipalities[2]).toEqual({
      cut: '09101', name: 'Temuco', region: '09', score: 62.3, rank: 3, group: 'B', peerGroup: 'large', peerRank: 3,
      pillars: { platforms: 80, online_services: 40, transparency: null, participation: null, procurement: null, capacities: 55.55, digital_spending: null },
      coverage: 0.85, scoreChange: 1.5, url: '/observatorio/municipios/09101',
    });
    expect(body.municipalities.find((m: { cut: string }) => m.cut === '05201')).toMatchObject({ score: null, rank: null, group: null, coverage: 0 });
    expect(body.municipalities.find((m: { cut: string }) => m.cut === '01101')).toMatchObject({ score: null, rank: null, group: null, peerGroup: null, coverage: null });
    // Nothing but figures about territory: no email, RUN or person anywhere.
    expect(res.body).not.toMatch(/@|\b\d{1,2}\.?\d{3}\.?\d{3}-[\dkK]\b|person/i);
    expect(res.body).not.toMatch(/NaN|Infinity/);
  });

  it('answers another year, 404 for a year without results and 400 for a malformed one', async () => {
    const y2022 = (await get('/api/v1/observatory/index?year=2022')).json();
    expect(y2022.municipalities.filter((m: { score: number | null }) => m.score !== null).map((m: { cut: string; rank: number }) => [m.cut, m.rank]))
      .toEqual([['13101', 1], ['09101', 2]]);
    for (const year of ['2019', '2099']) expect([year, (await get(`/api/v1/observatory/index?year=${year}`)).statusCode]).toEqual([year, 404]);
    for (const year of ['abc', '23', '1999', '20231']) {
      const res = await get(`/api/v1/observatory/index?year=${year}`);
      expect([year, res.statusCode]).toEqual([year, 400]);
      expect(res.json().message).toContain('cuatro dígitos');
    }
  });
});

describe('GET /api/v1/observatory/index.csv', () => {
  it('streams the same fields as CSV, one column per pillar', async () => {
    const res = await get('/api/v1/observatory/index.csv?year=2023');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toContain('indice-govtech-municipal-2023-v1.csv');
    const lines = res.body.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines.length).toBe(346);
    expect(lines[0]).toBe(`cut,name,region,score,rank,group,peerGroup,peerRank,${PILLARS.map((p) => `pillars.${p}`).join(',')},coverage,scoreChange`);
    expect(lines).toContain('09101,Temuco,09,62.3,3,B,large,3,80,40,,,,55.55,,0.85,1.5');
    expect(lines).toContain('05201,Isla de Pascua,05,,,,small_urban,,,,,,,,,0,');
    expect((await get('/api/v1/observatory/index.csv?year=2020')).statusCode).toBe(404);
    expect((await get('/api/v1/observatory/index.csv?year=x')).statusCode).toBe(400);
  });
});

describe('GET /api/v1/observatory/municipalities/{cut}', () => {
  it('gives one municipality across years with what was imputed; 404 for unknown codes and Antártica', async () => {
    const res = await get('/api/v1/observatory/municipalities/09101');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect([body.cut, body.name, body.region, body.methodVersion]).toEqual(['09101', 'Temuco', '09', 1]);
    expect(body.years.map((y: { year: number; score: number; rank: number; ranked: number }) => [y.year, y.score, y.rank, y.ranked]))
      .toEqual([[2022, 60.8, 2, 2], [2023, 62.3, 3, 5]]);
    expect(body.years[1].imputed).toEqual(['capacities.training_spend']);
    for (const cut of ['12202', '00000', 'temuco']) expect([cut, (await get(`/api/v1/observatory/municipalities/${cut}`)).statusCode]).toEqual([cut, 404]);
  });
});

describe('documentation and the open-data catalogue', () => {
  it('documents the three reads under the observatory tag', async () => {
    const paths = (await get('/api/v1/openapi.json')).json().paths as Record<string, Record<string, { tags: string[] }>>;
    for (const path of ['/api/v1/observatory/index', '/api/v1/observatory/index.csv', '/api/v1/observatory/municipalities/{cut}']) {
      expect([path, paths[path]?.get?.tags]).toEqual([path, ['observatory']]);
    }
    expect(paths['/observatorio']).toBeUndefined();
  });

  it('lists the results as a dataset of the observatory institution, with a CSV and a JSON per year and the years it covers', async () => {
    const res = (await get('/api/3/action/package_search?q=GovTech')).json();
    const found = res.result.results.find((p: { name: string }) => p.name === 'observatory-indice-govtech-municipal');
    expect(found).toBeDefined();
    expect(found.organization.name).toBe('subdere');
    expect(found.resources.map((r: { url: string }) => r.url.replace(/^https?:\/\/[^/]+/, ''))).toEqual(
      ['/api/v1/observatory/index.csv?year=2023', '/api/v1/observatory/index?year=2023', '/api/v1/observatory/index.csv?year=2022', '/api/v1/observatory/index?year=2022']);
    const shown = (await get('/api/3/action/package_show?id=observatory-indice-govtech-municipal')).json().result;
    expect(JSON.stringify(shown)).toContain('2022-01-01');
  });
});
