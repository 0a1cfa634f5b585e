import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { ACTORS, type AccessTable, type Browser } from '../../../test-support/people.js';
import { DEFAULT_METHOD } from '../index/method.js';
import { formValuesOf } from './form.js';
import { insertRankingFixture } from './test-support.js';

let t: TestApp;
let official: Browser;
let steward: Browser;
beforeAll(async () => {
  t = await createTestApp();
  await insertRankingFixture(t.database.db);
  [official, steward] = await Promise.all([ACTORS.observatoryOfficial(t), ACTORS.observatorySteward(t)]);
});
afterAll(async () => { await t.close(); });

const URL = '/observatorio/metodologia/vista-previa';
const query = (change: Record<string, string>) => new URLSearchParams({ ...formValuesOf(DEFAULT_METHOD, 2023), ...change }).toString();
const get = (who: Browser | null, q = '') => t.app.inject({ url: q ? `${URL}?${q}` : URL, cookies: who?.cookies });
/** The results table's rows as [municipality, published rank, preview rank, move text]. */
const rowsOf = (html: string) => [...html.matchAll(/<tr><td class="num">([^<]*)<\/td><td><span class="obs-move[^"]*">(?:<span aria-hidden="true">[^<]*<\/span>)?([^<]*)<\/span><\/td><th scope="row"><a href="\/observatorio\/municipios\/\d+">([^<]+)<\/a><\/th><td class="num">([^<]*)<\/td>/g)]
  .map((m) => [m[3], m[4], m[1], m[2]]);

describe('who may preview the method', () => {
  it.each([
    ['anonymous', 401],
    ['resident', 403],
    ['observatoryOfficial', 200],
    ['budgetOfficial', 200],
    ['otherOfficial', 200],
    ['regionalTeam', 200],
    ['observatorySteward', 200],
    ['admin', 200],
    ['platformAdmin', 200],
  ] satisfies AccessTable)('%s → %s', async (who, status) => {
    const res = await get(await ACTORS[who](t), query({ 'pilar.capacities': '5' }));
    expect(res.statusCode).toBe(status);
    if (status === 401) expect(res.body).toContain('href="/ingresar?next=');
  });
});

describe('the preview', () => {
  it('starts from the published method, with no result until submitted', async () => {
    const res = await get(official);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('method="get" action="/observatorio/metodologia/vista-previa"');
    expect(res.body).toContain('id="f-pilar.capacities" name="pilar.capacities" type="text" value="1"');
    expect(res.body).toContain('<option value="2023" selected>2023</option>');
    expect(res.body).not.toContain('Efecto en las posiciones');
  });

  it('with the published choices nobody moves', async () => {
    const res = await get(official, query({}));
    expect(res.body).toContain('Ningún municipio cambia de posición (5 comparados).');
  });

  it('a heavier capacities pillar turns the ranking over (hand-computed in test-support.ts)', async () => {
    const res = await get(official, query({ 'pilar.capacities': '5' }));
    expect(res.statusCode).toBe(200);
    expect(rowsOf(res.body).slice(0, 5)).toEqual([
      ['Victoria', '4', '1', 'sube 3'],
      ['Angol', '1', '2', 'baja 1'],
      ['Lautaro', '2', '3', 'baja 1'],
      ['Padre Las Casas', '3', '4', 'baja 1'],
      ['Temuco', '4', '5', 'baja 1'],
    ]);
    expect(res.body).toContain('5 de 5 municipios cambian de posición: 1 suben y 4 bajan. En promedio, un municipio se mueve 1,4 puestos.');
    expect(res.body).toContain('Victoria: del puesto 4 al 1');
    expect(res.body).toMatch(/<td class="num">83,3<\/td>/);
    expect(res.body).not.toMatch(/NaN|Infinity/);
    // Nothing is saved: the published method is still the default.
    expect((await t.app.inject({ url: '/api/v1/observatory/methodology' })).json().spec.pillarWeights.capacities).toBe(1);
  });

  it('refuses bad choices with errors linked to the fields, values kept (422)', async () => {
    const res = await get(official, query({ 'pilar.capacities': '-2', normalizacion: 'logistic', 'indicador.platforms.pisee': 'x' }));
    expect(res.statusCode).toBe(422);
    for (const field of ['pilar.capacities', 'normalizacion', 'indicador.platforms.pisee']) expect(res.body).toContain(`href="#f-${field}"`);
    expect(res.body).toContain('value="-2"');
    expect(res.body).toContain('value="x"');
    expect(res.body).not.toContain('Efecto en las posiciones');
  });

  it('a year without values is an error on the year, not an empty table', async () => {
    const res = await get(official, query({ anio: '2019' }));
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('No hay valores de indicadores para ese año.');
    expect(res.body).toContain('href="#f-anio"');
  });

  it('an unknown field is a malformed request', async () => {
    expect((await get(official, `${query({})}&pilar.nope=1`)).statusCode).toBe(400);
  });

  it('only stewards see the publish form, carrying the previewed choices', async () => {
    const q = query({ 'pilar.capacities': '5' });
    expect((await get(official, q)).body).not.toContain('action="/observatorio/metodologia/versiones"');
    const page = (await get(steward, q)).body;
    expect(page).toContain('action="/observatorio/metodologia/versiones"');
    expect(page).toContain('<input type="hidden" name="pilar.capacities" value="5"/>');
    expect(page).toContain('Publicar la versión 2 y recalcular');
  });

  it('speaks English', async () => {
    const res = await get(official, `${query({ 'pilar.capacities': '5' })}&lang=en`);
    expect(res.body).toContain('5 of 5 municipalities change rank: 1 move up and 4 move down.');
    expect(res.body).toContain('up 3');
  });
});
