// The lifecycle through the real command on a fresh database: events, state caches and releases.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { closeBidding, createTestCall } from '../test-support.js';
import { recordProcessEvent } from './commands/record-event.js';
import { procurementReleases, procurementEvents } from './schema.js';
import { procurementLots, procurementCalls } from '../calls/schema.js';
import { auditLog } from '../../../core/audit/schema.js';

const SYSTEM = { id: null, label: 'system' };
let t: TestApp;
beforeEach(async () => { t = await createTestApp(); });
afterEach(async () => { await t.close(); });

describe('recordProcessEvent', () => {
  it('publishing emits a tender release and opens every lot; the draft emitted none', async () => {
    const call = await createTestCall(t);
    const releases = await t.database.db.select().from(procurementReleases).where(eq(procurementReleases.ocid, call.ocid));
    expect(releases.map((r) => r.tags)).toEqual([['tender']]);
    const json = JSON.parse(releases[0]!.json);
    expect(json.ocid).toBe(call.ocid);
    expect(json.tender.lots).toHaveLength(2);
    const lots = await t.database.db.select({ state: procurementLots.state }).from(procurementLots).where(eq(procurementLots.callId, call.id));
    expect(lots.every((l) => l.state === 'open')).toBe(true);
    const events = await t.database.db.select().from(procurementEvents).orderBy(asc(procurementEvents.id));
    expect(events.map((e) => [e.kind, e.public])).toEqual([['drafted', false], ['published', true]]);
  });

  it('refuses to open bids before the deadline and writes nothing', async () => {
    const call = await createTestCall(t);
    const before = (await t.database.db.select().from(auditLog)).length;
    await expect(t.database.db.transaction((tx) => recordProcessEvent(tx, {
      callId: call.id, lotId: call.lots[0]!.id, kind: 'bids_opened', data: { bids: 0 }, author: 'system', actor: SYSTEM,
    }))).rejects.toMatchObject({ statusCode: 409, messageKey: 'procurement.rule.sealedUntilDeadline' });
    expect((await t.database.db.select().from(auditLog)).length).toBe(before);
    expect(await t.database.db.select().from(procurementEvents)).toHaveLength(2);
  });

  it('closes the call when its last lot becomes final, with strictly increasing release dates', async () => {
    const call = await createTestCall(t, { lots: [{}] });
    await closeBidding(t, call.lots[0]!.id);
    await t.database.db.transaction(async (tx) => {
      await recordProcessEvent(tx, { callId: call.id, lotId: call.lots[0]!.id, kind: 'bids_opened', data: { bids: 0 }, author: 'system', actor: SYSTEM });
      await recordProcessEvent(tx, { callId: call.id, lotId: call.lots[0]!.id, kind: 'deserted', data: { reason: 'Sin ofertas' }, author: 'system', actor: SYSTEM });
    });
    const [row] = await t.database.db.select({ state: procurementCalls.state }).from(procurementCalls).where(eq(procurementCalls.id, call.id));
    expect(row!.state).toBe('closed');
    const [lot] = await t.database.db.select().from(procurementLots).where(eq(procurementLots.id, call.lots[0]!.id));
    expect([lot!.state, lot!.reason]).toEqual(['deserted', 'Sin ofertas']);
    const dates = (await t.database.db.select({ d: procurementReleases.date }).from(procurementReleases).orderBy(asc(procurementReleases.id))).map((r) => r.d.getTime());
    expect(dates).toHaveLength(3);
    for (let i = 1; i < dates.length; i++) expect(dates[i]!).toBeGreaterThan(dates[i - 1]!);
  });
});

describe('awarding through the factories', () => {
  it('a lot awarded to two suppliers emits award then awardUpdate, and a contract on an unawarded lot is refused', async () => {
    const { createTestSupplier, createOpenedBid, awardLot } = await import('../test-support.js');
    const call = await createTestCall(t);
    const [a, b] = [await createTestSupplier(t), await createTestSupplier(t)];
    const lot = call.lots[0]!.id;
    const bids = [await createOpenedBid(t, lot, a, 40_000_000), await createOpenedBid(t, lot, b, 45_000_000)];
    await awardLot(t, call, lot, [{ bidId: bids[0]!, supplierId: a.id, amount: 40_000_000 }, { bidId: bids[1]!, supplierId: b.id, amount: 45_000_000 }]);
    const tags = (await t.database.db.select({ tags: procurementReleases.tags }).from(procurementReleases).orderBy(asc(procurementReleases.id))).map((r) => r.tags[0]);
    expect(tags).toEqual(['tender', 'tenderUpdate', 'award', 'awardUpdate']);
    await expect(t.database.db.transaction((tx) => recordProcessEvent(tx, {
      callId: call.id, lotId: call.lots[1]!.id, kind: 'contract_signed', data: { contractId: 1 }, author: 'official', actor: SYSTEM,
    }))).rejects.toMatchObject({ statusCode: 409, messageKey: 'procurement.rule.wrongLotState' });
  });
});
