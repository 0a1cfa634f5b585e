// The impact commands on a real database: each refusal is an InvalidField (or every problem at once for a batch) with
// nothing written; writes upsert, keep gaps, and leave a public audit row; the review snapshot follows series.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { queryRows } from '../../../core/db/client.js';
import { InvalidField } from '../../../core/http/errors.js';
import type { ServiceRecord } from '../registry/queries.js';
import { defineIndicator, editIndicator } from './commands/define-indicator.js';
import { removeTarget, setTarget } from './commands/targets.js';
import { RefusedValues, recordMonth, upsertValues } from './commands/record-values.js';
import { snapshotIndicators } from './snapshot.js';
import { listIndicatorsWithSeries, type IndicatorRow } from './queries.js';
import { TEST_CURRENT_MONTH as NOW, indicatorInput, insertServiceWithIndicators } from './test-support.js';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); }, 120_000);
afterAll(async () => { await t.close(); });

const actor = { id: null, label: 'test' };
const count = async (q: ReturnType<typeof sql>) => Number((await queryRows<{ n: number }>(t.database.db, q))[0]!.n);
const audits = (action: string) => count(sql`select count(*) as n from audit_log where action = ${action}`);
const refusal = async (run: () => Promise<unknown>) => {
  try { await run(); } catch (e) { if (e instanceof RefusedValues) return e.problems.map((p) => `${p.at}:${p.field}:${p.code}`); if (e instanceof InvalidField) return `${e.field}:${e.messageKey}`; throw e; }
  return null;
};
const tx = <T>(run: (tx: Parameters<Parameters<typeof t.database.db.transaction>[0]>[0]) => Promise<T>) => t.database.db.transaction(run);

describe('defining and editing indicators', () => {
  let service: ServiceRecord;
  let count1: IndicatorRow;
  beforeAll(async () => {
    const made = await insertServiceWithIndicators(t, [{ values: [['2026-09', 1500]] }]);
    service = made.service;
    count1 = made.indicators[0]!;
  });

  it('refuses malformed, reserved and taken codes and short names, writing nothing', async () => {
    const before = await count(sql`select count(*) as n from services_indicators where service_id = ${service.id}`);
    const define = (extra: object) => refusal(() => tx((x) => defineIndicator(x, service, indicatorInput({ code: 'otro', ...extra }), actor)));
    expect(await define({ code: 'Permisos En Línea' })).toBe('code:services.impact.error.code');
    expect(await define({ code: 'doble--guion' })).toBe('code:services.impact.error.code');
    expect(await define({ code: 'a' })).toBe('code:services.impact.error.code');
    expect(await define({ code: 'mes' })).toBe('code:services.impact.error.codeReserved');
    expect(await define({ code: 'permisos-en-linea' })).toBe('code:services.impact.error.codeTaken');
    expect(await define({ name: ' x ' })).toBe('name:services.impact.error.name');
    expect(await count(sql`select count(*) as n from services_indicators where service_id = ${service.id}`)).toBe(before);
  });

  it('defines one with its audit row, and refuses a unit its values do not fit', async () => {
    const auditsBefore = await audits('services.indicator.define');
    const row = await tx((x) => defineIndicator(x, service, indicatorInput({ code: 'satisfaccion', name: 'Satisfacción', unit: 'grade_1_7', kind: 'satisfaction' }), actor));
    expect(row).toMatchObject({ code: 'satisfaccion', position: 1 });
    expect(await audits('services.indicator.define')).toBe(auditsBefore + 1);
    // 1500 permits is not a share: the unit cannot become percent while that value stands.
    expect(await refusal(() => tx((x) => editIndicator(x, service, count1, indicatorInput({ unit: 'percent' }), actor)))).toBe('unit:services.impact.error.unitValues');
    const edited = await tx((x) => editIndicator(x, service, count1, indicatorInput({ name: 'Permisos pedidos en línea', direction: 'up' }), actor));
    expect(edited.name).toBe('Permisos pedidos en línea');
  });
});

describe('targets', () => {
  it('sets (replacing one of the same month) and removes, refusing bad months and values', async () => {
    const { service, indicators: [pct] } = await insertServiceWithIndicators(t, [{ code: 'en-linea', unit: 'percent' }]);
    const set = (month: string, value: number) => refusal(() => tx((x) => setTarget(x, service, pct!, { month, value }, actor, NOW)));
    expect(await set('2026-13', 50)).toBe('month:services.impact.problem.month');
    expect(await set('2046-01', 50)).toBe('month:services.impact.problem.month');
    expect(await set('2027-06', 120)).toBe('value:services.impact.problem.percent');
    expect(await set('2027-06', Number.NaN)).toBe('value:services.impact.problem.not_finite');
    expect(await set('2027-06', 40)).toBeNull(); // a future month is what targets are for
    expect(await set('2027-06', 45)).toBeNull();
    const [ind] = await listIndicatorsWithSeries(t.database.db, service.id);
    expect(ind!.targets).toEqual([{ month: '2027-06', value: 45 }]);
    expect(await tx((x) => removeTarget(x, service, pct!, '2027-06', actor))).toBe(true);
    expect(await tx((x) => removeTarget(x, service, pct!, '2027-06', actor))).toBe(false);
  });
});

describe('recording values', () => {
  it('refuses a batch with any bad value, listing every problem, and writes nothing', async () => {
    const { service, indicators: [n, pct, grade] } = await insertServiceWithIndicators(t, [{}, { code: 'pct', unit: 'percent' }, { code: 'nota', unit: 'grade_1_7' }]);
    const rows = [
      { indicator: n!, month: '2026-09', value: 10, at: 0 },
      { indicator: n!, month: '2026-10', value: Number.POSITIVE_INFINITY, at: 1 },
      { indicator: pct!, month: '2026-10', value: 100.1, at: 2 },
      { indicator: grade!, month: '2026-10', value: 0.5, at: 3 },
      { indicator: n!, month: '2026-12', value: 3, at: 4 },
      { indicator: n!, month: '2026-09', value: 11, at: 5 },
      { indicator: n!, month: '2026-08', value: -1, at: 6 },
    ];
    expect(await refusal(() => tx((x) => upsertValues(x, service, rows, 'api', actor, NOW)))).toEqual([
      '1:value:not_finite', '2:value:percent', '3:value:grade', '4:month:future', '5:month:duplicate', '6:value:negative',
    ]);
    expect(await count(sql`select count(*) as n from services_indicator_values v join services_indicators i on i.id = v.indicator_id where i.service_id = ${service.id}`)).toBe(0);
  });

  it('upserts by indicator and month with the origin, counting new and replaced values, with one audit row', async () => {
    const { service, indicators: [n] } = await insertServiceWithIndicators(t, [{ values: [['2026-08', 5]] }]);
    const before = await audits('services.indicator.values.import');
    const out = await tx((x) => upsertValues(x, service, [{ indicator: n!, month: '2026-08', value: 6, at: 0 }, { indicator: n!, month: '2026-09', value: 7, at: 1 }], 'import', actor, NOW));
    expect(out).toEqual({ rows: 2, inserted: 1, updated: 1, months: ['2026-08', '2026-09'] });
    expect(await audits('services.indicator.values.import')).toBe(before + 1);
    const [ind] = await listIndicatorsWithSeries(t.database.db, service.id);
    expect(ind!.values).toEqual([{ month: '2026-08', value: 6, origin: 'import' }, { month: '2026-09', value: 7, origin: 'import' }]);
  });

  it('records a month for several indicators, an empty box removing that month\'s value (a gap, not a zero)', async () => {
    const { service, indicators: [a, b] } = await insertServiceWithIndicators(t, [{ values: [['2026-10', 100]] }, { code: 'segundo', values: [['2026-10', 3]] }]);
    expect(await tx((x) => recordMonth(x, service, '2026-10', [{ indicator: a!, value: 120 }, { indicator: b!, value: null }], actor, NOW))).toEqual({ recorded: 1, removed: 1 });
    const [ia, ib] = await listIndicatorsWithSeries(t.database.db, service.id);
    expect(ia!.values).toEqual([{ month: '2026-10', value: 120, origin: 'entered' }]);
    expect(ib!.values).toEqual([]);
    expect(await refusal(() => tx((x) => recordMonth(x, service, '2027-01', [{ indicator: a!, value: 1 }], actor, NOW)))).toEqual(['-1:month:future']);
  });
});

describe('the review snapshot', () => {
  it('takes the latest value up to the month and the target it was heading for, never one past the last target', async () => {
    const { service } = await insertServiceWithIndicators(t, [
      { values: [['2026-01', 100], ['2026-03', 130], ['2026-08', 200]], targets: [['2026-02', 110], ['2026-06', 180]] },
      { code: 'sin-datos', unit: 'percent', targets: [['2026-12', 50]] },
    ]);
    const at = (month: string) => snapshotIndicators(t.database.db, service.id, month);
    expect((await at('2026-02'))[0]).toMatchObject({ month: '2026-01', value: 100, target: 110 });
    expect((await at('2026-05'))[0]).toMatchObject({ month: '2026-03', value: 130, target: 180 });
    expect((await at('2026-09'))[0]).toMatchObject({ month: '2026-08', value: 200, target: null });
    expect((await at('2026-09'))[1]).toMatchObject({ code: 'sin-datos', month: null, value: null, target: 50 });
  });
});
