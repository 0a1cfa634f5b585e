// The rules of contracts and call-offs at the command level, on a fresh database: what is refused (and that nothing
// is written then), what each step records (events, ocids, amounts), the renewed competition's winner and its ties.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { auditLog } from '../../../core/audit/schema.js';
import {
  procurementCallOffQuotes as quotes, procurementCallOffs as callOffs, procurementContracts as contracts, procurementPayments as payments,
} from '../schema.js';
import { procurementEvents as events } from '../process/schema.js';
import { toSantiagoDate } from '../../../core/calendar/calendar-date.js';
import { createTestSupplier } from '../test-support.js';
import { createAwardedCall, TEST_OFFICIAL } from './test-support.js';
import { signContract } from './commands/sign-contract.js';
import { recordPayment } from './commands/record-payment.js';
import { meetMilestone, planMilestone } from './commands/milestones.js';
import { awardCallOff, cancelCallOff, placeCallOff } from './commands/call-offs.js';
import { submitQuote } from './commands/submit-quote.js';
import { linkIncubator, terminateContract } from './commands/terminate-contract.js';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); }, 240_000);
afterAll(async () => { await t.close(); });

const run = <T>(f: (tx: Parameters<Parameters<TestApp['database']['db']['transaction']>[0]>[0]) => Promise<T>) => t.database.db.transaction(f);
const count = async (table: typeof contracts | typeof payments | typeof callOffs | typeof quotes | typeof events | typeof auditLog) =>
  Number((await t.database.db.select({ n: sql<number>`count(*)::int` }).from(table))[0]!.n);
const period = { periodStart: '2030-03-01', periodEnd: '2030-10-31' };
const rep = (s: { rep: { personId: number } }) => ({ id: s.rep.personId, label: 'rep' });

/** Runs a refused step and checks that it wrote nothing anywhere. */
async function refused(step: () => Promise<unknown>, messageKey: string) {
  const before = await Promise.all([contracts, payments, callOffs, quotes, events, auditLog].map(count));
  await expect(step()).rejects.toMatchObject({ messageKey });
  expect(await Promise.all([contracts, payments, callOffs, quotes, events, auditLog].map(count))).toEqual(before);
}

describe('contracts', () => {
  it('refuses a contract while the lot is in its standstill', async () => {
    const call = await createAwardedCall(t, { kind: 'single_tender', confirm: false });
    await refused(() => run((tx) => signContract(tx, { awardId: call.awardIds[0]!, title: 'Contrato', amount: 1_000_000, ...period }, TEST_OFFICIAL)),
      'procurement.contracts.error.lotNotAwarded');
  });

  it('bounds a contract by its award, the lot\'s delivery period and one per award; payments by its amount', async () => {
    const call = await createAwardedCall(t, { kind: 'single_tender' });
    const sign = (amount: number, more = {}) => run((tx) => signContract(tx, { awardId: call.awardIds[0]!, title: 'Contrato', amount, ...period, ...more }, TEST_OFFICIAL));
    await refused(() => sign(30_000_001), 'procurement.contracts.error.amountOverAward');
    await refused(() => sign(1_000_000, { periodEnd: '2031-01-01' }), 'procurement.contracts.error.periodOutsideDelivery');
    await refused(() => sign(1_000_000, { budgetLine: '05.01' }), 'procurement.contracts.error.budgetLine');
    const id = await sign(30_000_000, { budgetLine: '22.11.003' });
    await refused(() => sign(1_000_000), 'procurement.contracts.error.contractExists');
    const [signed] = await t.database.db.select().from(events).where(eq(events.kind, 'contract_signed')).orderBy(sql`id desc`).limit(1);
    expect(signed).toMatchObject({ ocid: call.ocid, lotId: call.lotId, data: { contractId: id }, public: true });

    const today = toSantiagoDate(new Date());
    const m = await run((tx) => planMilestone(tx, { contractId: id, title: 'Entrega 1', dueOn: '2030-05-01', amount: 20_000_000 }, TEST_OFFICIAL));
    await refused(() => run((tx) => planMilestone(tx, { contractId: id, title: 'Entrega 2', dueOn: '2030-06-01', amount: 10_000_001 }, TEST_OFFICIAL)),
      'procurement.contracts.error.milestonesOverAmount');
    await refused(() => run((tx) => recordPayment(tx, { contractId: id, amount: 20_000_000, paidOn: today, milestoneId: m }, TEST_OFFICIAL)),
      'procurement.contracts.error.milestoneNotMet');
    await run((tx) => meetMilestone(tx, { contractId: id, milestoneId: m, metOn: today }, TEST_OFFICIAL));
    await run((tx) => recordPayment(tx, { contractId: id, amount: 20_000_000, paidOn: today, milestoneId: m }, TEST_OFFICIAL));
    await refused(() => run((tx) => recordPayment(tx, { contractId: id, amount: 10_000_001, paidOn: today }, TEST_OFFICIAL)),
      'procurement.contracts.error.paymentOverAmount');
    await run((tx) => recordPayment(tx, { contractId: id, amount: 10_000_000, paidOn: today }, TEST_OFFICIAL));
    const kinds = (await t.database.db.select({ kind: events.kind }).from(events).where(eq(events.ocid, call.ocid))).map((e) => e.kind);
    expect(kinds.slice(-4)).toEqual(['contract_signed', 'milestone_met', 'payment_recorded', 'payment_recorded']);
    await run((tx) => terminateContract(tx, { contractId: id, reason: 'Término anticipado de mutuo acuerdo' }, TEST_OFFICIAL));
    await refused(() => run((tx) => planMilestone(tx, { contractId: id, title: 'Entrega 3', dueOn: '2030-06-01' }, TEST_OFFICIAL)),
      'procurement.contracts.error.contractNotActive');
  });

  it('makes a framework agreement\'s contract bounded by the lot budget and executed only through call-offs', async () => {
    const call = await createAwardedCall(t);
    await refused(() => run((tx) => signContract(tx, { awardId: call.awardIds[0]!, title: 'Convenio', amount: 50_000_001, ...period }, TEST_OFFICIAL)),
      'procurement.contracts.error.amountOverLotBudget');
    const id = await run((tx) => signContract(tx, { awardId: call.awardIds[0]!, title: 'Convenio', amount: 50_000_000, ...period }, TEST_OFFICIAL));
    await refused(() => run((tx) => recordPayment(tx, { contractId: id, amount: 1, paidOn: toSantiagoDate(new Date()) }, TEST_OFFICIAL)),
      'procurement.contracts.error.agreementNotExecuted');
  });
});

describe('grant agreements', () => {
  it('follow the same flow and link to the incubator by URL or slug; other contracts cannot', async () => {
    const grant = await createAwardedCall(t, { kind: 'grant', prices: [8_000_000] });
    await refused(() => run((tx) => signContract(tx, { awardId: grant.awardIds[0]!, title: 'Convenio', amount: 8_000_000, ...period, incubatorRef: 'javascript:alert(1)' }, TEST_OFFICIAL)),
      'procurement.contracts.error.incubatorRef');
    const id = await run((tx) => signContract(tx, { awardId: grant.awardIds[0]!, title: 'Convenio', amount: 8_000_000, ...period, incubatorRef: 'alfabetizacion-digital' }, TEST_OFFICIAL));
    await run((tx) => linkIncubator(tx, { contractId: id, incubatorRef: 'https://cabildo.example/servicios/alfabetizacion' }, TEST_OFFICIAL));
    expect((await t.database.db.select().from(contracts).where(eq(contracts.id, id)))[0]!.incubatorRef).toBe('https://cabildo.example/servicios/alfabetizacion');
    const tender = await createAwardedCall(t, { kind: 'single_tender' });
    await refused(() => run((tx) => signContract(tx, { awardId: tender.awardIds[0]!, title: 'Contrato', amount: 1, ...period, incubatorRef: 'x' }, TEST_OFFICIAL)),
      'procurement.contracts.error.incubatorNotGrant');
  });
});

describe('call-offs', () => {
  it('places a direct call-off only with an admitted supplier and within the lot budget, with its own ocid and events', async () => {
    const call = await createAwardedCall(t);
    const outsider = await createTestSupplier(t);
    const place = (maxAmount: number, supplierId: number) => run((tx) => placeCallOff(tx, { callId: call.id, lotId: call.lotId, title: 'Orden', method: 'direct', maxAmount, supplierId }, TEST_OFFICIAL));
    await refused(() => place(1_000_000, outsider.id), 'procurement.contracts.error.notAdmitted');
    const first = await place(30_000_000, call.suppliers[1]!.id);
    await refused(() => place(20_000_001, call.suppliers[0]!.id), 'procurement.contracts.error.overLotBudget');
    const [row] = await t.database.db.select().from(callOffs).where(eq(callOffs.id, first));
    expect(row).toMatchObject({ ocid: `${call.ocid}-co-1`, state: 'placed', supplierId: call.suppliers[1]!.id, amount: 30_000_000 });
    const evs = await t.database.db.select().from(events).where(eq(events.ocid, row!.ocid)).orderBy(events.id);
    expect(evs.map((e) => [e.kind, e.data])).toEqual([
      ['call_off_started', { callOffId: first }], ['call_off_awarded', { callOffId: first, supplierId: call.suppliers[1]!.id, amount: 30_000_000 }],
    ]);
    const second = await place(20_000_000, call.suppliers[0]!.id);
    expect((await t.database.db.select().from(callOffs).where(eq(callOffs.id, second)))[0]!.ocid).toBe(`${call.ocid}-co-2`);
    // Its contract: in the call-off's process, bounded by its amount.
    await refused(() => run((tx) => signContract(tx, { callOffId: first, title: 'Orden 1', amount: 30_000_001, ...period }, TEST_OFFICIAL)),
      'procurement.contracts.error.amountOverCallOff');
    const contractId = await run((tx) => signContract(tx, { callOffId: first, title: 'Orden 1', amount: 30_000_000, ...period }, TEST_OFFICIAL));
    const [c] = await t.database.db.select().from(contracts).where(eq(contracts.id, contractId));
    expect(c).toMatchObject({ ocid: row!.ocid, callOffId: first, supplierId: call.suppliers[1]!.id, awardId: null });
    expect((await t.database.db.select({ kind: events.kind }).from(events).where(eq(events.ocid, row!.ocid))).map((e) => e.kind).at(-1)).toBe('contract_signed');
  });

  it('refuses call-offs outside a framework agreement', async () => {
    const call = await createAwardedCall(t, { kind: 'single_tender' });
    await refused(() => run((tx) => placeCallOff(tx, { callId: call.id, lotId: call.lotId, title: 'Orden', method: 'direct', maxAmount: 1, supplierId: call.suppliers[0]!.id }, TEST_OFFICIAL)),
      'procurement.contracts.error.notFramework');
  });

  it('gives a renewed competition to the lowest quote, ties to the earlier, and refuses late, outside and over-maximum quotes', async () => {
    const call = await createAwardedCall(t, { prices: [30_000_000, 31_000_000, 32_000_000] });
    const [a, b, c] = call.suppliers as [typeof call.suppliers[0], typeof call.suppliers[0], typeof call.suppliers[0]];
    const outsider = await createTestSupplier(t);
    const now = Date.now();
    const until = new Date(now + 60_000);
    const id = await run((tx) => placeCallOff(tx, { callId: call.id, lotId: call.lotId, title: 'Nueva competencia', method: 'mini_competition', maxAmount: 10_000_000, quotesUntil: until }, TEST_OFFICIAL));
    const quote = (s: typeof a, amount: number, at: Date) => run((tx) => submitQuote(tx, { callOffId: id, supplierId: s.id, amount }, rep(s), at));
    await refused(() => quote(outsider, 5_000_000, new Date(now)), 'procurement.contracts.error.notAdmitted');
    await refused(() => run((tx) => submitQuote(tx, { callOffId: id, supplierId: a.id, amount: 1 }, rep(b), new Date(now))), 'error.forbidden.body');
    await refused(() => quote(a, 10_000_001, new Date(now)), 'procurement.contracts.error.quoteOverMax');
    await quote(c, 9_000_000, new Date(now + 1000));
    await quote(b, 8_000_000, new Date(now + 2000));
    await quote(a, 8_500_000, new Date(now + 3000));
    await quote(a, 8_000_000, new Date(now + 4000)); // revised: equal to b's, but later
    await quote(c, 8_000_000, until); // on time at the very instant, equal too, and later still
    await refused(() => quote(c, 7_000_000, new Date(until.getTime() + 1)), 'procurement.contracts.error.quotesClosed');
    await refused(() => run((tx) => awardCallOff(tx, { callOffId: id }, TEST_OFFICIAL, until)), 'procurement.contracts.error.competitionRunning');
    const won = await run((tx) => awardCallOff(tx, { callOffId: id }, TEST_OFFICIAL, new Date(until.getTime() + 1)));
    expect(won).toEqual({ supplierId: b.id, amount: 8_000_000 });
    expect((await t.database.db.select().from(callOffs).where(eq(callOffs.id, id)))[0]).toMatchObject({ state: 'placed', supplierId: b.id, amount: 8_000_000 });
  });

  it('cancels a competition without quotes, freeing its share of the lot budget', async () => {
    const call = await createAwardedCall(t);
    const place = (maxAmount: number) => run((tx) => placeCallOff(tx, { callId: call.id, lotId: call.lotId, title: 'Orden', method: 'mini_competition', maxAmount,
      quotesUntil: new Date(Date.now() + 60_000) }, TEST_OFFICIAL));
    const id = await place(50_000_000);
    await refused(() => place(1), 'procurement.contracts.error.overLotBudget');
    await run((tx) => cancelCallOff(tx, { callOffId: id, reason: 'Se resolvió con recursos propios' }, TEST_OFFICIAL));
    expect((await t.database.db.select().from(callOffs).where(eq(callOffs.id, id)))[0]!.state).toBe('cancelled');
    await place(50_000_000);
  });
});
