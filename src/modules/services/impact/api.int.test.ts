// The indicators API: the public JSON (series with gaps as null, targets judged, latest value), the CSV in the
// import's own format, and the values POST — per role, all or nothing with every refused item named by index.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { ACTORS, apiTokenFor, signedIn, type ActorKind } from '../../../test-support/people.js';
import { listIndicatorsWithSeries } from './queries.js';
import { parseValuesCsv } from './csv.js';
import { insertServiceWithIndicators } from './test-support.js';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); }, 120_000);
afterAll(async () => { await t.close(); });

const tokenOf = async (kind: ActorKind) => { const b = await ACTORS[kind](t); return b ? apiTokenFor(t, b.personId) : null; };
const post = (slug: string, token: string | null, payload: object) => t.app.inject({
  method: 'POST', url: `/api/v1/services/${slug}/indicators/values`, headers: token ? { authorization: `Bearer ${token}` } : {}, payload,
});

describe('reading', () => {
  it('gives definitions, the series over its span with gaps as null, targets judged on their own month, and the latest value', async () => {
    const { service } = await insertServiceWithIndicators(t, [{ code: 'dias', name: 'Días hasta el permiso', unit: 'days', direction: 'down',
      values: [['2025-10', 20], ['2026-08', 12], ['2026-10', 9.5]], targets: [['2026-08', 10], ['2026-10', 10]] }]);
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/services/${service.slug}/indicators` });
    expect(res.statusCode).toBe(200);
    const [ind] = res.json().indicators;
    expect(ind).toMatchObject({ code: 'dias', unit: 'days', direction: 'down', method: 'Registro del sistema.' });
    expect(ind.series).toHaveLength(13); // 2025-10 to 2026-10
    expect(ind.series[1]).toEqual({ month: '2025-11', value: null, origin: null, target: 10 });
    expect(ind.series.at(-1)).toEqual({ month: '2026-10', value: 9.5, origin: 'entered', target: 10 });
    expect(ind.targets).toEqual([{ month: '2026-08', value: 10, actual: 12, outcome: 'missed' }, { month: '2026-10', value: 10, actual: 9.5, outcome: 'met' }]);
    expect(ind.latest).toEqual({ month: '2026-10', value: 9.5, previousMonth: null, previousYear: { from: 20, delta: -10.5, ratio: -0.525 } });
    expect(ind.years).toEqual([{ year: 2025, kind: 'mean', value: 20, months: 1 }, { year: 2026, kind: 'mean', value: 10.75, months: 2 }]);
    expect(JSON.stringify(res.json())).not.toMatch(/recordedBy|leadPersonId|@/);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/services/no-existe/indicators' })).statusCode).toBe(404);
  });

  it('exports the CSV in the import\'s format, so it reads back as the same rows', async () => {
    const { service, indicators } = await insertServiceWithIndicators(t, [{ values: [['2026-09', 812], ['2026-10', 900.5]] }, { code: 'nota', unit: 'grade_1_7', values: [['2026-10', 5.8]] }]);
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/services/${service.slug}/indicators.csv` });
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    expect(res.body).toBe('\uFEFFindicator,month,value\r\npermisos-en-linea,2026-09,812\r\npermisos-en-linea,2026-10,900.5\r\nnota,2026-10,5.8\r\n');
    const back = parseValuesCsv(res.rawPayload, indicators, '2026-11');
    expect(back.ok && back.rows.map((r) => [r.indicator.code, r.month, r.value])).toEqual([['permisos-en-linea', '2026-09', 812], ['permisos-en-linea', '2026-10', 900.5], ['nota', '2026-10', 5.8]]);
  });
});

describe('writing', () => {
  const table: Array<[ActorKind, number]> = [['anonymous', 401], ['resident', 403], ['otherOfficial', 403], ['incubatorTeam', 403], ['otherAdmin', 403],
    ['servicesOfficial', 200], ['admin', 200]];
  it.each(table)('%s → %i', async (kind, status) => {
    const { service } = await insertServiceWithIndicators(t, [{}]);
    const res = await post(service.slug, await tokenOf(kind), { values: [{ indicator: 'permisos-en-linea', month: '2026-09', value: 10 }] });
    expect(res.statusCode).toBe(status);
    expect((await listIndicatorsWithSeries(t.database.db, service.id))[0]!.values).toHaveLength(status === 200 ? 1 : 0);
  });

  it('lets the lead official write with a token, recording origin api', async () => {
    const lead = await signedIn(t, 'official', 'valdivia', []);
    const { service } = await insertServiceWithIndicators(t, [{ values: [['2026-09', 1]] }], { leadPersonId: lead.personId });
    const res = await post(service.slug, await apiTokenFor(t, lead.personId), { values: [
      { indicator: 'permisos-en-linea', month: '2026-09', value: 10 }, { indicator: 'permisos-en-linea', month: '2026-10', value: 12 }] });
    expect(res.json()).toEqual({ rows: 2, inserted: 1, updated: 1, months: ['2026-09', '2026-10'] });
    expect((await listIndicatorsWithSeries(t.database.db, service.id))[0]!.values.map((v) => v.origin)).toEqual(['api', 'api']);
  });

  it('refuses the whole batch, naming every item at fault, and writes nothing', async () => {
    const token = (await tokenOf('servicesOfficial'))!;
    const { service } = await insertServiceWithIndicators(t, [{}, { code: 'pct', unit: 'percent' }]);
    const res = await post(service.slug, token, { values: [
      { indicator: 'permisos-en-linea', month: '2026-09', value: 10 },
      { indicator: 'no-existe', month: '2026-09', value: 1 },
      { indicator: 'pct', month: '2026-09', value: 140 },
      { indicator: 'permisos-en-linea', month: '2999-01', value: 1 },
      { indicator: 'permisos-en-linea', month: '2026-09', value: 11 },
    ] });
    expect(res.statusCode).toBe(422);
    expect(res.json().problems.map((p: { index: number; code: string }) => [p.index, p.code])).toEqual([[1, 'indicator'], [2, 'percent'], [3, 'future'], [4, 'duplicate']]);
    expect(res.json().problems[1].message).toBe('Un porcentaje va de 0 a 100.');
    expect((await listIndicatorsWithSeries(t.database.db, service.id)).flatMap((i) => i.values)).toEqual([]);
    // JSON has no NaN or Infinity, but the schema coerces the string '1e999' to Infinity: the unit check refuses it.
    const infinite = await post(service.slug, token, { values: [{ indicator: 'pct', month: '2026-09', value: '1e999' }] });
    expect(infinite.statusCode).toBe(422);
    expect(infinite.json().problems[0].code).toBe('not_finite');
    // A malformed month or an empty list are schema errors.
    expect((await post(service.slug, token, { values: [{ indicator: 'pct', month: '2026-9', value: 1 }] })).statusCode).toBe(400);
    expect((await post(service.slug, token, { values: [] })).statusCode).toBe(400);
  });
});
