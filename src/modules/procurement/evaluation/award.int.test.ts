// Awarding on the database, end to end: the ranking from the evaluators' means and the formulas with a tie and
// multi-award, the report and pending awards, the standstill on business days, confirmation only after it (by the
// clock), maxLotsWon across lots, and lots deserted when nothing is admissible.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { apiTokenFor, signedIn } from '../../../test-support/people.js';
import { procurementLots, procurementReleases } from '../schema.js';
import { procurementAwards, procurementBidResults } from './schema.js';
import { createEvaluatedCall, createTestEvaluator, scoreAll } from './test-support.js';
import { awardLotByRanking, standstillEnd } from './commands/award-lot.js';
import { confirmAward } from './commands/confirm-award.js';
import { runProcurementClock } from './ticker.js';

const M = 1_000_000;
const TEST = { id: null, label: 'test' };
let t: TestApp;
let token: string;
beforeAll(async () => {
  t = await createTestApp();
  token = await apiTokenFor(t, (await signedIn(t, 'official', 'temuco', ['procurement'])).personId);
}, 180_000);
afterAll(async () => { await t.close(); });

const db = () => t.database.db;
const resultsOf = async (lotId: number) => Object.fromEntries((await db().select().from(procurementBidResults).where(eq(procurementBidResults.lotId, lotId)))
  .map((r) => [r.bidId, [r.rank, r.total, r.admissible, r.exclusionReason]]));
const awardsOf = (lotId: number) => db().select().from(procurementAwards).where(eq(procurementAwards.lotId, lotId)).orderBy(asc(procurementAwards.rank));
const lotOf = async (lotId: number) => (await db().select().from(procurementLots).where(eq(procurementLots.id, lotId)))[0]!;
const lastTags = async (ocid: string) => (await db().select({ tags: procurementReleases.tags }).from(procurementReleases)
  .where(eq(procurementReleases.ocid, ocid)).orderBy(asc(procurementReleases.id))).at(-1)!.tags;

describe('awarding by ranking', () => {
  it('ranks by the evaluators\' means and the formulas, breaks a tie by the technical score, awards the top two and starts the standstill', async () => {
    const { call, bids } = await createEvaluatedCall(t, { lots: [{ admitCount: 2 }], prices: [[40 * M, 30 * M, 40 * M, 55 * M]] });
    const [a, b, c, d] = bids[0]!;
    const [e1, e2] = [await createTestEvaluator(t, call.id), await createTestEvaluator(t, call.id)];
    for (const e of [e1, e2]) {
      await scoreAll(t, call, e.who.personId, a!.bidId, { technical: 80, team: 60 }); // 30 + 24 + 6 + 10 + 10 = 80
      await scoreAll(t, call, e.who.personId, b!.bidId, { technical: 70, team: 50 }); // 40 + 21 + 5 + 10 + 10 = 86
    }
    // c ties a at 80 with technical (85 + 95) ÷ 2 = 90: 30 + 27 + 3 + 20. d is over budget: no score needed.
    await scoreAll(t, call, e1.who.personId, c!.bidId, { technical: 85, team: 30 });
    await scoreAll(t, call, e2.who.personId, c!.bidId, { technical: 95, team: 30 });
    const lotId = call.lots[0]!.id;
    const res = await t.app.inject({ method: 'POST', url: `/api/v1/procurement/lots/${lotId}/award`, headers: { authorization: `Bearer ${token}` } });
    expect(res.statusCode).toBe(200);
    const expectedEnd = await db().transaction((tx) => standstillEnd(tx, call.institutionId, new Date(), 5));
    expect(res.json()).toMatchObject({ outcome: 'awarded', standstillUntil: expectedEnd.toISOString() });
    const results = await resultsOf(lotId);
    expect([results[b!.bidId], results[c!.bidId], results[a!.bidId]]).toEqual([[1, 86, true, null], [2, 80, true, null], [3, 80, true, null]]);
    expect(results[d!.bidId]!.slice(2)).toEqual([false, 'over_budget']);
    expect((await awardsOf(lotId)).map((w) => [w.bidId, w.rank, w.amount, w.state])).toEqual([[b!.bidId, 1, 30 * M, 'pending'], [c!.bidId, 2, 40 * M, 'pending']]);
    expect((await lotOf(lotId)).state).toBe('standstill');
    expect(await lastTags(call.ocid)).toEqual(['award']);

    const report = (await t.app.inject({ url: `/api/v1/procurement/lots/${lotId}/report` })).json();
    expect(report.ranking.map((r: { bidId: number; awarded: boolean }) => [r.bidId, r.awarded])).toEqual([[b!.bidId, true], [c!.bidId, true], [a!.bidId, false], [d!.bidId, false]]);
    expect(report.evaluators).toEqual([expect.objectContaining({ declared: true }), expect.objectContaining({ declared: true })]);
    expect(JSON.stringify(report)).not.toMatch(/conflict|@/);

    // Before the standstill ends, confirming is refused; the clock confirms it once it has.
    await expect(db().transaction((tx) => confirmAward(tx, { lotId, actor: TEST }))).rejects.toMatchObject({ statusCode: 409, messageKey: 'procurement.rule.standstillRunning' });
    expect((await runProcurementClock(db(), t.config)).confirmed).not.toContain(lotId);
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date(expectedEnd.getTime() + 60_000));
      expect((await runProcurementClock(db(), t.config)).confirmed).toContain(lotId);
    } finally {
      vi.useRealTimers();
    }
    expect((await awardsOf(lotId)).map((w) => w.state)).toEqual(['active', 'active']);
    expect((await lotOf(lotId)).state).toBe('awarded');
    expect(await lastTags(call.ocid)).toEqual(['awardUpdate']);
  });

  it('refuses while a bid within budget lacks a score on an evaluated criterion, writing nothing', async () => {
    const { call, bids } = await createEvaluatedCall(t, { lots: [{}], prices: [[40 * M, 45 * M]] });
    const e = await createTestEvaluator(t, call.id);
    await scoreAll(t, call, e.who.personId, bids[0]![0]!.bidId, { technical: 80 });
    const lotId = call.lots[0]!.id;
    await expect(db().transaction((tx) => awardLotByRanking(tx, { lotId, actor: TEST })))
      .rejects.toMatchObject({ statusCode: 409, messageKey: 'procurement.evaluation.error.unscored', params: { count: 1 } });
    expect([await resultsOf(lotId), await awardsOf(lotId), (await lotOf(lotId)).state]).toEqual([{}, [], 'evaluation']);
  });

  it('maxLotsWon: a supplier first in two lots keeps the one with the higher total, and the next supplier wins the other', async () => {
    const { createTestSupplier } = await import('../test-support.js');
    const [s1, s2] = [await createTestSupplier(t), await createTestSupplier(t)];
    const { call, bids } = await createEvaluatedCall(t, {
      lots: [{ admitCount: 1 }, { admitCount: 1 }], maxLotsWon: 1, prices: [[40 * M, 40 * M], [40 * M, 40 * M]], suppliers: [[s1, s2], [s1, s2]],
    });
    const e = await createTestEvaluator(t, call.id);
    await scoreAll(t, call, e.who.personId, bids[0]![0]!.bidId, { technical: 90 }); // s1, lot 1: 92
    await scoreAll(t, call, e.who.personId, bids[0]![1]!.bidId, { technical: 60 }); // s2, lot 1: 83
    await scoreAll(t, call, e.who.personId, bids[1]![0]!.bidId, { technical: 95 }); // s1, lot 2: 93.5
    await scoreAll(t, call, e.who.personId, bids[1]![1]!.bidId, { technical: 60 }); // s2, lot 2: 83
    const [lot1, lot2] = call.lots.map((l) => l.id) as [number, number];
    await db().transaction((tx) => awardLotByRanking(tx, { lotId: lot1, actor: TEST }));
    expect((await awardsOf(lot1)).map((w) => w.supplierId)).toEqual([s2.id]);
    expect((await resultsOf(lot1))[bids[0]![0]!.bidId]).toEqual([1, 92, true, 'max_lots_won']);
    await db().transaction((tx) => awardLotByRanking(tx, { lotId: lot2, actor: TEST }));
    expect((await awardsOf(lot2)).map((w) => w.supplierId)).toEqual([s1.id]);
  });

  it('deserts the lot with an automatic reason when no bid is admissible, publishing why each is out', async () => {
    const { call, bids } = await createEvaluatedCall(t, { lots: [{}, {}], prices: [[40 * M, 45 * M], []] });
    const e = await createTestEvaluator(t, call.id);
    for (const { bidId } of bids[0]!) await scoreAll(t, call, e.who.personId, bidId, { technical: 40 });
    const lotId = call.lots[0]!.id;
    expect(await db().transaction((tx) => awardLotByRanking(tx, { lotId, actor: TEST }))).toMatchObject({ outcome: 'deserted' });
    const technical = call.criteria.find((c) => c.kind === 'technical')!.id;
    expect(Object.values(await resultsOf(lotId)).map((r) => r.slice(2))).toEqual([[false, `below_minimum:${technical}`], [false, `below_minimum:${technical}`]]);
    const lot = await lotOf(lotId);
    expect([lot.state, lot.reason]).toEqual(['deserted', 'Desierto: ninguna de las 2 ofertas abiertas resultó admisible.']);
    expect(await awardsOf(lotId)).toEqual([]);
    expect(await lastTags(call.ocid)).toEqual(['tenderUpdate']);
    // A lot with no bids at all.
    await db().transaction((tx) => awardLotByRanking(tx, { lotId: call.lots[1]!.id, actor: TEST }));
    expect((await lotOf(call.lots[1]!.id)).reason).toBe('Desierto: el lote no recibió ofertas.');
  });

  it('an official deserts a lot in standstill with reasons: its pending awards are cancelled', async () => {
    const { call, bids } = await createEvaluatedCall(t, { lots: [{}], prices: [[40 * M]] });
    const e = await createTestEvaluator(t, call.id);
    await scoreAll(t, call, e.who.personId, bids[0]![0]!.bidId, { technical: 80 });
    const lotId = call.lots[0]!.id;
    await db().transaction((tx) => awardLotByRanking(tx, { lotId, actor: TEST }));
    const url = `/api/v1/procurement/lots/${lotId}/desert`;
    const resident = await apiTokenFor(t, (await signedIn(t)).personId);
    expect((await t.app.inject({ method: 'POST', url, headers: { authorization: `Bearer ${resident}` }, payload: { reason: 'La oferta no conviene' } })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url, headers: { authorization: `Bearer ${token}` }, payload: { reason: 'corto' } })).statusCode).toBe(400);
    const res = await t.app.inject({ method: 'POST', url, headers: { authorization: `Bearer ${token}` }, payload: { reason: 'Se recibió un reclamo fundado contra las bases.' } });
    expect(res.statusCode).toBe(204);
    expect((await awardsOf(lotId)).map((w) => w.state)).toEqual(['cancelled']);
    expect((await lotOf(lotId)).state).toBe('deserted');
  });
});

describe('the clock', () => {
  it('opens a lot whose deadline passed, and leaves one still open alone', async () => {
    const { createTestCall, closeBidding } = await import('../test-support.js');
    const call = await createTestCall(t);
    await closeBidding(t, call.lots[0]!.id);
    const run = await runProcurementClock(db(), t.config);
    expect(run.opened).toContain(call.lots[0]!.id);
    expect([(await lotOf(call.lots[0]!.id)).state, (await lotOf(call.lots[1]!.id)).state]).toEqual(['evaluation', 'open']);
  });
});

describe('the standstill end', () => {
  it('counts business days on the institution\'s calendar, to the end of that Santiago day', async () => {
    const temuco = (await import('../../../core/tenancy/queries.js')).findInstitution;
    const id = (await temuco(db(), 'temuco'))!.id;
    const end = (at: string, days: number) => db().transaction((tx) => standstillEnd(tx, id, new Date(at), days)).then((d) => d.toISOString());
    // Friday 20 November 2026, 15:00 in Santiago: 5 business days skip the weekend → Friday 27, 23:59:59.999 (UTC−3).
    expect(await end('2026-11-20T18:00:00Z', 5)).toBe('2026-11-28T02:59:59.999Z');
    // Friday 4 December: the weekend and Tuesday 8 (Inmaculada Concepción) are skipped → Monday 14.
    expect(await end('2026-12-04T18:00:00Z', 5)).toBe('2026-12-15T02:59:59.999Z');
    // 01:30 UTC on Saturday 21 is still Friday 20 in Santiago: the count starts from Friday.
    expect(await end('2026-11-21T01:30:00Z', 1)).toBe('2026-11-24T02:59:59.999Z');
  });
});
