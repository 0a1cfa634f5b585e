// The bid form and "Mis ofertas" as a browser uses them: multipart POST, 303 with a flash, a refused bid re-rendered
// (422) with its values and a request to attach the files again, the withdraw button.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { apiTokenFor, formPost, signedIn } from '../../../test-support/people.js';
import { procurementSupplierRepresentatives, procurementBids, procurementBidDocuments } from '../schema.js';
import { awardLot, closeBidding, createOpenedBid, createTestCall, createTestSupplier } from '../test-support.js';
import { recordProcessEvent } from '../process/commands/record-event.js';
import { answersFor, pdfBytes, postBidForm } from './test-support.js';

let t: TestApp;
// One database per file (each test makes its own calls and suppliers): a fresh one per test is slow on a shared machine.
beforeAll(async () => { t = await createTestApp(); }, 180_000);
afterAll(async () => { await t.close(); });

const answerFields = (call: { criteria: Array<{ id: number; kind: string }> }, text = 'Respuesta detallada'): Array<[string, string]> =>
  call.criteria.filter((c) => c.kind === 'technical' || c.kind === 'team').map((c) => [`answer-${c.id}`, text]);

describe('bid form', () => {
  it('submits a sealed bid with documents and lists it in Mis ofertas, withdrawable', async () => {
    const call = await createTestCall(t);
    const s = await createTestSupplier(t, { legalName: 'Datos del Sur SpA' });
    const url = `/instituciones/temuco/compras/llamados/${call.id}/lotes/1/oferta`;
    const form = await t.app.inject({ method: 'GET', url, cookies: s.rep.cookies });
    expect(form.body).toContain('enctype="multipart/form-data"');
    expect(form.body).toContain('$50.000.000');
    expect(form.body).toMatch(/Cierra en (23 h|1 día)/);
    const res = await postBidForm(t, url, s.rep, [['supplierId', String(s.id)], ['price', '45.000.000'], ...answerFields(call)],
      [{ name: 'propuesta.pdf', bytes: pdfBytes() }, { name: 'equipo.pdf', bytes: pdfBytes('equipo') }]);
    expect([res.statusCode, res.headers.location]).toEqual([303, '/compras/mis-ofertas']);
    const [bid] = await t.database.db.select({ id: procurementBids.id }).from(procurementBids).where(eq(procurementBids.supplierId, s.id));
    expect(await t.database.db.select().from(procurementBidDocuments).where(eq(procurementBidDocuments.bidId, bid!.id))).toHaveLength(2);
    const mine = await t.app.inject({ method: 'GET', url: '/compras/mis-ofertas', cookies: { ...s.rep.cookies, ...Object.fromEntries(res.cookies.map((c) => [c.name, c.value])) } });
    expect(mine.body).toContain('Oferta recibida y sellada');
    expect(mine.body).toContain('Datos del Sur SpA');
    expect(mine.body).toContain('2 documento(s)');
    expect(mine.body).toContain('Sellado');
    expect(mine.body).not.toContain('45.000.000');
    const again = await t.app.inject({ method: 'GET', url, cookies: s.rep.cookies });
    expect(again.body).toContain('Datos del Sur SpA ya tiene una oferta vigente');
    expect(again.body).not.toContain('enctype');

    const withdraw = await t.app.inject({ url: `/compras/mis-ofertas/${bid!.id}/retirar`, ...formPost(s.rep, []) });
    expect([withdraw.statusCode, withdraw.headers.location]).toEqual([303, '/compras/mis-ofertas']);
    const [row] = await t.database.db.select({ state: procurementBids.state }).from(procurementBids).where(eq(procurementBids.id, bid!.id));
    expect(row!.state).toBe('withdrawn');
  });

  it('re-renders a refused bid with its values, the reason and a request to attach files again; nothing is written', async () => {
    const call = await createTestCall(t, { lots: [{ budgetAmount: 20_000_000 }] });
    const s = await createTestSupplier(t);
    const url = `/instituciones/temuco/compras/llamados/${call.id}/lotes/1/oferta`;
    const over = await postBidForm(t, url, s.rep, [['supplierId', String(s.id)], ['price', '$ 20.000.001'], ...answerFields(call, 'Mi respuesta guardada')],
      [{ name: 'propuesta.pdf', bytes: pdfBytes() }]);
    expect(over.statusCode).toBe(422);
    expect(over.body).toContain('supera el presupuesto fijo del lote');
    expect(over.body).toContain('Mi respuesta guardada');
    expect(over.body).toContain('value="$ 20.000.001"');
    expect(over.body).toContain('vuelva a adjuntarlos');
    const bad = await postBidForm(t, url, s.rep, [['supplierId', String(s.id)], ['price', 'cuarenta'], ...answerFields(call, '')]);
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('número entero mayor que cero');
    // Every problem at once: the price and both answers.
    expect(bad.body.match(/Responda este criterio\./g)?.length).toBe(4);
    const fake = await postBidForm(t, url, s.rep, [['supplierId', String(s.id)], ['price', '1000'], ...answerFields(call)], [{ name: 'a.pdf', bytes: Buffer.from('MZ') }]);
    expect(fake.statusCode).toBe(422);
    expect(fake.body).toContain('se reconoce por el contenido');
    expect(await t.database.db.select().from(procurementBids).where(eq(procurementBids.supplierId, s.id))).toHaveLength(0);
  });

  it('lets a representative of two suppliers choose, and refuses after the deadline with the form closed', async () => {
    const call = await createTestCall(t);
    const [s, second] = [await createTestSupplier(t, { legalName: 'Alfa SpA' }), await createTestSupplier(t, { legalName: 'Beta Cooperativa' })];
    await t.database.db.insert(procurementSupplierRepresentatives).values({ supplierId: second.id, personId: s.rep.personId });
    const url = `/instituciones/temuco/compras/llamados/${call.id}/lotes/1/oferta`;
    const form = await t.app.inject({ method: 'GET', url, cookies: s.rep.cookies });
    expect(form.body).toContain('<select id="f-supplierId"');
    expect(form.body).toContain('Beta Cooperativa');
    await closeBidding(t, call.lots[0]!.id);
    const late = await postBidForm(t, url, s.rep, [['supplierId', String(second.id)], ['price', '1000'], ...answerFields(call)]);
    expect(late.statusCode).toBe(409);
    expect(late.body).toContain('ya no recibe ofertas');
    expect(await t.database.db.select().from(procurementBids).where(eq(procurementBids.supplierId, second.id))).toHaveLength(0);
  });

  it('the JSON API submits, lists and withdraws a bid, with the same rules', async () => {
    const call = await createTestCall(t, { lots: [{ budgetAmount: 10_000_000 }] });
    const s = await createTestSupplier(t);
    const token = await apiTokenFor(t, s.rep.personId);
    const stranger = await apiTokenFor(t, (await signedIn(t)).personId);
    const url = `/api/v1/procurement/lots/${call.lots[0]!.id}/bids`;
    const post = (auth: string | null, payload: object) => t.app.inject({ method: 'POST', url, headers: auth ? { authorization: `Bearer ${auth}` } : {}, payload });
    const body = { supplierId: s.id, price: 9_500_000, answers: answersFor(call) };
    expect((await post(null, body)).statusCode).toBe(401);
    expect((await post(stranger, body)).statusCode).toBe(403);
    const over = await post(token, { ...body, price: 10_000_001 });
    expect([over.statusCode, over.json().message]).toEqual([422, 'El precio supera el presupuesto fijo del lote: ninguna oferta puede excederlo.']);
    const created = await post(token, body);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ price: null, state: 'submitted', withdrawable: true, supplier: { id: s.id }, lot: { number: 1 } });
    expect((await post(token, body)).statusCode).toBe(409);
    const withdraw = (auth: string) => t.app.inject({ method: 'POST', url: `/api/v1/procurement/bids/${created.json().id}/withdraw`, headers: { authorization: `Bearer ${auth}` } });
    expect((await withdraw(stranger)).statusCode).toBe(404);
    const done = await withdraw(token);
    expect([done.statusCode, done.json().state, done.json().withdrawable]).toEqual([200, 'withdrawn', false]);
    expect((await withdraw(token)).statusCode).toBe(409);
  });
});

describe('Mis ofertas once lots are decided, and the menu link', () => {
  it('shows each bid\'s outcome with its lot\'s report, and the deserted lot', async () => {
    const s = await createTestSupplier(t, { legalName: 'Resultados SpA' });
    const rival = await createTestSupplier(t);
    const call = await createTestCall(t);
    const [lot1, lot2] = call.lots;
    // Lot 1: both awarded (multi-award), ours second; lot 2: only the rival awarded.
    const [mine1, theirs1] = [await createOpenedBid(t, lot1!.id, s, 20_000_000), await createOpenedBid(t, lot1!.id, rival, 10_000_000)];
    await awardLot(t, call, lot1!.id, [{ bidId: theirs1, supplierId: rival.id, amount: 10_000_000 }, { bidId: mine1, supplierId: s.id, amount: 20_000_000 }]);
    const [, theirs2] = [await createOpenedBid(t, lot2!.id, s, 30_000_000), await createOpenedBid(t, lot2!.id, rival, 25_000_000)];
    await awardLot(t, call, lot2!.id, [{ bidId: theirs2, supplierId: rival.id, amount: 25_000_000 }], false);
    // A second call whose only bid's lot is declared deserted.
    const empty = await createTestCall(t, { lots: [{}] });
    await closeBidding(t, empty.lots[0]!.id);
    await createOpenedBid(t, empty.lots[0]!.id, s, 5_000_000);
    await t.database.db.transaction(async (tx) => {
      for (const [kind, data] of [['bids_opened', { bids: 1 }], ['deserted', { reason: 'Ninguna oferta cumple' }]] as const) {
        await recordProcessEvent(tx, { callId: empty.id, lotId: empty.lots[0]!.id, kind, data, author: 'official', actor: { id: null, label: 'test' } });
      }
    });
    const body = (await t.app.inject({ url: '/compras/mis-ofertas', cookies: s.rep.cookies })).body;
    const report = (callId: number, n: number) => `/instituciones/temuco/compras/llamados/${callId}/lotes/${n}/informe`;
    expect(body).toContain('Adjudicada (lugar 2)');
    expect(body).toContain('No adjudicada');
    expect(body).toContain('Lote declarado desierto');
    expect(body).not.toContain('>Abierta<');
    for (const [callId, n] of [[call.id, 1], [call.id, 2], [empty.id, 1]] as const) expect(body).toContain(`href="${report(callId, n)}"`);
    const en = (await t.app.inject({ url: '/compras/mis-ofertas?lang=en', cookies: s.rep.cookies })).body;
    expect(en).toContain('Awarded (rank 2)');
    expect(en).toContain('Not awarded');
  });

  it('links "Mis ofertas" in the menu of a representative, with the live bids on open lots, and not for a resident', async () => {
    const page = async (cookies: Record<string, string>) => (await t.app.inject({ url: '/', cookies })).body;
    const s = await createTestSupplier(t);
    expect(await page(s.rep.cookies)).toContain('<a href="/compras/mis-ofertas">Mis ofertas</a>');
    const call = await createTestCall(t);
    const url = `/instituciones/temuco/compras/llamados/${call.id}/lotes/1/oferta`;
    const sent = await postBidForm(t, url, s.rep, [['supplierId', String(s.id)], ['price', '1000'], ...answerFields(call)]);
    expect(sent.statusCode).toBe(303);
    expect(await page(s.rep.cookies)).toContain('<a href="/compras/mis-ofertas">Mis ofertas (1 en lotes abiertos)</a>');
    await closeBidding(t, call.lots[0]!.id);
    await t.database.db.transaction((tx) => recordProcessEvent(tx, {
      callId: call.id, lotId: call.lots[0]!.id, kind: 'bids_opened', data: { bids: 1 }, author: 'system', actor: { id: null, label: 'test' } }));
    expect(await page(s.rep.cookies)).toContain('<a href="/compras/mis-ofertas">Mis ofertas</a>');
    expect(await page((await signedIn(t)).cookies)).not.toContain('/compras/mis-ofertas');
  });
});
