// The catalogue (its names in both languages, the page and the API with coverage) and the values API: cursor pages,
// filters, and the CSV/JSON exports with origin, source and provenance.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { ACTORS } from '../../../test-support/people.js';
import { translator } from '../../../core/i18n/index.js';
import { insertTestValues } from '../test-support.js';
import { INDICATORS } from './catalogue.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await insertTestValues(t.database.db, [
    { cut: '09101', year: 2022, indicator: 'capacities.professionalisation', value: 40, source: 'SINIM' },
    { cut: '09101', year: 2023, indicator: 'capacities.professionalisation', value: 41.5, source: 'SINIM' },
    { cut: '14101', year: 2023, indicator: 'capacities.professionalisation', value: 38, source: 'SINIM' },
    { cut: '09102', year: 2023, indicator: 'context.population', value: 12_000, source: 'SINIM' },
    { cut: '13101', year: 2023, indicator: 'context.population', value: 250_000, source: 'SINIM' },
  ]);
  await t.database.db.execute(`update observatory_values set origin = 'computed', provenance = '{"module":"test","numerator":1}' where cut = '13101'`);
}, 180_000);
afterAll(async () => { await t.close(); });

describe('the catalogue', () => {
  it('names and describes every indicator and unit in Spanish and English', () => {
    for (const locale of ['es-CL', 'en'] as const) {
      const t = translator(locale);
      for (const i of INDICATORS) {
        for (const key of [`observatory.indicator.${i.code}.name`, `observatory.indicator.${i.code}.description`, `observatory.unit.${i.unit}`, `observatory.source.${i.source}`]) {
          expect(t(key as never), `${locale} ${key}`).not.toBe(key);
        }
      }
    }
  });

  it('is served with coverage per year by the API', async () => {
    const res = await t.app.inject({ url: '/api/v1/observatory/indicators' });
    expect(res.statusCode).toBe(200);
    const items = res.json().items as Array<{ code: string; name: string; coverage: unknown }>;
    expect(items.map((i) => i.code)).toEqual(INDICATORS.map((i) => i.code));
    expect(items.find((i) => i.code === 'capacities.professionalisation')).toMatchObject({ name: 'Profesionalización del personal', unit: 'percent', direction: 'higher',
      source: 'SINIM', coverage: [{ year: 2022, municipalities: 1 }, { year: 2023, municipalities: 2 }] });
    expect(items.find((i) => i.code === 'transparency.median_answer_days')).toMatchObject({ direction: 'lower', coverage: [] });
    const en = await t.app.inject({ url: '/api/v1/observatory/indicators', headers: { 'accept-language': 'en' } });
    expect(en.json().items[0].name).toBe('FirmaGob');
  });

  it('is a public page grouped by pillar, with coverage columns and the import link for stewards only', async () => {
    const page = await t.app.inject({ url: '/observatorio/indicadores' });
    expect(page.statusCode).toBe(200);
    expect(page.body.match(/<h1>/g)).toHaveLength(1);
    expect(page.body).toContain('<h2 id="g-capacities">Capacidades</h2>');
    expect(page.body).toMatch(/Profesionalización del personal<\/span> <code class="obs-code">capacities.professionalisation<\/code>.*?<td class="num">1<\/td><td class="num">2<\/td>/s);
    expect(page.body).not.toContain('/observatorio/indicadores/importar');
    const steward = await t.app.inject({ url: '/observatorio/indicadores', cookies: (await ACTORS.observatorySteward(t))!.cookies });
    expect(steward.body).toContain('href="/observatorio/indicadores/importar"');
    const admin = await t.app.inject({ url: '/observatorio/indicadores', cookies: (await ACTORS.admin(t))!.cookies });
    expect(admin.body).not.toContain('href="/observatorio/indicadores/importar"');
  });
});

describe('the values API', () => {
  it('pages by cursor in (year, cut, indicator) order with filters', async () => {
    const first = await t.app.inject({ url: '/api/v1/observatory/values?limit=2' });
    expect(first.json().items.map((v: { year: number; cut: string }) => `${v.year} ${v.cut}`)).toEqual(['2022 09101', '2023 09101']);
    const second = await t.app.inject({ url: `/api/v1/observatory/values?limit=2&cursor=${first.json().next}` });
    expect(second.json().items.map((v: { cut: string }) => v.cut)).toEqual(['09102', '13101']);
    const third = await t.app.inject({ url: `/api/v1/observatory/values?limit=2&cursor=${second.json().next}` });
    expect(third.json()).toMatchObject({ items: [{ cut: '14101' }], next: null });
    const filtered = await t.app.inject({ url: '/api/v1/observatory/values?year=2023&region=09' });
    expect(filtered.json().items.map((v: { cut: string }) => v.cut)).toEqual(['09101', '09102']);
    expect((await t.app.inject({ url: '/api/v1/observatory/values?indicator=context.population&cut=13101' })).json().items).toEqual([{
      cut: '13101', name: 'Santiago', region: '13', year: 2023, indicator: 'context.population', value: 250_000, origin: 'computed', source: 'SINIM',
      provenance: { module: 'test', numerator: 1 }, updatedAt: expect.any(String) }]);
    expect((await t.app.inject({ url: '/api/v1/observatory/values?cursor=zzz' })).statusCode).toBe(400);
    expect((await t.app.inject({ url: '/api/v1/observatory/values?cut=123' })).statusCode).toBe(400);
  });

  it('streams every matching value as CSV and JSON', async () => {
    const csv = await t.app.inject({ url: '/api/v1/observatory/values?format=csv&indicator=capacities.professionalisation' });
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="observatorio-valores-capacities.professionalisation.csv"');
    expect(csv.body.split('\r\n')).toEqual(['\uFEFFcut,name,region,year,indicator,value,origin,source,provenance,updatedAt',
      expect.stringMatching(/^09101,Temuco,09,2022,capacities.professionalisation,40,import,SINIM,,/), expect.stringMatching(/^09101,Temuco,09,2023,.*,41.5,/),
      expect.stringMatching(/^14101,Valdivia,14,2023,/), '']);
    const json = await t.app.inject({ url: '/api/v1/observatory/values?format=json&cut=13101' });
    expect(JSON.parse(json.body)).toMatchObject([{ cut: '13101', origin: 'computed', provenance: { module: 'test', numerator: 1 } }]);
  });
});
