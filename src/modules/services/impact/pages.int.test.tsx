// The impact pages through app.inject: who may open the managers' pages (per role, the lead official too), the month
// form (prefilled, recorded, refused with every problem and nothing written), the CSV upload (problems by line), and
// what the public stats page and the service page's section show.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderToString } from 'preact-render-to-string';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { ACTORS, formPost, signedIn, type AccessTable, type Browser } from '../../../test-support/people.js';
import { MULTIPART_BOUNDARY, multipart } from '../../../test-support/multipart.js';
import { translator } from '../../../core/i18n/index.js';
import { insertTestIncubator } from '../test-support.js';
import { listIndicatorsWithSeries } from './queries.js';
import { loadImpactSection } from './section.js';
import { insertServiceWithIndicators } from './test-support.js';

let t: TestApp;
let lead: Browser;
beforeAll(async () => { t = await createTestApp(); lead = await signedIn(t, 'official', 'valdivia', []); }, 120_000);
afterAll(async () => { await t.close(); });

const get = (url: string, who: Browser | null) => t.app.inject({ method: 'GET', url, cookies: who?.cookies });
const seriesOf = async (serviceId: number) => (await listIndicatorsWithSeries(t.database.db, serviceId)).map((i) => [i.code, i.values.map((v) => [v.month, v.value])]);

describe('who may manage the indicators', () => {
  const table: AccessTable = [['anonymous', 401], ['resident', 403], ['participationOfficial', 403], ['otherOfficial', 403], ['incubatorTeam', 403],
    ['otherAdmin', 403], ['servicesOfficial', 200], ['admin', 200], ['platformAdmin', 200]];
  it.each(table)('%s → %i on the indicators, month and import pages; the stats page is public', async (kind, status) => {
    const { service } = await insertServiceWithIndicators(t, [{}]);
    const who = await ACTORS[kind](t);
    for (const path of ['indicadores', 'indicadores/mes', 'indicadores/importar', 'indicadores/permisos-en-linea']) {
      expect((await get(`/servicios/${service.slug}/${path}`, who)).statusCode, path).toBe(status);
    }
    expect((await get(`/servicios/${service.slug}/estadisticas`, who)).statusCode).toBe(200);
    const post = await t.app.inject({ url: `/servicios/${service.slug}/indicadores/mes`, ...formPost(who, [['month', '2026-09'], ['v-permisos-en-linea', '5']]) });
    // Nobody signed in has no CSRF token either: the app-wide check refuses the post first.
    expect(post.statusCode).toBe(status === 200 ? 303 : kind === 'anonymous' ? 403 : status);
  });

  it('lets the lead official manage without any permission, and a regional incubator\'s team', async () => {
    const regional = await insertTestIncubator(t.database.db, { institution: 'gore-la-araucania', kind: 'regional_programme', regionCode: '09' });
    const { service } = await insertServiceWithIndicators(t, [{}], { leadPersonId: lead.personId, incubatorId: regional.id });
    expect((await get(`/servicios/${service.slug}/indicadores/mes`, lead)).statusCode).toBe(200);
    expect((await get(`/servicios/${service.slug}/indicadores/mes`, await ACTORS.incubatorTeam(t))).statusCode).toBe(200);
    expect((await get('/servicios/no-existe/estadisticas', null)).statusCode).toBe(404);
  });
});

describe('the month form', () => {
  it('defaults to the previous month, prefills recorded values, and shows a chosen month', async () => {
    const { service } = await insertServiceWithIndicators(t, [{ values: [['2026-08', 1234.5]] }], { leadPersonId: lead.personId });
    const page = await get(`/servicios/${service.slug}/indicadores/mes?mes=2026-08`, lead);
    expect(page.body).toContain('value="1234,5"');
    expect(page.body).toContain('name="month" value="2026-08"');
    const byDefault = await get(`/servicios/${service.slug}/indicadores/mes`, lead);
    expect(byDefault.body).toMatch(/<option value="(\d{4}-\d{2})" selected/);
  });

  it('records every indicator of the month at once and redirects to the stats page', async () => {
    const { service } = await insertServiceWithIndicators(t, [{}, { code: 'satisfaccion', name: 'Satisfacción', unit: 'grade_1_7' }], { leadPersonId: lead.personId });
    const res = await t.app.inject({ url: `/servicios/${service.slug}/indicadores/mes`, ...formPost(lead, [['month', '2026-09'], ['v-permisos-en-linea', '812'], ['v-satisfaccion', '5,8']]) });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/servicios/${service.slug}/estadisticas`);
    expect(await seriesOf(service.id)).toEqual([['permisos-en-linea', [['2026-09', 812]]], ['satisfaccion', [['2026-09', 5.8]]]]);
  });

  it('refuses the whole month on any bad box, naming each, keeping what was typed, writing nothing', async () => {
    const { service } = await insertServiceWithIndicators(t, [{}, { code: 'satisfaccion', name: 'Satisfacción', unit: 'grade_1_7' }, { code: 'pct', name: 'En línea', unit: 'percent' }],
      { leadPersonId: lead.personId });
    const res = await t.app.inject({ url: `/servicios/${service.slug}/indicadores/mes`,
      ...formPost(lead, [['month', '2026-09'], ['v-permisos-en-linea', '812'], ['v-satisfaccion', '8'], ['v-pct', 'muchos']]) });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('href="#f-v-pct"');
    expect(res.body).toContain('value="muchos"');
    expect(res.body).toContain('value="812"');
    const grade = await t.app.inject({ url: `/servicios/${service.slug}/indicadores/mes`, ...formPost(lead, [['month', '2026-09'], ['v-satisfaccion', '8']]) });
    expect(grade.statusCode).toBe(422);
    expect(grade.body).toContain('Una nota va de 1,0 a 7,0.');
    const future = await t.app.inject({ url: `/servicios/${service.slug}/indicadores/mes`, ...formPost(lead, [['month', '2999-01'], ['v-satisfaccion', '6']]) });
    expect(future.statusCode).toBe(422);
    expect(await seriesOf(service.id)).toEqual([['permisos-en-linea', []], ['satisfaccion', []], ['pct', []]]);
  });
});

describe('the CSV upload', () => {
  const upload = (slug: string, who: Browser, text: string) => t.app.inject({
    method: 'POST', url: `/servicios/${slug}/indicadores/importar`, cookies: who.cookies,
    headers: { 'content-type': `multipart/form-data; boundary=${MULTIPART_BOUNDARY}` },
    payload: multipart([['_csrf', who.csrf]], { name: 'valores.csv', bytes: Buffer.from(text), type: 'text/csv' }),
  });

  it('imports a good file and lists every problem of a bad one by line, writing nothing', async () => {
    const { service } = await insertServiceWithIndicators(t, [{}], { leadPersonId: lead.personId });
    const bad = await upload(service.slug, lead, 'indicator;month;value\npermisos-en-linea;2026-08;10\notro;2026-08;1\npermisos-en-linea;2026-09;-2\n');
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toMatch(/<th scope="row" class="num">3<\/th><td>El servicio no tiene un indicador con código «otro»/);
    expect(bad.body).toMatch(/<th scope="row" class="num">4<\/th><td>El valor no puede ser negativo/);
    expect(await seriesOf(service.id)).toEqual([['permisos-en-linea', []]]);
    const good = await upload(service.slug, lead, 'indicator;month;value\npermisos-en-linea;2026-08;10,5\npermisos-en-linea;2026-09;12\n');
    expect(good.statusCode).toBe(303);
    expect(await seriesOf(service.id)).toEqual([['permisos-en-linea', [['2026-08', 10.5], ['2026-09', 12]]]]);
    expect((await upload(service.slug, await ACTORS.otherOfficial(t) as Browser, 'indicator,month,value\n')).statusCode).toBe(403);
  });
});

describe('the public stats page', () => {
  it('draws each value as a point, each target as a diamond, breaks the line at a gap, and tabulates every month', async () => {
    const { service } = await insertServiceWithIndicators(t, [{
      values: [['2026-06', 400], ['2026-07', 450], ['2026-09', 520], ['2026-10', 560]], targets: [['2026-09', 500], ['2026-12', 700]],
    }]);
    const page = await get(`/servicios/${service.slug}/estadisticas`, null);
    expect(page.statusCode).toBe(200);
    const points = [...page.body.matchAll(/<circle class="svc-impact-point" data-month="([\d-]+)" data-value="([\d.]+)"/g)].map((m) => [m[1], Number(m[2])]);
    expect(points).toEqual([['2026-06', 400], ['2026-07', 450], ['2026-09', 520], ['2026-10', 560]]);
    expect([...page.body.matchAll(/class="svc-impact-target-point" data-month="([\d-]+)"/g)].map((m) => m[1])).toEqual(['2026-09', '2026-12']);
    expect(page.body.match(/class="svc-impact-value-line"/g)).toHaveLength(2); // June–July, then September–October
    expect(page.body).toContain('<title id="c-permisos-en-linea-title">');
    // The table: June to December (the last target), newest first, the gap said in words, September's target met.
    const rows = [...page.body.matchAll(/<tr><th scope="row">([^<]+)<\/th>/g)].map((m) => m[1]);
    expect(rows).toEqual(['dic 2026', 'nov 2026', 'oct 2026', 'sept 2026', 'ago 2026', 'jul 2026', 'jun 2026']);
    expect(page.body).toMatch(/ago 2026<\/th><td class="num"><span class="svc-impact-gap">sin dato/);
    expect(page.body).toContain('✓ Cumplida');
    expect(page.body).toContain('+40 (+7,7\u00a0%)'); // October against September
    expect(page.body).toContain(`href="/api/v1/services/${service.slug}/indicators.csv"`);
  });

  it('shows the headline on the service page section, and nothing for a service without indicators', async () => {
    const { service } = await insertServiceWithIndicators(t, [{ values: [['2026-10', 560]], targets: [['2026-12', 700]] }]);
    const ctx = { locale: 'es-CL' as const, t: translator('es-CL'), actor: null, csrfToken: '', url: '/' };
    const html = renderToString(<>{await loadImpactSection(t.database.db, service, ctx)}</>);
    expect(html).toContain('<strong>560</strong>');
    expect(html).toContain('meta 700 a diciembre de 2026');
    expect(html).toContain(`href="/servicios/${service.slug}/estadisticas"`);
    const { service: empty } = await insertServiceWithIndicators(t, []);
    expect(await loadImpactSection(t.database.db, empty, ctx)).toBeNull();
  });
});
