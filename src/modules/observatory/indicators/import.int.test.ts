// Importing values through the stewards' page and the API: who may (per role), what a bad file does (422, every
// problem by line in the reader's language, nothing written), what a good one writes (origin 'import', an audit row
// with counts) and a re-import (updates the values it carries, keeps the others).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { ACTORS, apiTokenFor, type ActorKind, type Browser } from '../../../test-support/people.js';
import { countAudit, postValues, storedValues, uploadValues, VALUES_CSV } from './test-support.js';
import { IMPORT_PATH } from './present.js';

let t: TestApp;
let steward: Browser;
beforeAll(async () => {
  t = await createTestApp();
  steward = (await ACTORS.observatorySteward(t))!;
}, 180_000);
afterAll(async () => { await t.close(); });

const BAD = 'cut;year;indicator;value;source\n09101;2023;capacities.professionalisation;41,5;SINIM\n12202;2023;context.population;10;SINIM\n09101;2023;context.rural_share;140;SINIM\n';

describe('who may import', () => {
  it.each([
    ['anonymous', 401], ['resident', 403], ['budgetOfficial', 403], ['regionalTeam', 403], ['observatoryOfficial', 403], ['admin', 403], ['otherOfficial', 403],
  ] satisfies Array<[ActorKind, number]>)('%s → %s on the page and the API, nothing written', async (who, status) => {
    const actor = await ACTORS[who](t);
    expect((await uploadValues(t, actor, VALUES_CSV)).statusCode).toBe(status);
    expect((await postValues(t, actor, VALUES_CSV)).statusCode).toBe(status);
    if (actor) expect((await t.app.inject({ url: IMPORT_PATH, cookies: actor.cookies })).statusCode).toBe(status);
    expect(await storedValues(t)).toEqual([]);
  });

  it('sends the anonymous to sign in, and refuses the steward without the CSRF token', async () => {
    expect((await t.app.inject({ url: IMPORT_PATH })).headers.location).toBe(`/ingresar?next=${encodeURIComponent(IMPORT_PATH)}`);
    expect((await uploadValues(t, steward, VALUES_CSV, { csrf: false })).statusCode).toBe(403);
    expect(await storedValues(t)).toEqual([]);
  });

  it('shows the form to the steward and the platform admin', async () => {
    const page = await t.app.inject({ url: IMPORT_PATH, cookies: steward.cookies });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('enctype="multipart/form-data"');
    expect((await t.app.inject({ url: IMPORT_PATH, cookies: (await ACTORS.platformAdmin(t))!.cookies })).statusCode).toBe(200);
  });
});

describe('a bad file', () => {
  it('is refused whole on the page: every problem by line, the file asked again, nothing written', async () => {
    const res = await uploadValues(t, steward, BAD);
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('El archivo tiene 2 problemas: no se guardó nada.');
    expect(res.body).toMatch(/<th scope="row" class="num">3<\/th><td>La comuna 12202 no tiene municipio/);
    expect(res.body).toMatch(/<th scope="row" class="num">4<\/th><td>Un porcentaje no puede superar 100 \(140\)/);
    expect(res.body).toContain('name="file" type="file"');
    expect(await storedValues(t)).toEqual([]);
    expect(await countAudit(t, 'observatory.values.import')).toBe(0);
  });

  it('is refused whole by the API (422, every problem by line); so are no file on the page and a JSON body (415)', async () => {
    const res = await postValues(t, steward, BAD);
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ error: 'invalid_file', total: 2, problems: [{ line: 3, code: 'no_municipality' }, { line: 4, code: 'percent' }] });
    const one = await postValues(t, steward, 'cut,year,indicator,value,source\n09101,2023,context.poverty,-1,CASEN\n');
    expect(one.json()).toMatchObject({ message: 'El archivo tiene un problema: no se guardó nada.', problems: [{ line: 2, code: 'negative', message: 'El valor -1 no puede ser negativo.' }] });
    expect((await uploadValues(t, steward, null)).statusCode).toBe(422);
    const json = await t.app.inject({ method: 'POST', url: '/api/v1/observatory/values/import', payload: { a: 1 },
      headers: { authorization: `Bearer ${await apiTokenFor(t, steward.personId)}` } });
    expect(json.statusCode).toBe(415);
    expect(await storedValues(t)).toEqual([]);
  });
});

describe('a good file', () => {
  it('is imported by the steward: origin import, an audit row with counts; a re-import updates what it carries', async () => {
    const res = await uploadValues(t, steward, VALUES_CSV);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/observatorio/indicadores');
    expect(await storedValues(t)).toEqual([
      { cut: '09101', year: 2022, indicator: 'context.poverty', value: 12.5, origin: 'import', source: 'CASEN', provenance: null },
      { cut: '09101', year: 2023, indicator: 'capacities.professionalisation', value: 41.5, origin: 'import', source: 'SINIM', provenance: null },
      { cut: '14101', year: 2023, indicator: 'capacities.professionalisation', value: 38, origin: 'import', source: 'SINIM', provenance: null },
    ]);
    const again = await postValues(t, (await ACTORS.platformAdmin(t))!, 'cut,year,indicator,value,source\n09101,2023,capacities.professionalisation,44,SINIM 2024\n09101,2021,context.poverty,13,CASEN\n');
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual({ rows: 2, inserted: 1, updated: 1, years: [2021, 2023] });
    const stored = await storedValues(t);
    expect(stored).toHaveLength(4);
    expect(stored.find((v) => v.cut === '09101' && v.year === 2023)).toMatchObject({ value: 44, source: 'SINIM 2024' });
    expect(stored.find((v) => v.cut === '14101')).toMatchObject({ value: 38 });
    expect(await countAudit(t, 'observatory.values.import')).toBe(2);
  });
});
