// The demo seed reproduces every figure La Araucanía's regional government published, as of today: 32 municipalities,
// 25 with FirmaGob enabled or beyond, 29 with DocDigital in production, 14 with ClaveÚnica enabled or beyond, 32 with a
// PISEE node requested or beyond; 28 workshops, 245 officials; 86 % positive, 6.3 on 1–7. Every row is illustrative,
// and the pages say so.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { queryRows } from '../../../core/db/client.js';
import { seedAdoptionDemo } from './seed.js';
import { page, THIS_YEAR, TODAY } from './test-support.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await t.database.db.transaction((tx) => seedAdoptionDemo(tx));
}, 60_000);
afterAll(async () => { await t.close(); });

describe('La Araucanía\'s demo', () => {
  it('reproduces each published figure exactly', async () => {
    const d = (await t.app.inject({ method: 'GET', url: '/api/v1/observatory/adoption/09' })).json();
    expect(d.municipalities).toBe(32);
    const at = (platform: string, stage: string) => d.platforms.find((p: { platform: string }) => p.platform === platform).atLeast[stage];
    expect([at('firmagob', 'enabled'), at('docdigital', 'in_production'), at('claveunica', 'enabled'), at('pisee', 'requested')]).toEqual([25, 29, 14, 32]);
    expect(d.workshops).toMatchObject({ count: 28, attendees: 245 });
    expect(Math.round(d.visits.positiveShare * 100)).toBe(86);
    expect(Math.round(d.visits.mean * 10) / 10).toBe(6.3);
    expect(d.illustrative).toBe(true);
    expect(d.matrix.every((m: { illustrative: boolean }) => m.illustrative)).toBe(true);
  });

  it('has histories from 2021 to 2026, none dated after today, one platform switched off, all illustrative and recorded by no one', async () => {
    const [r] = await queryRows<{ first: string; last: string; n: number; people: number; invented: number }>(t.database.db, sql`select min(effective_on)::text as first,
      max(effective_on)::text as last, count(*)::int as n, count(recorded_by)::int as people, count(*) filter (where illustrative)::int as invented from observatory_adoption_events`);
    expect(r!.first.slice(0, 4)).toBe('2021');
    expect(r!.last.slice(0, 4)).toBe('2026');
    expect(r!.last <= TODAY).toBe(true);
    expect([r!.people, r!.invented]).toEqual([0, r!.n]);
    const saavedra = (await t.app.inject({ method: 'GET', url: '/api/v1/observatory/adoption/09/municipalities/09116' })).json().events
      .filter((e: { platform: string }) => e.platform === 'firmagob').map((e: { status: string }) => e.status);
    expect(saavedra.slice(-2)).toEqual(['enabled', 'requested']);
  });

  it('writes one tracker value per municipality, platform and year, finite and between 0 and 3', async () => {
    const rows = await queryRows<{ n: number; bad: number; years: number }>(t.database.db, sql`select count(*)::int as n,
      count(*) filter (where value not in (0, 1, 2, 3) or origin <> 'tracker')::int as bad, count(distinct year)::int as years from observatory_values`);
    expect(rows[0]!.bad).toBe(0);
    expect(rows[0]!.years).toBe(THIS_YEAR - 2020);
    const [latest] = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from observatory_values
      where year = ${THIS_YEAR} and indicator = 'platforms.firmagob' and value >= 2`);
    expect(latest!.n).toBe(25);
  });

  it('shows the figures and the illustrative flag on the pages', async () => {
    const res = await page(t, '/observatorio/adopcion/09');
    expect(res.body).toContain('25 de 32 municipios tienen FirmaGob habilitada o en producción');
    expect(res.body).toContain('29 de 32 municipios tienen DocDigital en producción');
    expect(res.body).toContain('14 de 32 municipios permiten ingresar con ClaveÚnica');
    expect(res.body).toContain('32 de 32 municipios han solicitado un nodo de interoperabilidad PISEE');
    expect(res.body).toContain('28 talleres capacitaron a 245 funcionarias y funcionarios');
    expect(res.body).toMatch(/86\s?% las evaluó positivamente, con nota media 6,3/);
    expect(res.body).toContain('Dato ilustrativo');
    expect((await page(t, '/observatorio/adopcion/09/municipios/09101')).body).toContain('<span class="tag obs-illustrative">Dato ilustrativo</span>');
    expect((await page(t, '/observatorio/adopcion/09/visitas')).body).toContain('Dato ilustrativo');
  });
});
