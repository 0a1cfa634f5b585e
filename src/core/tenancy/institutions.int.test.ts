import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/app.js';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => { await t.close(); });

describe('institutions', () => {
  it('loads 345 municipalities, 16 regional governments and the national bodies', async () => {
    const counts: Record<string, number> = {};
    let cursor: string | null = null;
    do {
      const res = await t.app.inject({ url: `/api/v1/institutions?limit=200${cursor ? `&cursor=${cursor}` : ''}` });
      expect(res.statusCode).toBe(200);
      const body = res.json() as { items: Array<{ kind: string }>; next: string | null };
      for (const i of body.items) counts[i.kind] = (counts[i.kind] ?? 0) + 1;
      cursor = body.next;
    } while (cursor);
    expect(counts.municipality).toBe(345);
    expect(counts.regional_government).toBe(16);
    expect(counts.national_body).toBeGreaterThanOrEqual(1);
  });

  it('finds an institution by slug, by 5-digit comuna CUT and by 2-digit region CUT', async () => {
    const bySlug = (await t.app.inject({ url: '/api/v1/institutions/temuco' })).json();
    const byCut = (await t.app.inject({ url: '/api/v1/institutions/09101' })).json();
    expect(byCut).toEqual(bySlug);
    expect(byCut.name).toBe('Municipalidad de Temuco');
    expect(byCut.population.census2017).toBe(282415);
    const rm = (await t.app.inject({ url: '/api/v1/institutions/13' })).json();
    expect(rm).toMatchObject({ kind: 'regional_government', slug: 'gore-metropolitano', population: null });
    expect((await t.app.inject({ url: '/api/v1/institutions/dipres' })).json().kind).toBe('national_body');
    expect((await t.app.inject({ url: '/api/v1/institutions/99999' })).statusCode).toBe(404);
  });

  it('searches by name ignoring accents and case, in the page and the API', async () => {
    const res = await t.app.inject({ url: '/api/v1/institutions?q=VINA' });
    expect(res.json().items.map((i: { slug: string }) => i.slug)).toEqual(['vina-del-mar']);
    const page = await t.app.inject({ url: `/instituciones?q=${encodeURIComponent('Ñuñoa')}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Municipalidad de Ñuñoa');
    expect(page.body).not.toContain('Municipalidad de Temuco');
  });

  it('exports the filtered list as CSV and JSON', async () => {
    const csv = await t.app.inject({ url: '/instituciones?kind=regional_government&format=csv' });
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.startsWith('\uFEFF')).toBe(true); // so spreadsheet programs read the accents as UTF-8
    const lines = csv.body.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(17);
    expect(lines[0]).toBe('slug,name,kind,cut,region.code,region.name,url');
    const json = await t.app.inject({ url: '/instituciones?kind=municipality&format=json' });
    expect(JSON.parse(json.body)).toHaveLength(345);
  });

  it('renders the institution page in Spanish and in English', async () => {
    const es = await t.app.inject({ url: '/instituciones/09101' });
    expect(es.body).toContain('<html lang="es-CL"');
    expect(es.body).toContain('Población (Censo 2017)');
    const en = await t.app.inject({ url: '/instituciones/temuco?lang=en' });
    expect(en.body).toContain('<html lang="en"');
    expect(en.body).toContain('Population (2017 Census)');
  });

  it('rejects an invalid filter with a clear 400 and unknown pages with 404', async () => {
    const bad = await t.app.inject({ url: '/api/v1/institutions?kind=bank' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: 'validation' });
    expect((await t.app.inject({ url: '/api/v1/institutions?cursor=!!notacursor' })).statusCode).toBe(400);
    expect((await t.app.inject({ url: '/instituciones/no-such-place' })).statusCode).toBe(404);
  });
});
