// The JSON API of contracts and call-offs through app.inject: writes per role, public reads and exports, refusals that
// write nothing, and the payments' feed into the budget: a payment on a technology budget line raises the technology
// figure the budget's API and its technology page report.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../core/db/client.js';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { apiTokenFor, type ActorKind } from '../../../test-support/people.js';
import { toSantiagoDate } from '../../../core/calendar/calendar-date.js';
import { createTestSupplier } from '../test-support.js';
import { api, createAwardedCall, tokenOf } from './test-support.js';

let t: TestApp;
let official: string;
beforeAll(async () => {
  t = await createTestApp();
  official = (await tokenOf(t, 'procurementOfficial'))!;
}, 240_000);
afterAll(async () => { await t.close(); });

const today = () => toSantiagoDate(new Date());
const rows = async (table: string) => Number((await queryRows<{ n: number }>(t.database.db, sql.raw(`select count(*)::int as n from ${table}`)))[0]!.n);
const sign = (token: string | null, body: object) => api(t, 'POST', '/api/v1/procurement/contracts', token, { title: 'Contrato de desarrollo', periodStart: '2030-02-01', periodEnd: '2030-12-31', ...body });

describe('signing a contract', () => {
  it('is for the institution\'s procurement officials and admins only', async () => {
    const call = await createAwardedCall(t, { kind: 'single_tender', prices: [10_000_000, 11_000_000] });
    const table: Array<[ActorKind | 'anonymous', number]> = [
      ['anonymous', 401], ['resident', 403], ['participationOfficial', 403], ['otherOfficial', 403], ['procurementOfficial', 201], ['admin', 201]];
    let next = 0;
    for (const [kind, status] of table) {
      const token = kind === 'anonymous' ? null : await tokenOf(t, kind);
      const res = await sign(token, { awardId: call.awardIds[status === 201 ? next++ : 0]!, amount: 10_000_000 });
      expect(res.statusCode, `${kind}: ${res.body}`).toBe(status);
    }
    const supplierRep = await apiTokenFor(t, call.suppliers[0]!.rep.personId);
    expect((await sign(supplierRep, { awardId: call.awardIds[0]!, amount: 1 })).statusCode).toBe(403);
  });

  it('is refused on a lot still in its standstill, with nothing written', async () => {
    const call = await createAwardedCall(t, { kind: 'single_tender', confirm: false });
    const before = await Promise.all(['procurement_contracts', 'procurement_events', 'audit_log'].map(rows));
    const res = await sign(official, { awardId: call.awardIds[0]!, amount: 1_000_000 });
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toContain('período de espera');
    expect(await Promise.all(['procurement_contracts', 'procurement_events', 'audit_log'].map(rows))).toEqual(before);
    expect((await sign(official, { awardId: 999_999, amount: 1 })).statusCode).toBe(404);
    expect((await sign(official, { amount: 1 })).statusCode).toBe(404);
  });
});

describe('executing a contract and feeding the budget', () => {
  it('records milestones and payments, refuses payments over the amount, and shows payments in the technology lens', async () => {
    const call = await createAwardedCall(t, { kind: 'single_tender' });
    const created = await sign(official, { awardId: call.awardIds[0]!, amount: 30_000_000, budgetLine: '22.11.003' });
    expect(created.statusCode, created.body).toBe(201);
    const contract = created.json();
    expect(contract).toMatchObject({ ocid: call.ocid, supplier: { id: call.suppliers[0]!.id }, amount: 30_000_000, paid: 0, state: 'active', budgetLine: '22.11.003',
      ocdsRecord: `/api/v1/procurement/ocds/records/${call.ocid}`, url: `/compras/contratos/${contract.id}` });
    const url = `/api/v1/procurement/contracts/${contract.id}`;
    const m = await api(t, 'POST', `${url}/milestones`, official, { title: 'Primera entrega', dueOn: '2030-04-30', amount: 12_000_000 });
    expect(m.statusCode, m.body).toBe(201);
    const milestoneId = m.json().milestones[0].id;
    expect((await api(t, 'POST', `${url}/milestones/${milestoneId}/met`, official, { metOn: today() })).json().milestones[0]).toMatchObject({ state: 'met', metOn: today() });
    const paid = await api(t, 'POST', `${url}/payments`, official, { amount: 12_000_000, paidOn: today(), milestoneId });
    expect(paid.statusCode, paid.body).toBe(201);
    expect(paid.json()).toMatchObject({ paid: 12_000_000, payments: [{ amount: 12_000_000, budgetLine: '22.11.003', milestoneId }] });

    const before = await Promise.all(['procurement_payments', 'budget_facts', 'procurement_events', 'audit_log'].map(rows));
    const over = await api(t, 'POST', `${url}/payments`, official, { amount: 18_000_001, paidOn: today() });
    expect(over.statusCode).toBe(409);
    expect(await Promise.all(['procurement_payments', 'budget_facts', 'procurement_events', 'audit_log'].map(rows))).toEqual(before);
    // A payment on a line that is not technology (22.11.002, cursos de capacitación) counts in execution, not in the lens.
    expect((await api(t, 'POST', `${url}/payments`, official, { amount: 3_000_000, paidOn: today(), budgetLine: '22.11.002' })).statusCode).toBe(201);

    const year = Number(today().slice(0, 4));
    const cube = `temuco-${year}-pagos-compras`;
    const tech = await api(t, 'GET', `/api/3/cubes/${cube}/aggregate?cut=tecnologia:true&drilldown=asignacion`, null);
    expect(tech.statusCode, tech.body).toBe(200);
    expect(tech.json().summary['ejecutado.sum']).toBe(12_000_000);
    const all = await api(t, 'GET', `/api/3/cubes/${cube}/aggregate?cut=tipo:gasto`, null);
    expect(all.json().summary['ejecutado.sum']).toBe(15_000_000);
    const page = await api(t, 'GET', `/presupuesto/tecnologia?anio=${year}&cubo=${cube}`, null);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('$12.000.000');
    expect(page.body).toContain('Servicios Informáticos');
    // The public list and its export.
    const list = await api(t, 'GET', `/api/v1/procurement/contracts?call=${call.id}`, null);
    expect(list.json().items).toEqual([expect.objectContaining({ id: contract.id, paid: 15_000_000 })]);
    const csv = await api(t, 'GET', `/api/v1/procurement/contracts?call=${call.id}&format=csv`, null);
    expect(csv.body.split('\r\n')[1]).toContain(`${contract.id},${call.ocid}`);
  });
});

describe('call-offs', () => {
  it('are placed by officials only, within the lot budget, with quotes from admitted suppliers\' representatives', async () => {
    const call = await createAwardedCall(t);
    const place = (token: string | null, body: object) => api(t, 'POST', '/api/v1/procurement/call-offs', token, { callId: call.id, lotId: call.lotId, title: 'Orden de compra', ...body });
    const direct = { method: 'direct', maxAmount: 5_000_000, supplierId: call.suppliers[0]!.id };
    for (const kind of ['resident', 'participationOfficial', 'otherOfficial'] as const) expect((await place(await tokenOf(t, kind), direct)).statusCode, kind).toBe(403);
    expect((await place(null, direct)).statusCode).toBe(401);
    const placed = await place(official, direct);
    expect(placed.statusCode, placed.body).toBe(201);
    expect(placed.json()).toMatchObject({ ocid: `${call.ocid}-co-1`, state: 'placed', amount: 5_000_000, supplier: { id: call.suppliers[0]!.id }, agreement: { ocid: call.ocid } });
    const over = await place(official, { ...direct, maxAmount: 45_000_001 });
    expect(over.statusCode).toBe(409);
    expect(over.json().message).toContain('presupuesto del lote');

    const quotesUntil = new Date(Date.now() + 60_000).toISOString();
    const mini = (await place(official, { method: 'mini_competition', maxAmount: 20_000_000, quotesUntil })).json();
    expect(mini).toMatchObject({ ocid: `${call.ocid}-co-2`, state: 'competition', quotes: null });
    const quote = (token: string, supplierId: number, amount: number) => api(t, 'POST', `/api/v1/procurement/call-offs/${mini.id}/quotes`, token, { supplierId, amount });
    const outsider = await createTestSupplier(t);
    const outsiderToken = await apiTokenFor(t, outsider.rep.personId);
    expect((await quote(outsiderToken, outsider.id, 1_000_000)).statusCode).toBe(422);
    const repA = await apiTokenFor(t, call.suppliers[0]!.rep.personId);
    expect((await quote(repA, call.suppliers[1]!.id, 1_000_000)).statusCode).toBe(403);
    expect((await quote(repA, call.suppliers[0]!.id, 20_000_001)).statusCode).toBe(422);
    expect((await quote(repA, call.suppliers[0]!.id, 19_000_000)).statusCode).toBe(201);
    expect((await quote(official, call.suppliers[0]!.id, 1)).statusCode).toBe(403);
    // Sealed: the public call-off shows no quotes, and it cannot be awarded before the deadline.
    expect((await api(t, 'GET', `/api/v1/procurement/call-offs/${mini.id}`, null)).json().quotes).toBeNull();
    expect((await api(t, 'POST', `/api/v1/procurement/call-offs/${mini.id}/award`, official)).statusCode).toBe(409);
    const list = await api(t, 'GET', `/api/v1/procurement/call-offs?call=${call.id}`, null);
    expect(list.json().items.map((c: { ocid: string }) => c.ocid)).toEqual([`${call.ocid}-co-1`, `${call.ocid}-co-2`]);
    const cancelled = await api(t, 'POST', `/api/v1/procurement/call-offs/${mini.id}/cancellation`, official, { reason: 'Ya no se necesita' });
    expect(cancelled.json()).toMatchObject({ state: 'cancelled', cancellationReason: 'Ya no se necesita' });
  });
});
