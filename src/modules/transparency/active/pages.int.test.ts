// Reading what is published, by anyone: the index with each category's status on the institution's calendar, a
// category's table for the current or an older period with cursor pages, the CSV and JSON downloads, the Table
// Schema, the JSON API, the datasets registered for the open-data catalogue, and the demo seed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { ACTORS, type Browser } from '../../../test-support/people.js';
import { findInstitutionCalendar } from '../../../core/calendar/index.js';
import { findInstitution } from '../../../core/tenancy/queries.js';
import { ACTIVE_CATEGORIES } from './categories.js';
import { latestDuePeriod, shiftPeriod } from './schedule.js';
import { listActiveDatasets, today } from './service.js';
import { seedActiveDemo } from './seed.js';
import { TRANSFERS_CSV, uploadCsv } from './test-support.js';

let t: TestApp;
let official: Browser;
let due: string;
let dueOn: string;
const BASE = '/instituciones/temuco/transparencia/activa';
const month = (period: string, locale = 'es-CL') => new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${period}-01T00:00:00Z`));
const manyRows = (n: number) => `tramite;descripcion;requisitos;donde;en_linea;valor\n${Array.from({ length: n }, (_, i) => `Trámite ${i + 1};Descripción;Cédula;Municipalidad;sí;${1000 * (i + 1)}`).join('\n')}\n`;

beforeAll(async () => {
  t = await createTestApp();
  official = (await ACTORS.transparencyOfficial(t))!;
  const temuco = (await findInstitution(t.database.db, 'temuco'))!;
  ({ period: due, dueOn } = latestDuePeriod(today(), await findInstitutionCalendar(t.database.db, temuco.id)));
  for (const [category, period, csv] of [['transferencias', shiftPeriod(due, -1), TRANSFERS_CSV], ['tramites', shiftPeriod(due, -1), manyRows(3)],
    ['tramites', due, manyRows(60)]] as const) {
    const res = await uploadCsv(t, official, category, period, csv);
    if (res.statusCode !== 303) throw new Error(res.body);
  }
}, 90_000);
afterAll(async () => { await t.close(); });

describe('the index', () => {
  it('shows each category with its article letter and whether its monthly update is current, late or missing', async () => {
    const api = (await t.app.inject({ url: '/api/v1/transparency/active/temuco' })).json() as Array<Record<string, unknown>>;
    expect(api).toHaveLength(ACTIVE_CATEGORIES.length);
    expect(api.find((c) => c.key === 'tramites')).toMatchObject({ letter: 'h', period: due, status: 'current', schemaUrl: `${BASE}/tramites/schema.json` });
    expect(api.find((c) => c.key === 'transferencias')).toMatchObject({ letter: 'f', status: 'late', expectedPeriod: due });
    expect(api.find((c) => c.key === 'personal')).toMatchObject({ letter: 'd', period: null, status: 'missing' });
    const page = await t.app.inject({ url: BASE });
    expect(page.statusCode).toBe(200);
    const long = new Intl.DateTimeFormat('es-CL', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${dueOn}T00:00:00Z`));
    expect(page.body).toContain(`Atrasada: la información de ${month(due)} debía publicarse a más tardar el ${long}.`);
    expect(page.body).toContain('Art. 7 letra h)');
    expect((await t.app.inject({ url: '/instituciones/no-existe/transparencia/activa' })).statusCode).toBe(404);
  });
});

describe('a category', () => {
  it('shows the current period by pages of 50, with the period selector and the downloads', async () => {
    const page = await t.app.inject({ url: `${BASE}/tramites` });
    expect(page.body).toContain(`Período vigente: ${month(due)}.`);
    expect(page.body).toContain('<th scope="row">Trámite 50</th>');
    expect(page.body).not.toContain('Trámite 51<');
    expect(page.body).toMatch(new RegExp(`<option value="${due}" selected>`));
    expect(page.body).toContain(`href="${BASE}/tramites?periodo=${due}&amp;format=csv"`);
    const next = /href="([^"]+)" rel="next"/.exec(page.body)![1]!.replace(/&amp;/g, '&');
    const second = await t.app.inject({ url: next });
    expect(second.body).toContain('<th scope="row">Trámite 60</th>');
    expect(second.body).toContain('<td class="num">$60.000</td>');
    expect(second.body).not.toContain('Trámite 50<');
  });

  it('shows an older period on request, and 404 for one never published', async () => {
    const old = await t.app.inject({ url: `${BASE}/tramites?periodo=${shiftPeriod(due, -1)}`, headers: { 'accept-language': 'en' } });
    expect(old.body).toContain(`You are viewing period ${month(shiftPeriod(due, -1), 'en')}`);
    expect(old.body).toContain('Back to the current period');
    expect((await t.app.inject({ url: `${BASE}/tramites?periodo=2010-01` })).statusCode).toBe(404);
    expect((await t.app.inject({ url: `${BASE}/tramites?periodo=2010-1` })).statusCode).toBe(400);
    expect((await t.app.inject({ url: `${BASE}/no-existe` })).statusCode).toBe(404);
    expect((await t.app.inject({ url: `${BASE}/personal` })).body).toContain('Esta categoría aún no tiene información publicada.');
  });

  it('offers the publish link to its officials only', async () => {
    expect((await t.app.inject({ url: `${BASE}/tramites`, cookies: official.cookies })).body).toContain(`href="${BASE}/tramites/publicar"`);
    expect((await t.app.inject({ url: `${BASE}/tramites`, cookies: (await ACTORS.otherOfficial(t))!.cookies })).body).not.toContain('/publicar"');
  });

  it('downloads a period whole as CSV and JSON, typed as its Table Schema says', async () => {
    const csv = await t.app.inject({ url: `${BASE}/tramites?format=csv` });
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const lines = csv.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines).toHaveLength(61);
    expect(lines[0]).toBe('tramite,descripcion,requisitos,valor,donde,en_linea,enlace');
    expect(lines[60]).toBe('Trámite 60,Descripción,Cédula,60000,Municipalidad,true,');
    const json = await t.app.inject({ url: `${BASE}/transferencias?format=json&periodo=${shiftPeriod(due, -1)}` });
    expect(json.json()[0]).toEqual({ fecha: '2026-10-05', receptor: 'Junta de Vecinos Villa Ejemplo', finalidad: 'Sede comunitaria', imputacion: null, acto: null, monto: 3500000 });
    expect((await t.app.inject({ url: `${BASE}/personal?format=csv` })).statusCode).toBe(404);
    const again = await t.app.inject({ url: `${BASE}/tramites?format=csv`, headers: { 'if-none-match': String(csv.headers.etag) } });
    expect([again.statusCode, again.body]).toEqual([304, '']);
  });

  it('publishes its Table Schema in the reader\'s language', async () => {
    const schema = (await t.app.inject({ url: `${BASE}/personal/schema.json` })).json();
    expect(schema.fields.find((f: { name: string }) => f.name === 'remuneracion_bruta')).toEqual({ name: 'remuneracion_bruta', title: 'Remuneración bruta mensual',
      type: 'integer', description: 'Pesos chilenos (CLP).', constraints: { required: true, minimum: 0 } });
    const en = (await t.app.inject({ url: `${BASE}/personal/schema.json?lang=en` })).json();
    expect(en.fields[0]).toMatchObject({ name: 'vinculo', title: 'Contract type', constraints: { enum: ['Planta', 'Contrata', 'Honorarios', 'Código del Trabajo'] } });
  });
});

describe('the JSON API', () => {
  it('gives a period\'s rows by cursor with the periods published', async () => {
    const first = (await t.app.inject({ url: '/api/v1/transparency/active/temuco/tramites?limit=40' })).json();
    expect(first).toMatchObject({ category: 'tramites', letter: 'h', period: due, periods: [{ period: due }, { period: shiftPeriod(due, -1) }] });
    expect(first.items).toHaveLength(40);
    const second = (await t.app.inject({ url: `/api/v1/transparency/active/temuco/tramites?limit=40&cursor=${first.next}` })).json();
    expect([second.items.length, second.items[19].valor, second.next]).toEqual([20, 60000, null]);
    const old = (await t.app.inject({ url: `/api/v1/transparency/active/09101/tramites?period=${shiftPeriod(due, -1)}` })).json();
    expect(old.items).toHaveLength(3);
    expect((await t.app.inject({ url: '/api/v1/transparency/active/temuco/tramites?cursor=bad' })).statusCode).toBe(400);
  });
});

describe('registered with the open-data catalogue, and the demo', () => {
  it('lists one dataset per institution and category with data', async () => {
    const datasets = await listActiveDatasets(t.database.db);
    expect(datasets.map((d) => d.key).sort()).toEqual(['transparencia-activa-temuco-tramites', 'transparencia-activa-temuco-transferencias']);
    expect(datasets.find((d) => d.key === 'transparencia-activa-temuco-tramites')).toMatchObject({
      title: 'Trámites y requisitos (transparencia activa)', landingPage: `${BASE}/tramites`, frequency: 'MONTHLY',
      distributions: [{ format: 'CSV', url: `${BASE}/tramites?format=csv`, mediaType: 'text/csv' }, { format: 'JSON', url: `${BASE}/tramites?format=json`, mediaType: 'application/json' },
        { format: 'JSON', url: `${BASE}/tramites/schema.json` }],
    });
  });

  it('seeds three months of every category for Temuco, acts a month behind', async () => {
    expect(await t.database.db.transaction((tx) => seedActiveDemo(tx))).toBe(23);
    const api = (await t.app.inject({ url: '/api/v1/transparency/active/temuco' })).json() as Array<Record<string, unknown>>;
    expect(api.filter((c) => c.status === 'current').map((c) => c.key).sort()).toEqual(ACTIVE_CATEGORIES.map((c) => c.key).filter((k) => k !== 'actos-con-efectos-sobre-terceros').sort());
    expect(api.find((c) => c.key === 'actos-con-efectos-sobre-terceros')).toMatchObject({ status: 'late' });
    const staff = (await t.app.inject({ url: '/api/v1/transparency/active/temuco/personal' })).json();
    expect(staff.items.every((r: { nombre: string }) => r.nombre.includes('Ejemplo'))).toBe(true);
    expect((await listActiveDatasets(t.database.db)).length).toBe(ACTIVE_CATEGORIES.length);
  });
});
