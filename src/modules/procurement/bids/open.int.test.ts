// Opening: refused before the deadline (also by hand), every live bid unsealed after it with one public step, withdrawn
// bids never opened, and the clock's openDueLots opening only the lots that are due.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { SYSTEM_ACTOR } from '../../../core/auth/actor.js';
import { closeBidding, createTestCall, createTestSupplier } from '../test-support.js';
import { procurementBids, procurementLots } from '../schema.js';
import { procurementEvents, procurementReleases } from '../process/schema.js';
import { openDueLots, openLotBids } from './commands/open-bids.js';
import { withdrawBid } from './commands/withdraw-bid.js';
import { answersFor, bidOn } from './test-support.js';

let t: TestApp;
// One database per file (each test makes its own calls and suppliers): a fresh one per test is slow on a shared machine.
beforeAll(async () => { t = await createTestApp(); }, 180_000);
afterAll(async () => { await t.close(); });

describe('openLotBids', () => {
  it('refuses before the deadline and then opens every live bid, with one bids_opened step counting them', async () => {
    const call = await createTestCall(t);
    const [a, b, c] = [await createTestSupplier(t), await createTestSupplier(t), await createTestSupplier(t)];
    const lot = call.lots[0]!.id;
    await bidOn(t, call, a, 41_000_000);
    await bidOn(t, call, b, 38_500_000);
    const gone = await bidOn(t, call, c, 30_000_000);
    await t.database.db.transaction((tx) => withdrawBid(tx, gone, { personId: c.rep.personId, name: 'R' }));
    await expect(t.database.db.transaction((tx) => openLotBids(tx, t.config, lot, SYSTEM_ACTOR)))
      .rejects.toMatchObject({ statusCode: 409, messageKey: 'procurement.rule.sealedUntilDeadline' });
    expect((await t.database.db.select().from(procurementBids).where(eq(procurementBids.lotId, lot))).every((r) => r.openedAt === null)).toBe(true);

    await closeBidding(t, lot);
    expect(await t.database.db.transaction((tx) => openLotBids(tx, t.config, lot, SYSTEM_ACTOR))).toBe(2);
    const rows = await t.database.db.select().from(procurementBids).where(eq(procurementBids.lotId, lot)).orderBy(asc(procurementBids.id));
    expect(rows.map((r) => [r.price, r.openedAt !== null])).toEqual([[41_000_000, true], [38_500_000, true], [null, false]]);
    expect(rows[0]!.answers).toEqual(answersFor(call));
    const [event] = await t.database.db.select().from(procurementEvents).where(and(eq(procurementEvents.kind, 'bids_opened'), eq(procurementEvents.lotId, lot)));
    expect([event!.data, event!.author, event!.public]).toEqual([{ bids: 2 }, 'system', true]);
    const [lotRow] = await t.database.db.select({ state: procurementLots.state }).from(procurementLots).where(eq(procurementLots.id, lot));
    expect(lotRow!.state).toBe('evaluation');
    await expect(t.database.db.transaction((tx) => openLotBids(tx, t.config, lot, SYSTEM_ACTOR))).rejects.toMatchObject({ statusCode: 409 });
  });

  it('openDueLots opens the due lots only, even one without bids, and tells which failed', async () => {
    const call = await createTestCall(t, { lots: [{}, {}, {}] });
    const s = await createTestSupplier(t);
    await bidOn(t, call, s, 12_000_000, 0);
    await bidOn(t, call, s, 13_000_000, 2);
    await closeBidding(t, call.lots[0]!.id);
    await closeBidding(t, call.lots[1]!.id);
    const result = await openDueLots(t.database.db, t.config);
    expect(result).toEqual({ opened: [{ lotId: call.lots[0]!.id, bids: 1 }, { lotId: call.lots[1]!.id, bids: 0 }], failed: [] });
    expect((await openDueLots(t.database.db, t.config)).opened).toEqual([]);
    const open = await t.database.db.select({ price: procurementBids.price }).from(procurementBids).where(eq(procurementBids.lotId, call.lots[2]!.id));
    expect(open[0]!.price).toBeNull();
    expect((await t.database.db.select().from(procurementReleases).where(eq(procurementReleases.ocid, call.ocid)).orderBy(asc(procurementReleases.id))).map((r) => r.tags)).toEqual([['tender'], ['tenderUpdate'], ['tenderUpdate']]);

    // A lot sealed under another key (a rotated CABILDO_BID_SEALING_KEY) fails alone; the others still open.
    await closeBidding(t, call.lots[2]!.id);
    const other = await openDueLots(t.database.db, { bidSealingKey: 'x'.repeat(40) });
    expect(other.opened).toEqual([]);
    expect(other.failed.map((f) => f.lotId)).toEqual([call.lots[2]!.id]);
  });
});
