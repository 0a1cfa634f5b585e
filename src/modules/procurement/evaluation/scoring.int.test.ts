// Declarations and scores through the API: conflicts of interest (declared, and represented suppliers even undeclared)
// refused with nothing written, no scoring before opening or before declaring, and only evaluated criteria.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { apiTokenFor, signedIn, type Browser } from '../../../test-support/people.js';
import { auditLog } from '../../../core/audit/schema.js';
import { closeBidding, createOpenedBid, createTestCall, createTestSupplier } from '../test-support.js';
import { procurementSupplierRepresentatives } from '../schema.js';
import { procurementEvaluators, procurementScores } from './schema.js';
import { createEvaluatedCall, createTestEvaluator, scoreAll } from './test-support.js';

let t: TestApp;
// One database for the file: each test makes its own call, and counts what it writes from its own baseline.
beforeAll(async () => { t = await createTestApp(); }, 180_000);
afterAll(async () => { await t.close(); });

const tokens = new Map<number, string>();
const tokenOf = async (who: Browser) => tokens.get(who.personId) ?? tokens.set(who.personId, await apiTokenFor(t, who.personId)).get(who.personId)!;
const post = async (who: Browser | null, url: string, payload: object) =>
  t.app.inject({ method: 'POST', url, headers: who ? { authorization: `Bearer ${await tokenOf(who)}` } : {}, payload });
const scoresBody = (call: { criteria: Array<{ id: number; kind: string }> }, score = 70) =>
  ({ scores: call.criteria.filter((c) => ['technical', 'team'].includes(c.kind)).map((c) => ({ criterionId: c.id, score, reason: 'Cumple lo pedido' })) });
const count = async (table: typeof procurementScores | typeof auditLog) => (await t.database.db.select().from(table)).length;

describe('declaring interests', () => {
  it('is refused before any bid is opened, and over a supplier who did not bid', async () => {
    const call = await createTestCall(t);
    const { who } = await createTestEvaluator(t, call.id, { declare: false });
    expect((await post(who, `/api/v1/procurement/calls/${call.id}/evaluators/declaration`, { conflictSupplierIds: [], sign: true })).statusCode).toBe(409);
    const opened = await createEvaluatedCall(t, { prices: [[40_000_000]] });
    const evaluator = await createTestEvaluator(t, opened.call.id, { declare: false });
    const stranger = await createTestSupplier(t);
    const url = `/api/v1/procurement/calls/${opened.call.id}/evaluators/declaration`;
    expect((await post(evaluator.who, url, { conflictSupplierIds: [stranger.id], sign: true })).statusCode).toBe(422);
    const [row] = await t.database.db.select().from(procurementEvaluators).where(eq(procurementEvaluators.id, evaluator.evaluatorId));
    expect(row!.declaredAt).toBeNull();
  });

  it('needs the signature, and a non-evaluator is refused (403)', async () => {
    const { call } = await createEvaluatedCall(t, { prices: [[40_000_000]] });
    const { who } = await createTestEvaluator(t, call.id, { declare: false });
    expect((await post(who, `/api/v1/procurement/calls/${call.id}/evaluators/declaration`, { conflictSupplierIds: [] })).statusCode).toBe(400);
    const outsider = await signedIn(t, 'official', 'temuco', ['procurement']);
    expect((await post(outsider, `/api/v1/procurement/calls/${call.id}/evaluators/declaration`, { conflictSupplierIds: [], sign: true })).statusCode).toBe(403);
    const ok = await post(who, `/api/v1/procurement/calls/${call.id}/evaluators/declaration`, { conflictSupplierIds: [], sign: true });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ declared: true });
  });
});

describe('scoring a bid', () => {
  it('is refused for a supplier the evaluator declared, and nothing is written', async () => {
    const { call, bids } = await createEvaluatedCall(t, { prices: [[40_000_000, 45_000_000]] });
    const [mine, theirs] = bids[0]!;
    const { who } = await createTestEvaluator(t, call.id, { conflicts: [theirs!.supplier.id] });
    await tokenOf(who);
    const [scores, audit] = [await count(procurementScores), await count(auditLog)];
    const res = await post(who, `/api/v1/procurement/bids/${theirs!.bidId}/scores`, scoresBody(call));
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toMatch(/interés|interest/);
    expect([await count(procurementScores), await count(auditLog)]).toEqual([scores, audit]);
    expect((await post(who, `/api/v1/procurement/bids/${mine!.bidId}/scores`, scoresBody(call))).statusCode).toBe(204);
    expect(await count(procurementScores)).toBe(scores + 2);
  });

  it('is refused for a supplier the evaluator represents, even undeclared', async () => {
    const { call, bids } = await createEvaluatedCall(t, { prices: [[40_000_000]] });
    const { bidId, supplier } = bids[0]![0]!;
    const { who } = await createTestEvaluator(t, call.id);
    await t.database.db.insert(procurementSupplierRepresentatives).values({ supplierId: supplier.id, personId: who.personId });
    const before = await count(procurementScores);
    const res = await post(who, `/api/v1/procurement/bids/${bidId}/scores`, scoresBody(call));
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toMatch(/representa|represent/);
    expect(await count(procurementScores)).toBe(before);
  });

  it('declaring a conflict later removes the evaluator\'s scores on that supplier\'s bids', async () => {
    const { call, bids } = await createEvaluatedCall(t, { prices: [[40_000_000]] });
    const { who, evaluatorId } = await createTestEvaluator(t, call.id);
    const mine = async () => (await t.database.db.select().from(procurementScores).where(eq(procurementScores.evaluatorId, evaluatorId))).length;
    await scoreAll(t, call, who.personId, bids[0]![0]!.bidId, { technical: 80 });
    expect(await mine()).toBe(2);
    await post(who, `/api/v1/procurement/calls/${call.id}/evaluators/declaration`, { conflictSupplierIds: [bids[0]![0]!.supplier.id], sign: true });
    expect(await mine()).toBe(0);
    // Declarations only add: declaring again with no one keeps the conflict.
    await post(who, `/api/v1/procurement/calls/${call.id}/evaluators/declaration`, { conflictSupplierIds: [], sign: true });
    const [row] = await t.database.db.select().from(procurementEvaluators).where(eq(procurementEvaluators.id, evaluatorId));
    expect(row!.conflictSupplierIds).toEqual([bids[0]![0]!.supplier.id]);
  });

  it('is impossible before the lot is opened, and before declaring', async () => {
    const call = await createTestCall(t, { lots: [{}] });
    const supplier = await createTestSupplier(t);
    const bidId = await createOpenedBid(t, call.lots[0]!.id, supplier, 40_000_000); // clear columns, but the lot is still open
    const { who } = await createTestEvaluator(t, call.id, { declare: false });
    const before = await count(procurementScores);
    expect((await post(who, `/api/v1/procurement/bids/${bidId}/scores`, scoresBody(call))).statusCode).toBe(409);
    await closeBidding(t, call.lots[0]!.id);
    const { openLot } = await import('./test-support.js');
    await openLot(t, call, call.lots[0]!.id);
    const undeclared = await post(who, `/api/v1/procurement/bids/${bidId}/scores`, scoresBody(call));
    expect(undeclared.statusCode).toBe(409);
    expect(undeclared.json().message).toMatch(/[Dd]ecla/);
    expect(await count(procurementScores)).toBe(before);
  });

  it('accepts only evaluated criteria, 0–100 with a reason, and keeps one score per evaluator, editable', async () => {
    const { call, bids } = await createEvaluatedCall(t, { prices: [[40_000_000]] });
    const { who } = await createTestEvaluator(t, call.id);
    const url = `/api/v1/procurement/bids/${bids[0]![0]!.bidId}/scores`;
    const price = call.criteria.find((c) => c.kind === 'price')!;
    expect((await post(who, url, { scores: [{ criterionId: price.id, score: 50, reason: 'Barato' }] })).statusCode).toBe(422);
    expect((await post(who, url, { scores: [{ criterionId: call.criteria[1]!.id, score: 101, reason: 'Excelente' }] })).statusCode).toBe(400);
    expect((await post(who, url, { scores: [{ criterionId: call.criteria[1]!.id, score: 90, reason: '' }] })).statusCode).toBe(400);
    expect((await post(who, url, scoresBody(call, 60.456))).statusCode).toBe(204);
    expect((await post(who, url, scoresBody(call, 75))).statusCode).toBe(204);
    const rows = await t.database.db.select().from(procurementScores).where(eq(procurementScores.bidId, bids[0]![0]!.bidId));
    expect(rows.map((r) => r.score)).toEqual([75, 75]);
    expect((await post(null, url, scoresBody(call))).statusCode).toBe(401);
  });
});
