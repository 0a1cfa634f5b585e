// Where the public call page leads as each lot moves on, per role: the bid form while a lot takes bids, the opened bids
// (the institution's procurement officials from the opening; everyone from the award), the award report, the
// evaluators' workspace, the contracts and call-offs; the awarded suppliers (never the other bidders); counts in the
// singular and plural; and a lot cancelled in its standstill taking its pending awards with it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { ACTORS, formPost, type ActorKind, type Browser } from '../../../test-support/people.js';
import { recordProcessEvent } from '../process/commands/record-event.js';
import { procurementAwards } from '../evaluation/schema.js';
import { awardLot, closeBidding, createOpenedBid, createTestCall, createTestSupplier } from '../test-support.js';
import { desertLot } from '../marketplace/test-support.js';

let t: TestApp;
const M = 1_000_000;
const ids: Record<string, number> = {};
const SYSTEM = { id: null, label: 'test' };
const BASE = '/instituciones/temuco/compras/llamados';
const get = (url: string, who: Browser | null = null) => t.app.inject({ url, cookies: who?.cookies });

beforeAll(async () => {
  t = await createTestApp();
  const winner = await createTestSupplier(t, { legalName: 'Cooperativa Ganadora Ltda.' });
  const loser = await createTestSupplier(t, { legalName: 'Oferente Perdedor SpA' });
  const evaluated = await createTestSupplier(t, { legalName: 'Oferente En Evaluación SpA' });
  // A: lot 1 open, lot 2 in evaluation, lot 3 in standstill.
  const a = await createTestCall(t, { title: 'Llamado A', maxLotsBid: 2, maxLotsWon: 1, lots: [{}, {}, {}] });
  await closeBidding(t, a.lots[1]!.id, new Date(Date.now() - 3_600_000));
  await createOpenedBid(t, a.lots[1]!.id, evaluated, 20 * M);
  await t.database.db.transaction((tx) => recordProcessEvent(tx, { callId: a.id, lotId: a.lots[1]!.id, kind: 'bids_opened', data: { bids: 1 }, author: 'system', actor: SYSTEM }));
  const won = await createOpenedBid(t, a.lots[2]!.id, winner, 30 * M);
  await createOpenedBid(t, a.lots[2]!.id, loser, 35 * M);
  await awardLot(t, a, a.lots[2]!.id, [{ bidId: won, supplierId: winner.id, amount: 30 * M }], false);
  Object.assign(ids, { a: a.id, lotA3: a.lots[2]!.id, winner: winner.id });
  // B: a framework agreement with lot 1 awarded and lot 2 deserted; C: a single tender with its lot awarded.
  const b = await createTestCall(t, { title: 'Llamado B', maxLotsWon: 3 });
  await awardLot(t, b, b.lots[0]!.id, [{ bidId: await createOpenedBid(t, b.lots[0]!.id, winner, 40 * M), supplierId: winner.id, amount: 40 * M }]);
  await desertLot(t, b, b.lots[1]!.id);
  const c = await createTestCall(t, { kind: 'single_tender', title: 'Llamado C', lots: [{}] });
  await awardLot(t, c, c.lots[0]!.id, [{ bidId: await createOpenedBid(t, c.lots[0]!.id, winner, 10 * M), supplierId: winner.id, amount: 10 * M }]);
  Object.assign(ids, { b: b.id, c: c.id });
}, 240_000);
afterAll(async () => { await t.close(); });

const OFFICIALS: ActorKind[] = ['procurementOfficial', 'admin'];
const OTHERS: ActorKind[] = ['anonymous', 'resident', 'participationOfficial', 'otherOfficial'];

describe('the links of a call\'s lots', () => {
  it.each([...OFFICIALS, ...OTHERS])('%s: bid while open; opened bids, report and awarded suppliers by state', async (kind) => {
    const official = OFFICIALS.includes(kind);
    const P = `${BASE}/${ids.a}`;
    const b = (await get(P, await ACTORS[kind](t))).body;
    for (const n of [1, 2, 3]) expect(b).toContain(`id="lote-${n}"`);
    expect(b).toContain(`href="${P}/lotes/1/oferta"`);
    for (const n of [2, 3]) expect(b).not.toContain(`href="${P}/lotes/${n}/oferta"`);
    expect(b).not.toContain(`href="${P}/lotes/1/ofertas"`);
    expect(b.includes(`href="${P}/lotes/2/ofertas"`)).toBe(official);
    expect(b).toContain(`href="${P}/lotes/3/ofertas"`);
    expect(b).toContain(`href="${P}/lotes/3/informe"`);
    for (const n of [1, 2]) expect(b).not.toContain(`href="${P}/lotes/${n}/informe"`);
    expect(b.includes(`href="${P}/evaluacion"`)).toBe(official);
    expect(b).not.toContain(`href="${P}/contratos"`);
    expect(b).not.toContain(`href="${P}/ordenes"`);
    // The award in standstill is public; the other bidders are not.
    expect(b).toContain(`<a href="/compras/proveedores/${ids.winner}">Cooperativa Ganadora Ltda.</a>: $30.000.000`);
    expect(b).not.toContain('Oferente Perdedor SpA');
    expect(b).not.toContain('Oferente En Evaluación SpA');
  });

  it('contracts once a lot is awarded, call-offs for a framework agreement only; the report of a deserted lot, not its bids', async () => {
    for (const kind of ['anonymous', 'procurementOfficial'] as const) {
      const who = await ACTORS[kind](t);
      const B = `${BASE}/${ids.b}`;
      const b = (await get(B, who)).body;
      for (const path of ['contratos', 'ordenes', 'lotes/1/ofertas', 'lotes/1/informe', 'lotes/2/informe']) expect(b).toContain(`href="${B}/${path}"`);
      expect(b).not.toContain(`href="${B}/lotes/2/ofertas"`);
      expect(b).toContain(`<a href="/compras/proveedores/${ids.winner}">Cooperativa Ganadora Ltda.</a>: $40.000.000`);
      const C = `${BASE}/${ids.c}`;
      const c = (await get(C, who)).body;
      expect(c).toContain(`href="${C}/contratos"`);
      expect(c).not.toContain(`href="${C}/ordenes"`);
      expect(c.includes(`href="${C}/evaluacion"`)).toBe(kind === 'procurementOfficial');
    }
  });

  it('says "1 lote" and "2 lotes", in both languages', async () => {
    const a = (await get(`${BASE}/${ids.a}`)).body;
    expect(a).toContain('Un proveedor puede ganar a lo más 1 lote.');
    expect(a).toContain('Un proveedor puede ofertar a lo más a 2 lotes.');
    expect((await get(`${BASE}/${ids.b}`)).body).toContain('Un proveedor puede ganar a lo más 3 lotes.');
    const en = (await get(`${BASE}/${ids.a}?lang=en`)).body;
    expect(en).toContain('A supplier may win 1 lot at most.');
    expect(en).toContain('A supplier may bid for 2 lots at most.');
  });
});

describe('cancelling a lot in its standstill', () => {
  it('cancels its pending awards with it: the page no longer lists them', async () => {
    const official = (await ACTORS.procurementOfficial(t))!;
    const P = `${BASE}/${ids.a}`;
    const res = await t.app.inject({ url: `${P}/lotes/3/cancelar`, ...formPost(official, [['reason', 'La necesidad cambió durante la espera.']]) });
    expect(res.statusCode).toBe(303);
    const awards = await t.database.db.select({ state: procurementAwards.state }).from(procurementAwards).where(eq(procurementAwards.lotId, ids.lotA3!));
    expect(awards).toEqual([{ state: 'cancelled' }]);
    const b = (await get(P)).body;
    expect(b).toContain('Cancelado — La necesidad cambió durante la espera.');
    expect(b).not.toContain('Cooperativa Ganadora Ltda.</a>: $30.000.000');
    expect(b).not.toContain(`href="${P}/lotes/3/informe"`);
  });

  it('a refused cancellation leaves the awards as they were', async () => {
    const official = (await ACTORS.procurementOfficial(t))!;
    const B = `${BASE}/${ids.b}`;
    // Lot 1 of B is awarded (final): the lifecycle refuses, and its active awards stay active.
    const res = await t.app.inject({ url: `${B}/lotes/1/cancelar`, ...formPost(official, [['reason', 'Demasiado tarde.']]) });
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    const body = (await get(B)).body;
    expect(body).toContain('Cooperativa Ganadora Ltda.</a>: $40.000.000');
  });
});
