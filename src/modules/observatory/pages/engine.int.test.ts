// From indicator values to the public pages through the real engine (recomputeIndex): what the engine stores is what
// the API, the CSV, the ranking and the municipality page show. Hand-computed: one indicator observed in three
// municipalities, min–max normalised (10 → 0, 50 → 50, 90 → 100), every other indicator without data and left out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { insertTestValues } from '../test-support.js';
import { recomputeIndex } from '../index/commands/recompute.js';

let t: TestApp;
const get = (url: string) => t.app.inject({ url });
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

beforeAll(async () => {
  t = await createTestApp();
  await insertTestValues(t.database.db, [
    { cut: '09101', year: 2023, indicator: 'online.procedures_online', value: 50 },
    { cut: '13101', year: 2023, indicator: 'online.procedures_online', value: 90 },
    { cut: '14101', year: 2023, indicator: 'online.procedures_online', value: 10 },
    { cut: '09101', year: 2022, indicator: 'online.procedures_online', value: 10 },
    { cut: '13101', year: 2022, indicator: 'online.procedures_online', value: 90 },
  ]);
  await t.database.db.transaction((tx) => recomputeIndex(tx, 'all', { id: null, label: 'test' }));
}, 120_000);
afterAll(async () => { await t.close(); });

describe('the pages show what the engine computed', () => {
  it('API: 345 municipalities, the three scored ones ranked and grouped, the rest null, no NaN', async () => {
    const res = await get('/api/v1/observatory/index');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect([body.year, body.methodVersion, body.municipalities.length]).toEqual([2023, 1, 345]);
    const scored = body.municipalities.filter((m: { score: number | null }) => m.score !== null)
      .map((m: { cut: string; score: number; rank: number; group: string; pillars: Record<string, number | null> }) => [m.cut, m.score, m.rank, m.group, m.pillars.online_services]);
    expect(scored).toEqual([['13101', 100, 1, 'A', 100], ['09101', 50, 2, 'B', 50], ['14101', 0, 3, 'D', 0]]);
    expect(res.body).not.toMatch(/NaN|Infinity/);
  });

  it('change since last year: Temuco went from 0 to 50 and climbed', async () => {
    const temuco = (await get('/api/v1/observatory/municipalities/09101')).json();
    expect(temuco.years.map((y: { year: number; score: number; rank: number; scoreChange: number | null }) => [y.year, y.score, y.rank, y.scoreChange]))
      .toEqual([[2022, 0, 2, null], [2023, 50, 2, 50]]);
  });

  it('landing, ranking, CSV and municipality page agree with the API', async () => {
    expect(text((await get('/observatorio')).body)).toContain('En 2023, 3 de las 345 municipalidades tienen puntaje.');
    const ranking = text((await get('/observatorio/ranking')).body);
    expect(ranking.indexOf('Santiago')).toBeLessThan(ranking.indexOf('Temuco'));
    expect(ranking.indexOf('Temuco')).toBeLessThan(ranking.indexOf('Valdivia'));
    expect((await get('/api/v1/observatory/index.csv')).body).toContain('\r\n09101,Temuco,09,50,2,B,');
    const page = text((await get('/observatorio/municipios/09101')).body);
    expect(page).toContain('Puntaje 50,0 de 100');
    expect(page).toContain('Servicios y trámites en línea 50,0 de 100');
    expect(page).toContain('+50,0');
  });
});
