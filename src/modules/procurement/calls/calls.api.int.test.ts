// Calls through the API: who may write (per role), drafts hidden, 422 with every broken rule and nothing written,
// publication with the quick-purchase ceiling by the month's UTM, cancellation, and the events and releases emitted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq, sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { queryRows } from '../../../core/db/client.js';
import type { ActorKind } from '../../../test-support/people.js';
import { procurementEvents, procurementReleases } from '../process/schema.js';
import { procurementUtmValues } from './schema.js';
import { utmMonthOf } from './rules.js';
import { api, callBody, createCallVia, setTestUtm, TEST_UTM_PESOS, tokenOf, validCall, validLot } from './test-support.js';

let t: TestApp;
let official: string;
beforeAll(async () => { t = await createTestApp(); official = (await tokenOf(t, 'procurementOfficial'))!; }, 180_000);
afterAll(async () => { await t.close(); });

const count = async (table: string) => Number((await queryRows<{ n: number }>(t.database.db, sql.raw(`select count(*)::int as n from ${table}`)))[0]!.n);
const publish = (id: number, token = official) => api(t, 'POST', `/api/v1/procurement/calls/${id}/publish`, token);
const releasesOf = async (ocid: string) => (await t.database.db.select().from(procurementReleases).where(eq(procurementReleases.ocid, ocid)).orderBy(asc(procurementReleases.id)));

describe('who may create, publish and cancel a call', () => {
  const table: Array<[ActorKind, number]> = [['anonymous', 401], ['resident', 403], ['participationOfficial', 403], ['otherOfficial', 403], ['otherAdmin', 403],
    ['procurementOfficial', 201], ['admin', 201], ['platformAdmin', 201]];
  it.each(table)('%s → %i on create; publish and cancel of a Temuco call alike', async (kind, status) => {
    const token = await tokenOf(t, kind);
    expect((await api(t, 'POST', '/api/v1/procurement/calls', token, callBody())).statusCode).toBe(status);
    const draft = await createCallVia(t, official);
    // A draft of another institution is not even shown to exist: 404 rather than 403.
    const expected = status === 201 ? 200 : status === 401 ? 401 : kind === 'resident' || kind === 'otherOfficial' || kind === 'otherAdmin' || kind === 'participationOfficial' ? 404 : status;
    expect((await publish(draft.id, token as string)).statusCode).toBe(expected);
    const published = await createCallVia(t, official);
    await publish(published.id);
    expect((await api(t, 'POST', `/api/v1/procurement/calls/${published.id}/cancel`, token, { reason: 'Se reformula la necesidad.' })).statusCode).toBe(status === 201 ? 200 : status);
  });
});

describe('drafts are private', () => {
  it('a draft is a 404 to the public and to other institutions, listed only for its officials', async () => {
    const draft = await createCallVia(t, official);
    for (const kind of ['anonymous', 'resident', 'otherOfficial', 'participationOfficial'] as const) {
      expect((await api(t, 'GET', `/api/v1/procurement/calls/${draft.id}`, await tokenOf(t, kind))).statusCode).toBe(404);
    }
    expect((await api(t, 'GET', `/api/v1/procurement/calls/${draft.id}`, official)).json().state).toBe('draft');
    const publicList = (await api(t, 'GET', '/api/v1/procurement/calls?institution=temuco&limit=200', null)).json().items as Array<{ id: number }>;
    expect(publicList.some((c) => c.id === draft.id)).toBe(false);
    const officialList = (await api(t, 'GET', '/api/v1/procurement/calls?institution=temuco&state=draft&limit=200', official)).json().items as Array<{ id: number }>;
    expect(officialList.some((c) => c.id === draft.id)).toBe(true);
    const [drafted] = await t.database.db.select().from(procurementEvents).where(eq(procurementEvents.callId, draft.id));
    expect([drafted!.kind, drafted!.public]).toEqual(['drafted', false]);
    expect(await releasesOf(draft.ocid)).toEqual([]);
  });

  it('lists newest first by cursor, filtered by kind', async () => {
    const a = await createCallVia(t, official, validCall(new Date(), { kind: 'grant', criteria: [{ kind: 'technical', name: 'Mérito', description: '', weight: 100, minScore: null }] }));
    await publish(a.id);
    const page = await api(t, 'GET', '/api/v1/procurement/calls?kind=grant&limit=1', null);
    expect(page.json().items.map((c: { id: number }) => c.id)).toEqual([a.id]);
    expect(page.json().items[0].url).toBe(`/instituciones/temuco/compras/llamados/${a.id}`);
    const csv = await api(t, 'GET', '/api/v1/procurement/calls?kind=grant&format=csv', null);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.split('\r\n')[1]).toMatch(new RegExp(`^${a.id},${a.ocid},temuco,grant,published,`));
  });
});

describe('bad input: 422 with every broken rule, nothing written', () => {
  it('weights, calendar and an unknown region', async () => {
    const before = await Promise.all(['procurement_calls', 'procurement_lots', 'procurement_criteria', 'procurement_events', 'audit_log'].map(count));
    const now = new Date();
    const input = validCall(now, {
      lots: [validLot(now, { regionCode: '99', questionsUntil: new Date(now.getTime() + 20 * 86_400_000) })],
      criteria: [{ kind: 'price', name: 'Precio', description: '', weight: 50, minScore: null }, { kind: 'technical', name: 'Técnica', description: '', weight: 45, minScore: null }],
    });
    const res = await api(t, 'POST', '/api/v1/procurement/calls', official, callBody('temuco', input));
    expect(res.statusCode).toBe(422);
    expect(res.json().fields).toEqual({
      lot1_questionsUntil: 'Las preguntas deben cerrar antes o al mismo tiempo que las ofertas.',
      criteria: 'Las ponderaciones suman 95 %: deben sumar exactamente 100 %.',
      lot1_regionCode: 'Elija una región de la lista.',
    });
    expect(await Promise.all(['procurement_calls', 'procurement_lots', 'procurement_criteria', 'procurement_events', 'audit_log'].map(count))).toEqual(before);
  });

  it('a malformed body is a 400', async () => {
    expect((await api(t, 'POST', '/api/v1/procurement/calls', official, { ...callBody(), lots: [] })).statusCode).toBe(400);
    expect((await api(t, 'POST', '/api/v1/procurement/calls', official, { ...callBody(), secret: 1 })).statusCode).toBe(400);
  });
});

describe('publishing', () => {
  it('emits the tender release with lots and opens them; publishing twice is a conflict', async () => {
    const call = await createCallVia(t, official);
    const res = await publish(call.id);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ state: 'published', lots: [{ state: 'open' }], events: [{ kind: 'published' }] });
    expect((await releasesOf(call.ocid)).map((r) => r.tags)).toEqual([['tender']]);
    expect((await publish(call.id)).statusCode).toBe(409);
  });

  it('judges the calendar again at publication: a deadline passed since drafting refuses it', async () => {
    const call = await createCallVia(t, official);
    await t.database.db.execute(sql`update procurement_lots set questions_until = now() - interval '1 minute' where call_id = ${call.id}`);
    const res = await publish(call.id);
    expect(res.statusCode).toBe(422);
    expect(Object.keys(res.json().fields)).toEqual(['lot1_questionsUntil']);
    expect((await api(t, 'GET', `/api/v1/procurement/calls/${call.id}`, official)).json().state).toBe('draft');
  });
});

describe('quick purchases: at most config.quickPurchaseUtm UTM of the month of publication', () => {
  const month = utmMonthOf(new Date());
  const quick = (budgets: number[]) => validCall(new Date(), { kind: 'quick_purchase', lots: budgets.map((b) => validLot(new Date(), { budgetAmount: b })) });
  const ceiling = () => t.config.quickPurchaseUtm * TEST_UTM_PESOS;

  it('refuses while the month\'s UTM is missing, saying what to do', async () => {
    await t.database.db.delete(procurementUtmValues).where(eq(procurementUtmValues.month, month));
    const call = await createCallVia(t, official, quick([1_000_000]));
    const res = await publish(call.id);
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toBe(`Falta el valor de la UTM de ${month.slice(0, 7)}: un administrador debe ingresarlo en /admin/utm antes de publicar una compra ágil.`);
  });

  it('publishes at and below the ceiling, summing the lots; refuses one peso above', async () => {
    await setTestUtm(t, month);
    const at = await createCallVia(t, official, quick([ceiling() - 1_000_000, 1_000_000]));
    expect((await publish(at.id)).statusCode).toBe(200);
    const below = await createCallVia(t, official, quick([ceiling() - 1]));
    expect((await publish(below.id)).statusCode).toBe(200);
    const above = await createCallVia(t, official, quick([ceiling() - 1_000_000, 1_000_001]));
    const res = await publish(above.id);
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toContain(`sobre el tope de una compra ágil: ${t.config.quickPurchaseUtm} UTM de ${month.slice(0, 7)}`);
    expect((await api(t, 'GET', `/api/v1/procurement/calls/${above.id}`, official)).json()).toMatchObject({ state: 'draft', minimumBids: 3 });
  });
});

describe('cancelling', () => {
  it('a lot, then the whole call: public reasons, tenderUpdate then tenderCancellation', async () => {
    const call = await createCallVia(t, official, validCall(new Date(), { lots: [validLot(), validLot()] }));
    await publish(call.id);
    const lot = await api(t, 'POST', `/api/v1/procurement/calls/${call.id}/cancel`, official, { reason: 'El lote 2 se compra por convenio marco.', lot: 2 });
    expect(lot.json().lots.map((l: { state: string }) => l.state)).toEqual(['open', 'cancelled']);
    const whole = await api(t, 'POST', `/api/v1/procurement/calls/${call.id}/cancel`, official, { reason: 'Cambió la necesidad.' });
    expect(whole.json()).toMatchObject({ state: 'cancelled', lots: [{ state: 'cancelled', reason: 'Cambió la necesidad.' }, { state: 'cancelled', reason: 'El lote 2 se compra por convenio marco.' }] });
    expect((await releasesOf(call.ocid)).map((r) => r.tags)).toEqual([['tender'], ['tenderUpdate'], ['tenderCancellation']]);
    expect((await api(t, 'POST', `/api/v1/procurement/calls/${call.id}/cancel`, official, { reason: 'Otra vez.' })).statusCode).toBe(409);
    expect((await api(t, 'POST', `/api/v1/procurement/calls/${call.id}/cancel`, official, { reason: 'x', lot: 9 })).statusCode).toBe(400);
  });
});
