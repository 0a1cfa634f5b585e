// Who reads what of bids, per role, through the routes: before the deadline nobody (officials and admins see a sealed
// notice, not a count); after opening the institution's procurement officials (answers and documents); after the
// award everyone (supplier and price only).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { ACTORS, type ActorKind, type Browser } from '../../../test-support/people.js';
import { SYSTEM_ACTOR } from '../../../core/auth/actor.js';
import { awardLot, closeBidding, createOpenedBid, createTestCall, createTestSupplier, type TestSupplier } from '../test-support.js';
import { procurementBidDocuments } from '../schema.js';
import { openLotBids } from './commands/open-bids.js';
import { bidOn, pdfBytes } from './test-support.js';

let t: TestApp;
// One database per file (each test makes its own calls and suppliers): a fresh one per test is slow on a shared machine.
beforeAll(async () => { t = await createTestApp(); }, 180_000);
afterAll(async () => { await t.close(); });

type Who = ActorKind | 'bidder' | 'competitor';
const get = (url: string, who: Browser | null) => t.app.inject({ method: 'GET', url, cookies: who?.cookies });
async function browsers(kinds: Who[], bidder: TestSupplier, competitor: TestSupplier) {
  const out = new Map<Who, Browser | null>();
  for (const k of kinds) out.set(k, k === 'bidder' ? bidder.rep : k === 'competitor' ? competitor.rep : await ACTORS[k](t));
  return out;
}
async function expectStatuses(table: Array<[Who, number]>, url: string, who: Map<Who, Browser | null>) {
  const got = [];
  for (const [k] of table) got.push([k, (await get(url, who.get(k)!)).statusCode]);
  expect(got).toEqual(table);
}

describe('access to bids by role', () => {
  it('the bid form: representatives only', async () => {
    const call = await createTestCall(t);
    const [bidder, competitor] = [await createTestSupplier(t), await createTestSupplier(t)];
    const who = await browsers(['anonymous', 'resident', 'procurementOfficial', 'admin', 'bidder'], bidder, competitor);
    const url = `/instituciones/temuco/compras/llamados/${call.id}/lotes/1/oferta`;
    await expectStatuses([['anonymous', 303], ['resident', 403], ['procurementOfficial', 403], ['admin', 403], ['bidder', 200]], url, who);
    expect((await get(`/instituciones/valdivia/compras/llamados/${call.id}/lotes/1/oferta`, bidder.rep)).statusCode).toBe(404);
    expect((await get(`/instituciones/temuco/compras/llamados/${call.id}/lotes/9/oferta`, bidder.rep)).statusCode).toBe(404);
  });

  it('before the deadline: no price, answer, supplier or count reaches anyone, officials and admins included', async () => {
    const call = await createTestCall(t);
    const [bidder, competitor] = [await createTestSupplier(t, { legalName: 'Cooperativa Sellada Ltda' }), await createTestSupplier(t)];
    await bidOn(t, call, bidder, 43_210_987, 0, { documents: [{ fileName: 'x.pdf', bytes: pdfBytes() }] });
    const kinds: Who[] = ['anonymous', 'resident', 'bidder', 'competitor', 'procurementOfficial', 'participationOfficial', 'otherOfficial', 'admin', 'platformAdmin'];
    const who = await browsers(kinds, bidder, competitor);
    const page = `/instituciones/temuco/compras/llamados/${call.id}/lotes/1/ofertas`;
    const api = `/api/v1/procurement/lots/${call.lots[0]!.id}/bids`;
    await expectStatuses([['anonymous', 401], ['resident', 403], ['bidder', 403], ['competitor', 403], ['procurementOfficial', 200],
      ['participationOfficial', 403], ['otherOfficial', 403], ['admin', 200], ['platformAdmin', 200]], page, who);
    await expectStatuses([['anonymous', 401], ['resident', 403], ['bidder', 403], ['competitor', 403], ['procurementOfficial', 409],
      ['participationOfficial', 403], ['otherOfficial', 403], ['admin', 409], ['platformAdmin', 409]], api, who);
    for (const k of kinds) {
      for (const url of [page, api, '/api/v1/procurement/bids/mine', '/compras/mis-ofertas']) {
        const body = (await get(url, who.get(k)!)).body;
        expect(body).not.toMatch(/43[.,]?210[.,]?987/);
        expect(body).not.toContain('Metodología');
        if (k !== 'bidder') expect(body).not.toContain('Cooperativa Sellada');
      }
    }
    // The bidder sees the bid received, sealed: no price, the documents' count.
    const mine = (await get('/api/v1/procurement/bids/mine', bidder.rep)).json();
    expect(mine.items).toHaveLength(1);
    expect(mine.items[0]).toMatchObject({ price: null, state: 'submitted', withdrawable: true, documents: { count: 1 } });
    expect((await get('/api/v1/procurement/bids/mine', competitor.rep)).json().items).toEqual([]);
  });

  it('after opening: the institution\'s procurement officials read bids and documents; nobody else yet', async () => {
    const call = await createTestCall(t);
    const [bidder, competitor] = [await createTestSupplier(t), await createTestSupplier(t)];
    const doc = pdfBytes('documento-abierto');
    const bidId = await bidOn(t, call, bidder, 43_210_987, 0, { documents: [{ fileName: 'oferta técnica.pdf', bytes: doc }] });
    const lotId = call.lots[0]!.id;
    const [stored] = await t.database.db.select({ id: procurementBidDocuments.id, bidId: procurementBidDocuments.bidId }).from(procurementBidDocuments).where(eq(procurementBidDocuments.bidId, bidId));
    const download = `/instituciones/temuco/compras/llamados/${call.id}/lotes/1/ofertas/${stored!.bidId}/documentos/${stored!.id}`;
    const who = await browsers(['anonymous', 'resident', 'bidder', 'competitor', 'procurementOfficial', 'participationOfficial', 'otherOfficial', 'admin'], bidder, competitor);
    await expectStatuses([['procurementOfficial', 403], ['admin', 403]], download, who);
    await closeBidding(t, lotId);
    await t.database.db.transaction((tx) => openLotBids(tx, t.config, lotId, SYSTEM_ACTOR));
    const api = `/api/v1/procurement/lots/${lotId}/bids`;
    await expectStatuses([['anonymous', 401], ['resident', 403], ['bidder', 403], ['competitor', 403], ['procurementOfficial', 200],
      ['participationOfficial', 403], ['otherOfficial', 403], ['admin', 200]], api, who);
    const [bid] = (await get(api, who.get('procurementOfficial')!)).json().items;
    expect(bid).toMatchObject({ price: 43_210_987, supplier: { id: bidder.id } });
    expect(Object.keys(bid.answers)).toHaveLength(2);
    await expectStatuses([['anonymous', 401], ['competitor', 403], ['bidder', 403], ['otherOfficial', 403], ['procurementOfficial', 200]], download, who);
    const file = await get(download, who.get('procurementOfficial')!);
    expect(file.rawPayload.equals(doc)).toBe(true);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-disposition']).toMatch(/^attachment; .*oferta%20t%C3%A9cnica\.pdf/);
    expect(file.headers['cache-control']).toBe('private, no-store');
    const page = (await get(`/instituciones/temuco/compras/llamados/${call.id}/lotes/1/ofertas`, who.get('procurementOfficial')!)).body;
    expect(page).toContain('$43.210.987');
  });

  it('after the award: everyone sees suppliers and prices, never answers or documents', async () => {
    const call = await createTestCall(t);
    const [a, b] = [await createTestSupplier(t), await createTestSupplier(t)];
    const lotId = call.lots[0]!.id;
    const bids = [await createOpenedBid(t, lotId, a, 40_000_000, { 1: 'secreto técnico' }), await createOpenedBid(t, lotId, b, 45_000_000)];
    await awardLot(t, call, lotId, [{ bidId: bids[0]!, supplierId: a.id, amount: 40_000_000 }]);
    const anon = await get(`/api/v1/procurement/lots/${lotId}/bids`, null);
    expect(anon.statusCode).toBe(200);
    expect(anon.json().items.map((i: { price: number }) => i.price)).toEqual([40_000_000, 45_000_000]);
    expect(anon.json().items[0].answers).toBeUndefined();
    expect(anon.body).not.toContain('secreto');
    const page = await get(`/instituciones/temuco/compras/llamados/${call.id}/lotes/1/ofertas`, b.rep);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('$45.000.000');
    expect(page.body).not.toContain('secreto');
  });
});
