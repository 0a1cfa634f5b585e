// The regional dashboard on hand-made data: counts per stage and "at least" sentences, the trend by quarter (going
// back included), the matrix and the map's levels, the API's shape, the regions' index, the record page, the 404s,
// and no personal data of whoever recorded a row.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { ACTORS, type Browser } from '../../../test-support/people.js';
import { insertEvents, page, postJson, statusPayload } from './test-support.js';

let t: TestApp;
let team: Browser;
beforeAll(async () => {
  t = await createTestApp();
  team = (await ACTORS.regionalTeam(t))!;
  await insertEvents(t, [
    { cut: '09101', platform: 'firmagob', status: 'requested', effectiveOn: '2021-03-01' },
    { cut: '09101', platform: 'firmagob', status: 'enabled', effectiveOn: '2022-06-01' },
    { cut: '09101', platform: 'firmagob', status: 'in_production', effectiveOn: '2023-02-01' },
    { cut: '09102', platform: 'firmagob', status: 'requested', effectiveOn: '2022-01-15' },
    { cut: '09102', platform: 'firmagob', status: 'enabled', effectiveOn: '2022-09-01' },
    { cut: '09103', platform: 'firmagob', status: 'enabled', effectiveOn: '2023-05-01' },
    { cut: '09103', platform: 'firmagob', status: 'requested', effectiveOn: '2024-02-01' },
    { cut: '09101', platform: 'docdigital', status: 'in_production', effectiveOn: '2021-07-01' },
    { cut: '09104', platform: 'pisee', status: 'requested', effectiveOn: '2022-02-02' },
    { cut: '14101', platform: 'firmagob', status: 'in_production', effectiveOn: '2021-01-05' }, // Valdivia: another region
  ]);
  // One through the API, so a recorder exists whose traces must not show.
  expect((await postJson(t, '/api/v1/observatory/adoption/09/statuses', team, statusPayload({ cut: '09105', platform: 'claveunica', status: 'requested', effectiveOn: '2024-05-05' }))).statusCode).toBe(201);
}, 60_000);
afterAll(async () => { await t.close(); });

describe('the API', () => {
  it('gives the counts per stage and from each stage, per platform, for the region\'s 32 municipalities only', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/observatory/adoption/09' });
    expect(res.statusCode).toBe(200);
    const d = res.json();
    expect(d.region).toEqual({ code: '09', name: 'La Araucanía', regionalGovernment: 'Gobierno Regional de La Araucanía' });
    expect([d.municipalities, d.tracked]).toEqual([32, 5]);
    const firmagob = d.platforms.find((p: { platform: string }) => p.platform === 'firmagob');
    expect(firmagob).toEqual({ platform: 'firmagob', keyStage: 'enabled', exactly: { not_started: 29, requested: 1, enabled: 1, in_production: 1 },
      atLeast: { not_started: 32, requested: 3, enabled: 2, in_production: 1 } });
    expect(d.platforms.map((p: { atLeast: Record<string, number>; keyStage: string }) => p.atLeast[p.keyStage])).toEqual([2, 1, 0, 1]);
  });

  it('gives the quarterly trend of each key stage, counting a platform switched off as no longer there', async () => {
    const { trend } = (await t.app.inject({ method: 'GET', url: '/api/v1/observatory/adoption/09' })).json();
    const at = (q: string) => trend.find((x: { quarter: string }) => x.quarter === q).counts;
    expect(trend[0]).toMatchObject({ quarter: '2021-T1', day: '2021-03-31' });
    expect([at('2021-T1').firmagob, at('2022-T2').firmagob, at('2022-T3').firmagob, at('2023-T2').firmagob, at('2024-T1').firmagob]).toEqual([0, 1, 2, 3, 2]);
    expect([at('2021-T3').docdigital, at('2022-T1').pisee, at('2024-T2').claveunica]).toEqual([1, 1, 0]);
  });

  it('gives the matrix with the map\'s level, and nothing about who recorded', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/observatory/adoption/09' });
    const temuco = res.json().matrix[0];
    expect(temuco).toEqual({ cut: '09101', name: 'Temuco', statuses: { firmagob: 'in_production', docdigital: 'in_production', claveunica: 'not_started', pisee: 'not_started' },
      since: { firmagob: '2023-02-01', docdigital: '2021-07-01', claveunica: null, pisee: null }, enabledPlatforms: 2, illustrative: false,
      url: '/observatorio/adopcion/09/municipios/09101' });
    expect(res.json().matrix).toHaveLength(32);
    expect(res.body).not.toMatch(/recordedBy|createdBy|personId|@/);
    const history = await t.app.inject({ method: 'GET', url: '/api/v1/observatory/adoption/09/municipalities/09105' });
    expect(Object.keys(history.json().events[0]).sort()).toEqual(['cut', 'effectiveOn', 'evidence', 'evidenceUrl', 'id', 'illustrative', 'platform', 'recordedAt', 'status']);
    expect(history.body).not.toMatch(/recordedBy|@/);
  });

  it('answers 404 for an unknown region or a comuna outside it', async () => {
    for (const url of ['/api/v1/observatory/adoption/99', '/api/v1/observatory/adoption/xx', '/api/v1/observatory/adoption/09/municipalities/14101',
      '/api/v1/observatory/adoption/12/municipalities/12202']) {
      expect((await t.app.inject({ method: 'GET', url })).statusCode, url).toBe(404);
    }
  });
});

describe('the pages', () => {
  it('say the counts in sentences, draw the map with each comuna\'s level and link, and tabulate the matrix and the trend', async () => {
    const res = await page(t, '/observatorio/adopcion/09');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('2 de 32 municipios tienen FirmaGob habilitada o en producción');
    expect(res.body).toContain('1 de 32 municipios tienen DocDigital en producción');
    expect(res.body).toContain('0 de 32 municipios permiten ingresar con ClaveÚnica');
    expect(res.body).toMatch(/<a href="\/observatorio\/adopcion\/09\/municipios\/09101"><path data-cut="09101" class="map-level-2"/);
    expect(res.body).toContain('Temuco: 2 de 4 plataformas habilitadas o en producción');
    expect(res.body.match(/data-cut="/g)).toHaveLength(32);
    expect(res.body).toContain('<th scope="row">2024-T1</th>');
    expect(res.body).not.toContain('Dato ilustrativo');
    expect(res.body).not.toMatch(/Persona \d+/);
    const en = await page(t, '/observatorio/adopcion/09?lang=en');
    expect(en.body).toContain('2 of 32 municipalities have FirmaGob enabled or in production');
  });

  it('list the sixteen regions with one line each', async () => {
    const res = await page(t, '/observatorio/adopcion');
    expect(res.body.match(/href="\/observatorio\/adopcion\/\d\d"/g)).toHaveLength(16);
    expect(res.body).toMatch(/La Araucanía<\/a><span class="cell-note">5 de 32 municipios con seguimiento · último cambio el 5 de mayo de 2024 · 0 talleres/);
    expect(res.body).toContain('Los Ríos</a><span class="cell-note">1 de 12 municipios con seguimiento');
    expect(res.body).toContain('Ñuble</a><span class="cell-note">21 municipios · aún sin seguimiento');
  });

  it('show a municipality\'s record with its history per platform, and 404 outside the region', async () => {
    const res = await page(t, '/observatorio/adopcion/09/municipios/09103');
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(/FirmaGob<\/dt><dd>Solicitada<span class="cell-note">desde el 1 de febrero de 2024/);
    expect(res.body).toMatch(/1 de febrero de 2024<\/th><td>Solicitada<\/td>[\s\S]*1 de mayo de 2023<\/th><td>Habilitada/);
    for (const url of ['/observatorio/adopcion/99', '/observatorio/adopcion/09/municipios/14101', '/observatorio/adopcion/09/municipios/abc', '/observatorio/adopcion/09/visitas/x']) {
      expect((await page(t, url)).statusCode, url).toBe(404);
    }
  });
});
