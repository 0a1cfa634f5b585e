// The values computed from the other modules, on real activity made with those modules' own factories and checked by
// hand: transparency (on-time rate, median days, datasets), participation (processes opened, participants per 1,000),
// procurement (SME and local shares, bidders per lot), budget (technology share and per inhabitant). Then the refresh's
// rules: an imported value wins, unchanged values are left alone, and a value whose activity vanished is deleted.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { signedIn } from '../../../test-support/people.js';
import { queryRows } from '../../../core/db/client.js';
import { findInstitution } from '../../../core/tenancy/queries.js';
import { currentYearInChile } from './queries.js';
import { insertHandMadeRequest } from '../../transparency/statistics/test-support.js';
import { awardLot, createOpenedBid, createTestCall, createTestSupplier } from '../../procurement/test-support.js';
import { importReal } from '../../budget/test-support.js';
import { insertTestValues } from '../test-support.js';
import { refreshComputedIndicators } from './commands/refresh-computed.js';
import { countAudit, storedValues } from './test-support.js';
import { runIndicatorsTicker } from './ticker.js';

let t: TestApp;
const THIS_YEAR = currentYearInChile();
const refresh = (years?: number[]) => t.database.db.transaction((tx) => refreshComputedIndicators(tx, { id: null, label: 'test' }, years));
const computed = async (cut: string, year: number) => Object.fromEntries((await storedValues(t, sql`origin = 'computed' and cut = ${cut} and year = ${year}`))
  .map((v) => [v.indicator, v]));

async function makeParticipation() {
  const temuco = (await findInstitution(t.database.db, 'temuco'))!;
  const [p1, p2, p3] = [await signedIn(t), await signedIn(t), await signedIn(t)];
  const run = (q: ReturnType<typeof sql>) => queryRows<{ id: number }>(t.database.db, q);
  const process = async (startsAt: string) => {
    const [row] = await run(sql`insert into participation_processes (institution_id, title, description, scope, scope_code, created_by)
      values (${temuco.id}, 'Plan comunal', 'd', 'comuna', '09101', ${p1.personId}) returning id`);
    await run(sql`insert into participation_phases (process_id, institution_id, title, starts_at, ends_at, position, components)
      values (${row!.id}, ${temuco.id}, 'Consulta', ${startsAt}::timestamptz, '2025-12-31T12:00:00Z'::timestamptz, 1, '{consultation,debate}')`);
    return row!.id;
  };
  await process('2024-11-01T12:00:00Z');
  const opened2025 = await process('2025-03-01T12:00:00Z');
  const [c] = await run(sql`insert into participation_consultations (institution_id, process_id, title, opens_at, closes_at, results_at, created_by)
    values (${temuco.id}, ${opened2025}, 'Consulta', '2025-03-01T12:00:00Z', '2025-04-01T12:00:00Z', '2025-04-01T12:00:00Z', ${p1.personId}) returning id`);
  // Two signed-in respondents and one anonymous; p1 also comments (counted once) and p3 only comments: 4 people.
  await run(sql`insert into participation_consultation_responses (consultation_id, institution_id, person_id, respondent_key, created_at) values
    (${c!.id}, ${temuco.id}, ${p1.personId}, null, '2025-03-10T12:00:00Z'), (${c!.id}, ${temuco.id}, ${p2.personId}, null, '2025-03-11T12:00:00Z'),
    (${c!.id}, ${temuco.id}, null, 'abc123', '2025-03-12T12:00:00Z')`);
  for (const [i, who] of [p1, p3].entries()) {
    await run(sql`insert into participation_comments (id, institution_id, target_type, target_id, root_id, path, depth, author_id, body, created_at)
      values (${900 + i}, ${temuco.id}, 'process', ${opened2025}, ${900 + i}, ${String(900 + i).padStart(10, '0')}, 0, ${who.personId}, 'Bien', '2025-03-15T12:00:00Z')`);
  }
}

async function makeProcurement() {
  const a = await createTestSupplier(t, { size: 'small', comunaCode: '09101' });
  const b = await createTestSupplier(t, { size: 'large', comunaCode: '13101' });
  const c = await createTestSupplier(t, { size: 'micro', comunaCode: '09101' });
  const call = await createTestCall(t);
  const [lot1, lot2] = call.lots;
  const bidA = await createOpenedBid(t, lot1!.id, a, 30_000_000);
  const bidB = await createOpenedBid(t, lot1!.id, b, 20_000_000);
  await createOpenedBid(t, lot1!.id, c, 40_000_000);
  const bidB2 = await createOpenedBid(t, lot2!.id, b, 50_000_000);
  await awardLot(t, call, lot1!.id, [{ bidId: bidA, supplierId: a.id, amount: 30_000_000 }, { bidId: bidB, supplierId: b.id, amount: 20_000_000 }]);
  await awardLot(t, call, lot2!.id, [{ bidId: bidB2, supplierId: b.id, amount: 50_000_000 }]);
}

beforeAll(async () => {
  t = await createTestApp();
  // Transparency, Temuco 2025 (March has no holidays): answered in 5 business days on time, in 19 late, one overdue, one withdrawn.
  await insertHandMadeRequest(t, { filed: '2025-03-03T10:00', state: 'answered', dueOn: '2025-03-31', answer: { kind: 'delivered', at: '2025-03-10T12:00' } });
  await insertHandMadeRequest(t, { filed: '2025-03-03T11:00', state: 'answered', dueOn: '2025-03-20', answer: { kind: 'delivered', at: '2025-03-28T12:00' } });
  await insertHandMadeRequest(t, { filed: '2025-03-04T10:00', state: 'in_progress', dueOn: '2025-04-01' });
  await insertHandMadeRequest(t, { filed: '2025-03-05T10:00', state: 'withdrawn' });
  await insertHandMadeRequest(t, { institution: 'valdivia', filed: '2025-03-03T10:00', state: 'answered', dueOn: '2025-03-31', answer: { kind: 'delivered', at: '2025-03-05T12:00' } });
  // A regional government's request is not a municipality's: no value.
  await insertHandMadeRequest(t, { institution: 'gore-la-araucania', filed: '2025-03-03T10:00', state: 'answered', dueOn: '2025-03-31', answer: { kind: 'delivered', at: '2025-03-05T12:00' } });
  const temuco = (await findInstitution(t.database.db, 'temuco'))!;
  await queryRows(t.database.db, sql`insert into transparency_datasets (institution_id, name, title, description, theme, frequency, created_at, withdrawn_at) values
    (${temuco.id}, 'presupuesto', 'Presupuesto', 'd', 'GOVE', 'ANNUAL', '2025-05-01T12:00:00Z', null),
    (${temuco.id}, 'retirado', 'Retirado', 'd', 'GOVE', 'ANNUAL', '2025-06-01T12:00:00Z', '2025-09-01T12:00:00Z')`);
  await makeParticipation();
  await insertTestValues(t.database.db, [{ cut: '09101', year: 2025, indicator: 'context.population', value: 300_000, source: 'SINIM' }]);
  await makeProcurement();
  // Budget: Temuco's 2025 execution, 1,000 pesos of gasto of which 60 (29.06) + 40 (22.11.003) technology.
  const file = join(tmpdir(), `temuco-2025-${process.pid}.csv`);
  const months = (ene: number) => [ene, ...Array(11).fill(0)].join(',');
  writeFileSync(file, `codigo,denominacion,inicial,vigente,ene,feb,mar,abr,may,jun,jul,ago,sep,oct,nov,dic
215.21.01.001,Sueldos,900,900,${months(900)}\n215.29.06.001,Equipos computacionales,60,60,${months(60)}\n215.22.11.003,Servicios informáticos,40,40,${months(40)}\n`);
  await importReal(t, { institution: 'temuco', path: file, format: 'cabildo-csv', year: 2025 });
}, 180_000);
afterAll(async () => { await t.close(); });

describe('refreshComputedIndicators', () => {
  it('computes each module\'s values by hand, with their provenance, only where there was activity', async () => {
    const first = await refresh();
    expect(first).toMatchObject({ updated: 0, deleted: 0, keptImported: 0 });
    const temuco = await computed('09101', 2025);
    expect(temuco['transparency.on_time_rate']).toMatchObject({ value: 100 / 3, source: 'transparency',
      provenance: { module: 'transparency', numerator: 1, denominator: 3, received: 4, answered: 2, overdue: 1 } });
    expect(temuco['transparency.median_answer_days']).toMatchObject({ value: 12, provenance: { answered: 2 } });
    expect(temuco['transparency.datasets']).toMatchObject({ value: 1 });
    expect(temuco['participation.processes']).toMatchObject({ value: 1, provenance: { opened: 1, participants: 4 } });
    expect(temuco['participation.participants_per_thousand']!.value).toBeCloseTo(4 * 1000 / 300_000, 12);
    expect(temuco['participation.participants_per_thousand']!.provenance).toMatchObject({ numerator: 4, denominator: 300_000, population: 'context.population 2025 (SINIM)' });
    expect(temuco['spending.technology_share']).toMatchObject({ value: 10, provenance: { module: 'budget', numerator: '100', denominator: '1000' } });
    expect(temuco['spending.technology_per_capita']!.value).toBeCloseTo(100 / 300_000, 12);

    const valdivia = await computed('14101', 2025);
    expect(Object.keys(valdivia).sort()).toEqual(['transparency.datasets', 'transparency.median_answer_days', 'transparency.on_time_rate']);
    expect(valdivia['transparency.on_time_rate']!.value).toBe(100);

    // 2024: a process opened, nobody took part; the INE projection is the population then.
    const temuco2024 = await computed('09101', 2024);
    expect(temuco2024['participation.processes']!.value).toBe(1);
    expect(temuco2024['participation.participants_per_thousand']).toMatchObject({ value: 0, provenance: { population: 'INE projection 2024 (comunas.population2024)' } });

    // This year's procurement: 100 M awarded, 30 M to the small local supplier; 3 and 1 bidders.
    const procurement = await computed('09101', THIS_YEAR);
    expect(procurement['procurement.sme_share']).toMatchObject({ value: 30, provenance: { numerator: 30_000_000, denominator: 100_000_000 } });
    expect(procurement['procurement.local_share']!.value).toBe(30);
    expect(procurement['procurement.bidders_per_lot']).toMatchObject({ value: 2, provenance: { numerator: 4, denominator: 2 } });

    const all = await storedValues(t);
    expect(all.every((v) => Number.isFinite(v.value))).toBe(true);
    expect(all.filter((v) => v.origin === 'computed').map((v) => v.cut).every((cut) => ['09101', '14101'].includes(cut))).toBe(true);
    expect(await countAudit(t, 'observatory.values.refresh')).toBe(1);
  });

  it('leaves unchanged values alone, keeps an imported value and deletes a value whose activity vanished', async () => {
    expect(await refresh()).toMatchObject({ inserted: 0, updated: 0, deleted: 0, years: [] });
    await t.database.db.execute(sql`update observatory_values set origin = 'import', source = 'Consejo para la Transparencia', value = 40
      where cut = '09101' and year = 2025 and indicator = 'transparency.on_time_rate'`);
    // Valdivia's only 2025 request turns out to have been filed in 2024 (a corrected row): its 2025 values must go.
    await t.database.db.execute(sql`update transparency_requests set filed_at = '2024-06-03T14:00:00Z' where institution_id = (select id from institutions where slug = 'valdivia')`);
    const outcome = await refresh([2025]);
    expect(outcome).toMatchObject({ keptImported: 1, deleted: 3, inserted: 0, updated: 0, years: [2025] });
    expect((await storedValues(t, sql`cut = '09101' and year = 2025 and indicator = 'transparency.on_time_rate'`))[0]).toMatchObject({ origin: 'import', value: 40 });
    expect(await computed('14101', 2025)).toEqual({});
  });

  it('runs daily from the ticker: not again within a day of the last refresh, again after', async () => {
    const refreshes = await countAudit(t, 'observatory.values.refresh');
    expect(await runIndicatorsTicker(t.database.db)).toBeNull();
    expect(await runIndicatorsTicker(t.database.db, new Date(Date.now() + 25 * 3600_000))).not.toBeNull();
    expect(await countAudit(t, 'observatory.values.refresh')).toBe(refreshes + 1);
  });
});
