// Submitting and withdrawing bids through the commands: the deadline at the millisecond, the budget, the limits, the
// seal in the stored bytes, and nothing written on a refusal.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { auditLog } from '../../../core/audit/schema.js';
import { createTestCall, createTestSupplier } from '../test-support.js';
import { procurementBidDocuments, procurementBids } from '../schema.js';
import { procurementEvents } from '../process/schema.js';
import { withdrawBid } from './commands/withdraw-bid.js';
import { submitBid } from './commands/submit-bid.js';
import { answersFor, bidOn, pdfBytes } from './test-support.js';

let t: TestApp;
// One database per file (each test makes its own calls and suppliers): a fresh one per test is slow on a shared machine.
beforeAll(async () => { t = await createTestApp(); }, 180_000);
afterAll(async () => { await t.close(); });

const counts = async () => ({
  bids: (await t.database.db.select().from(procurementBids)).length,
  docs: (await t.database.db.select().from(procurementBidDocuments)).length,
  audit: (await t.database.db.select().from(auditLog)).length,
});

describe('submitBid', () => {
  it('accepts a bid exactly at the deadline and refuses it one millisecond later, writing nothing', async () => {
    const call = await createTestCall(t);
    const [a, b] = [await createTestSupplier(t), await createTestSupplier(t)];
    const deadline = call.lots[0]!.bidsUntil;
    expect(await bidOn(t, call, a, 40_000_000, 0, { at: deadline })).toBeGreaterThan(0);
    const before = await counts();
    await expect(bidOn(t, call, b, 40_000_000, 0, { at: new Date(deadline.getTime() + 1) }))
      .rejects.toMatchObject({ statusCode: 409, messageKey: 'procurement.bid.error.deadlinePassed' });
    expect(await counts()).toEqual(before);
  });

  it('refuses a price over the lot budget, accepts the budget itself, and refuses zero', async () => {
    const call = await createTestCall(t, { lots: [{ budgetAmount: 30_000_000 }] });
    const s = await createTestSupplier(t);
    const before = await counts();
    await expect(bidOn(t, call, s, 30_000_001)).rejects.toMatchObject({ statusCode: 422, field: 'price', messageKey: 'procurement.bid.error.overBudget' });
    await expect(bidOn(t, call, s, 0)).rejects.toMatchObject({ field: 'price', messageKey: 'procurement.bid.error.price' });
    expect(await counts()).toEqual(before);
    expect(await bidOn(t, call, s, 30_000_000)).toBeGreaterThan(0);
  });

  it('stores price, answers and documents only sealed, and audits privately without the price', async () => {
    const call = await createTestCall(t);
    const s = await createTestSupplier(t);
    const doc = pdfBytes('oferta-tecnica-unica');
    const id = await bidOn(t, call, s, 43_210_987, 0, { documents: [{ fileName: 'técnica.pdf', bytes: doc }] });
    const [row] = await t.database.db.select().from(procurementBids).where(eq(procurementBids.id, id));
    expect([row!.price, row!.answers, row!.openedAt, row!.state]).toEqual([null, null, null, 'submitted']);
    expect(row!.sealed.includes(Buffer.from('43210987'))).toBe(false);
    expect(row!.sealed.includes(Buffer.from('Metodología'))).toBe(false);
    const [stored] = await t.database.db.select().from(procurementBidDocuments).where(eq(procurementBidDocuments.bidId, id));
    expect(stored!.size).toBe(doc.length);
    expect(stored!.sealed.includes(Buffer.from('oferta-tecnica-unica'))).toBe(false);
    expect(stored!.sealed.includes(Buffer.from('técnica'))).toBe(false);
    const [audit] = await t.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'procurement.bid.submitted'), eq(auditLog.resourceId, String(id))));
    expect(audit!.public).toBe(false);
    expect(JSON.stringify(audit!.summary)).not.toContain('43210987');
    // Bids are not public steps of the process: no event, no release.
    expect((await t.database.db.select().from(procurementEvents).where(eq(procurementEvents.callId, call.id))).map((e) => e.kind)).toEqual(['drafted', 'published']);
  });

  it('allows one live bid per supplier and lot: withdraw, then bid again', async () => {
    const call = await createTestCall(t);
    const s = await createTestSupplier(t);
    const first = await bidOn(t, call, s, 40_000_000);
    await expect(bidOn(t, call, s, 39_000_000)).rejects.toMatchObject({ statusCode: 409, messageKey: 'procurement.bid.error.alreadyBid' });
    await t.database.db.transaction((tx) => withdrawBid(tx, first, { personId: s.rep.personId, name: 'R' }));
    const [withdrawn] = await t.database.db.select().from(procurementBids).where(eq(procurementBids.id, first));
    expect([withdrawn!.state, withdrawn!.sealed.length]).toEqual(['withdrawn', 0]);
    expect(await bidOn(t, call, s, 39_000_000)).toBeGreaterThan(first);
  });

  it('holds a supplier to the call\'s maxLotsBid, counting live bids only', async () => {
    const call = await createTestCall(t, { lots: [{}, {}, {}], maxLotsBid: 2 });
    const s = await createTestSupplier(t);
    const other = await createTestSupplier(t);
    await bidOn(t, call, s, 10_000_000, 0);
    const second = await bidOn(t, call, s, 10_000_000, 1);
    const before = await counts();
    await expect(bidOn(t, call, s, 10_000_000, 2)).rejects.toMatchObject({ statusCode: 409, messageKey: 'procurement.bid.error.maxLots', params: { max: 2 } });
    expect(await counts()).toEqual(before);
    expect(await bidOn(t, call, other, 10_000_000, 2)).toBeGreaterThan(0);
    await t.database.db.transaction((tx) => withdrawBid(tx, second, { personId: s.rep.personId, name: 'R' }));
    expect(await bidOn(t, call, s, 10_000_000, 2)).toBeGreaterThan(0);
  });

  it('refuses a supplier the person does not represent, a draft call, missing answers, unknown criteria and fake documents', async () => {
    const call = await createTestCall(t);
    const draft = await createTestCall(t, { publish: false });
    const [s, other] = [await createTestSupplier(t), await createTestSupplier(t)];
    const before = await counts();
    const as = { personId: s.rep.personId, name: 'R' };
    await expect(t.database.db.transaction((tx) => submitBid(tx, t.config, {
      lotId: call.lots[0]!.id, supplierId: other.id, price: 1, answers: answersFor(call), documents: [],
    }, as))).rejects.toMatchObject({ statusCode: 403 });
    const input = { lotId: call.lots[0]!.id, supplierId: s.id, price: 1_000_000, answers: answersFor(call), documents: [] };
    const technical = call.criteria.find((c) => c.kind === 'technical')!.id;
    const { [String(technical)]: _dropped, ...missing } = input.answers;
    await expect(t.database.db.transaction((tx) => submitBid(tx, t.config, { ...input, answers: missing }, as)))
      .rejects.toMatchObject({ field: `answer-${technical}`, messageKey: 'procurement.bid.error.answerRequired' });
    await expect(t.database.db.transaction((tx) => submitBid(tx, t.config, { ...input, answers: { ...input.answers, 999999: 'x' } }, as)))
      .rejects.toMatchObject({ field: 'answers' });
    await expect(t.database.db.transaction((tx) => submitBid(tx, t.config, { ...input, documents: [{ fileName: 'virus.pdf', bytes: Buffer.from('MZ\x90\x00') }] }, as)))
      .rejects.toMatchObject({ field: 'documents', messageKey: 'procurement.bid.error.documentType' });
    await expect(t.database.db.transaction((tx) => submitBid(tx, t.config, { ...input, lotId: draft.lots[0]!.id }, as)))
      .rejects.toMatchObject({ statusCode: 409, messageKey: 'procurement.bid.error.lotClosed' });
    expect(await counts()).toEqual(before);
  });
});

describe('withdrawBid', () => {
  it('withdraws at the deadline, refuses one millisecond after it, and hides the bid from non-representatives', async () => {
    const call = await createTestCall(t);
    const s = await createTestSupplier(t);
    const deadline = call.lots[0]!.bidsUntil;
    const a = await bidOn(t, call, s, 40_000_000, 0);
    const b = await bidOn(t, call, s, 40_000_000, 1);
    const as = { personId: s.rep.personId, name: 'R' };
    const stranger = await createTestSupplier(t);
    await expect(t.database.db.transaction((tx) => withdrawBid(tx, a, { personId: stranger.rep.personId, name: 'X' }))).rejects.toMatchObject({ statusCode: 404 });
    const before = await counts();
    await expect(t.database.db.transaction((tx) => withdrawBid(tx, a, as, new Date(deadline.getTime() + 1))))
      .rejects.toMatchObject({ statusCode: 409, messageKey: 'procurement.bid.error.withdrawAfterDeadline' });
    expect(await counts()).toEqual(before);
    await t.database.db.transaction((tx) => withdrawBid(tx, b, as, call.lots[1]!.bidsUntil));
    await expect(t.database.db.transaction((tx) => withdrawBid(tx, b, as))).rejects.toMatchObject({ messageKey: 'procurement.bid.error.alreadyWithdrawn' });
    const [audit] = await t.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'procurement.bid.withdrawn'), eq(auditLog.resourceId, String(b))));
    expect(audit!.public).toBe(false);
  });
});
