import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { insertHandMadeRequest } from './test-support.js';
import { median } from './queries.js';
import { listStatisticsDatasets } from './datasets.js';
import { formatShare } from './views/parts.js';

let t: TestApp;
const PAGE = '/instituciones/temuco/transparencia/estadisticas';
const row = (label: string, value: string | number) => `<th scope="row">${label}</th><td class="num">${value}</td>`;

beforeAll(async () => {
  t = await createTestApp();
  const add = (x: Parameters<typeof insertHandMadeRequest>[1]) => insertHandMadeRequest(t, x);
  // Temuco, filed in 2025 (Santiago time): eight requests whose figures are worked out by hand.
  // Answered on time, 13 business days after receipt (3–20 March 2025).
  await add({ filed: '2025-03-03T09:00', state: 'answered', dueOn: '2025-03-31', answer: { kind: 'delivered', at: '2025-03-20T12:00' } });
  // Denied under art. 21 nº 2, late: 22 business days (1 April – 5 May 2025: Viernes Santo 18 Apr and 1 May skipped).
  await add({ filed: '2025-04-01T09:00', state: 'answered', dueOn: '2025-04-30', answer: { kind: 'denied', at: '2025-05-05T10:00', cause: '21.2' } });
  // Extended, partly delivered (art. 21 nº 1 c) at 23:30 of the last day of the extension: on time (UTC is already the 15th).
  await add({ filed: '2025-06-02T09:00', state: 'answered', dueOn: '2025-06-30', extendedDueOn: '2025-07-14',
    answer: { kind: 'partially_delivered', at: '2025-07-14T23:30', cause: '21.1.c' } });
  await add({ filed: '2025-11-03T09:00', state: 'in_progress', dueOn: '2025-12-01' }); // overdue today
  await add({ filed: '2025-11-10T09:00', state: 'awaiting_correction' }); // pending, its clock stopped
  await add({ filed: '2025-08-04T09:00', state: 'transferred', dueOn: '2025-09-01' });
  await add({ filed: '2025-09-01T09:00', state: 'withdrawn', dueOn: '2025-09-29' });
  // 00:30 on New Year's Day in Chile (03:30 UTC): 2025; due in the future, so pending and not overdue.
  await add({ filed: '2025-01-01T00:30', state: 'received', dueOn: '2099-01-30' });
  // 23:30 on New Year's Eve in Chile (02:30 UTC on 1 January): still 2024.
  await add({ filed: '2024-12-31T23:30', state: 'answered', receivedOn: '2025-01-02', dueOn: '2025-01-30', answer: { kind: 'not_held', at: '2025-01-06T10:00' } });
  await add({ institution: 'valdivia', filed: '2025-05-05T10:00', state: 'answered', dueOn: '2025-06-03', answer: { kind: 'already_public', at: '2025-05-06T10:00' } });
});
afterAll(async () => { await t.close(); });

describe('one institution\'s statistics', () => {
  it('counts a year\'s requests by outcome, kind of answer and art. 21 ground, with the median business days', async () => {
    const res = await t.app.inject({ url: `${PAGE}?anio=2025` });
    expect(res.statusCode).toBe(200);
    const b = res.body;
    for (const [label, value] of [['Recibidas', 8], ['Respondidas', 3], ['Respondidas dentro de plazo', 2], ['Respondidas fuera de plazo', 1],
      ['En trámite', 3], ['Vencidas sin respuesta hoy', 1], ['Con prórroga', 1], ['Derivadas a otro organismo', 1], ['Desistidas', 1],
      ['Información entregada', 1], ['Entregada en parte', 1]] as const) expect(b).toContain(row(label, value));
    expect(b).toMatch(/<th scope="row">Art\. 21 nº 2<span class="cell-note">Afecta los derechos de las personas[^<]+<\/span><\/th><td class="num">1<\/td>/);
    expect(b).toMatch(/<th scope="row">Art\. 21 nº 1 c\)<span class="cell-note">[^<]+<\/span><\/th><td class="num">1<\/td>/);
    expect(b).toMatch(/<th scope="row">Art\. 21 nº 1 a\)<span class="cell-note">[^<]+<\/span><\/th><td class="num">0<\/td>/);
    expect(b).toContain(`<dt>Mediana de días hábiles para responder</dt><dd>22</dd>`);
    expect(b).toContain(`<dt>% respondidas a tiempo</dt><dd>${formatShare(2 / 3, 'es-CL')}</dd>`);
    expect(b).toContain(`<span class="bar-value">2 (${formatShare(2 / 3, 'es-CL')})</span>`);
    expect(b).toContain('<caption>Solicitudes presentadas en 2025, por resultado</caption>');
    expect(b).toMatch(/<li><a href="[^"]+\?anio=2026">2026<\/a><\/li><li><span aria-current="page">2025<\/span><\/li><li><a href="[^"]+\?anio=2024">2024<\/a>/);
  });

  it('counts a request in the year it was filed in Chile, and says when a year has none', async () => {
    const y2024 = await t.app.inject({ url: `${PAGE}?anio=2024` });
    expect(y2024.body).toContain(row('Recibidas', 1));
    expect(y2024.body).toContain(row('La institución no tiene la información', 1));
    const thisYear = await t.app.inject({ url: PAGE });
    expect(thisYear.body).toContain(`No hay solicitudes presentadas en ${new Date().getUTCFullYear()}.`);
  });

  it('is in English too, and refuses an unknown institution or a malformed year', async () => {
    const en = await t.app.inject({ url: `${PAGE}?anio=2025&lang=en` });
    expect(en.body).toContain(row('Answered late', 1));
    expect(en.body).toContain('<dt>Median business days to answer</dt><dd>22</dd>');
    expect((await t.app.inject({ url: '/instituciones/atlantida/transparencia/estadisticas' })).statusCode).toBe(404);
    expect((await t.app.inject({ url: `${PAGE}?anio=dos-mil` })).statusCode).toBe(400);
    expect((await t.app.inject({ url: `${PAGE}?anio=1990` })).statusCode).toBe(400);
  });

  it('downloads every year with requests as CSV, one row each, newest first', async () => {
    const res = await t.app.inject({ url: `${PAGE}.csv` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    const [header, y2025, y2024, end] = res.body.replace(/^\uFEFF/, '').split('\r\n');
    expect(header).toBe('institution,institutionName,year,received,answered,answeredOnTime,answeredLate,onTimeShare,pending,overdue,extended,transferred,withdrawn,'
      + 'answers_delivered,answers_partially_delivered,answers_denied,answers_not_held,answers_already_public,'
      + 'denied_21_1_a,denied_21_1_b,denied_21_1_c,denied_21_2,denied_21_3,denied_21_4,denied_21_5,medianBusinessDays');
    expect(y2025).toBe('temuco,Municipalidad de Temuco,2025,8,3,2,1,0.6667,3,1,1,1,1,1,1,1,0,0,0,0,1,1,0,0,0,22');
    expect(y2024).toMatch(/^temuco,Municipalidad de Temuco,2024,1,1,1,0,1,0,0,0,0,0,0,0,0,1,0,/);
    expect(end).toBe('');
  });
});

describe('the installation-wide table', () => {
  it('has a row per institution with requests that year, totals, and the same figures as CSV and JSON', async () => {
    const res = await t.app.inject({ url: '/transparencia/estadisticas?anio=2025' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<caption>Solicitudes presentadas en 2025, por institución</caption>');
    expect(res.body).toMatch(/<th scope="row"><a href="\/instituciones\/temuco\/transparencia\/estadisticas\?anio=2025">Municipalidad de Temuco<\/a><\/th><td class="num">8<\/td><td class="num">3<\/td>/);
    expect(res.body).toMatch(/<tfoot><tr><th scope="row">Total<\/th><td class="num">9<\/td><td class="num">4<\/td><td class="num">3<\/td><td class="num">1<\/td>/);
    const csv = (await t.app.inject({ url: '/transparencia/estadisticas.csv?anio=2025' })).body.split('\r\n');
    expect(csv).toHaveLength(4);
    expect(csv[1]).toMatch(/^temuco,/);
    expect(csv[2]).toMatch(/^valdivia,Municipalidad de Valdivia,2025,1,1,1,0,1,/);
    const json = (await t.app.inject({ url: '/api/v1/transparency/statistics?year=2025' })).json();
    expect(json.map((r: { institution: string }) => r.institution)).toEqual(['temuco', 'valdivia']);
    expect(json[0]).toMatchObject({ received: 8, answeredOnTime: 2, overdue: 1, denied_21_2: 1, medianBusinessDays: 22 });
    expect(Object.keys(json[0])).not.toContain('requesterEmail');
    const one = (await t.app.inject({ url: '/api/v1/transparency/statistics?institution=temuco' })).json();
    expect(one.map((r: { year: number }) => r.year)).toEqual([2025, 2024]);
    expect((await t.app.inject({ url: '/api/v1/transparency/statistics?institution=atlantida' })).statusCode).toBe(404);
  });

  it('says when nobody filed a request that year', async () => {
    const res = await t.app.inject({ url: '/transparencia/estadisticas?anio=2023' });
    expect(res.body).toContain('No hay solicitudes presentadas en 2023.');
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([])).toBeNull();
    expect(median([29, 13, 22])).toBe(22);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe('in the open-data catalogue', () => {
  it('lists one dataset per institution with requests, with its CSV and JSON, both of which answer', async () => {
    const datasets = await listStatisticsDatasets(t.database.db);
    expect(datasets.map((d) => d.landingPage).sort()).toEqual(['/instituciones/temuco/transparencia/estadisticas', '/instituciones/valdivia/transparencia/estadisticas']);
    // Each institution's entry has its own key: the catalogue names entries <module>-<key>, one entry per name.
    expect(new Set(datasets.map((d) => d.key)).size).toBe(2);
    const temuco = datasets.find((d) => d.landingPage.includes('temuco'))!;
    expect(temuco).toMatchObject({ key: 'estadisticas-solicitudes-temuco', frequency: 'DAILY', temporal: { start: '2024-01-01', end: null } });
    for (const d of temuco.distributions) expect((await t.app.inject({ url: d.url })).statusCode).toBe(200);
  });
});
