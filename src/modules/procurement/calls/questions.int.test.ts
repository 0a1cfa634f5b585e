// Q&A and amendments: questions until questionsUntil (inclusive, server time), public without the asker, answered
// once as a public step, rate-limited; amendments of a published call only before bids close, within their limits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq, sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { signedIn } from '../../../test-support/people.js';
import { procurementEvents, procurementReleases } from '../process/schema.js';
import { procurementQuestions } from './schema.js';
import { askQuestion } from './commands/questions.js';
import { updateCall } from './commands/save-call.js';
import { findCallDetail, inputOf } from './queries.js';
import { api, createCallVia, DAY, tokenOf, validCall, validLot } from './test-support.js';

let t: TestApp;
let official: string;
beforeAll(async () => { t = await createTestApp(); official = (await tokenOf(t, 'procurementOfficial'))!; }, 180_000);
afterAll(async () => { await t.close(); });

const OFFICIAL = { id: null, label: 'test' };
async function publishedCall(lots = 1) {
  const call = await createCallVia(t, official, validCall(new Date(), { lots: Array.from({ length: lots }, () => validLot()) }));
  await api(t, 'POST', `/api/v1/procurement/calls/${call.id}/publish`, official);
  return call;
}
const ask = (id: number, token: string | null, body: object) => api(t, 'POST', `/api/v1/procurement/calls/${id}/questions`, token, body);

describe('asking', () => {
  it('anyone signed in asks; the question is public, the asker never is', async () => {
    const call = await publishedCall();
    expect((await ask(call.id, null, { question: '¿Se aceptan uniones temporales?' })).statusCode).toBe(401);
    const res = await ask(call.id, await tokenOf(t, 'resident'), { question: '¿Se aceptan uniones temporales de proveedores?', lot: 1 });
    expect(res.statusCode).toBe(201);
    const json = (await api(t, 'GET', `/api/v1/procurement/calls/${call.id}`, null)).json();
    expect(json.questions).toEqual([{ id: res.json().id, lotId: call.lots[0]!.id, question: '¿Se aceptan uniones temporales de proveedores?', askedAt: expect.any(String), answer: null, answeredAt: null }]);
    expect(JSON.stringify(json)).not.toMatch(/askedBy|Persona/);
  });

  it('refuses a draft (404), an unknown lot (404) and a question after questionsUntil (409)', async () => {
    const resident = await tokenOf(t, 'resident');
    const draft = await createCallVia(t, official);
    expect((await ask(draft.id, resident, { question: '¿Hay visita a terreno?' })).statusCode).toBe(404);
    const call = await publishedCall();
    expect((await ask(call.id, resident, { question: '¿Hay visita a terreno?', lot: 7 })).statusCode).toBe(404);
    await t.database.db.execute(sql`update procurement_lots set questions_until = now() - interval '1 second' where call_id = ${call.id}`);
    const late = await ask(call.id, resident, { question: '¿Hay visita a terreno?' });
    expect([late.statusCode, late.json().message]).toEqual([409, 'El plazo de preguntas terminó (o el llamado no recibe preguntas).']);
  });

  it('takes a question at questionsUntil itself, not one millisecond after', async () => {
    const call = await publishedCall();
    const until = new Date(call.lots[0]!.questionsUntil);
    const asker = { id: (await signedIn(t)).personId, label: 'test' };
    await t.database.db.transaction((tx) => askQuestion(tx, { callId: call.id, lotId: call.lots[0]!.id, question: 'En el límite' }, asker, until));
    await expect(t.database.db.transaction((tx) => askQuestion(tx, { callId: call.id, lotId: null, question: 'Tarde' }, asker, new Date(until.getTime() + 1))))
      .rejects.toMatchObject({ statusCode: 409 });
    expect((await t.database.db.select().from(procurementQuestions).where(eq(procurementQuestions.callId, call.id))).map((q) => q.question)).toEqual(['En el límite']);
  });

  it('limits a person to 10 questions an hour', async () => {
    const call = await publishedCall();
    const resident = await tokenOf(t, 'resident');
    for (let i = 0; i < 10; i++) expect((await ask(call.id, resident, { question: `Pregunta número ${i} sobre el lote` })).statusCode).toBe(201);
    expect((await ask(call.id, resident, { question: 'Una pregunta de más sobre el lote' })).statusCode).toBe(429);
  });
});

describe('answering', () => {
  it('officials of the institution answer once, as a public tenderUpdate', async () => {
    const call = await publishedCall();
    const q = (await ask(call.id, await tokenOf(t, 'resident'), { question: '¿El presupuesto incluye IVA?' })).json().id as number;
    const answer = (token: string | null, text = 'Sí, incluye IVA.') => api(t, 'POST', `/api/v1/procurement/calls/${call.id}/questions/${q}/answer`, token, { answer: text });
    for (const kind of ['resident', 'participationOfficial', 'otherOfficial'] as const) expect((await answer(await tokenOf(t, kind))).statusCode).toBe(403);
    const res = await answer(official);
    expect(res.statusCode).toBe(200);
    expect(res.json().questions[0]).toMatchObject({ answer: 'Sí, incluye IVA.' });
    expect(res.json().events.map((e: { kind: string }) => e.kind)).toEqual(['published', 'question_answered']);
    expect((await answer(official, 'Otra respuesta')).statusCode).toBe(409);
    const releases = await t.database.db.select().from(procurementReleases).where(eq(procurementReleases.ocid, call.ocid)).orderBy(asc(procurementReleases.id));
    expect(releases.map((r) => r.tags)).toEqual([['tender'], ['tenderUpdate']]);
    // A question of another call through this call's URL is not found.
    const other = await publishedCall();
    expect((await api(t, 'POST', `/api/v1/procurement/calls/${other.id}/questions/${q}/answer`, official, { answer: 'x1' })).statusCode).toBe(404);
  });
});

describe('amendments', () => {
  it('a draft edit is private; a published amendment is public with its summary and a tenderAmendment release', async () => {
    const call = await createCallVia(t, official);
    const detail = (await findCallDetail(t.database.db, call.id))!;
    await t.database.db.transaction((tx) => updateCall(tx, call.id, { ...inputOf(detail), title: 'Nuevo título' }, null, OFFICIAL));
    await api(t, 'POST', `/api/v1/procurement/calls/${call.id}/publish`, official);
    const extended = { ...inputOf(detail), lots: [{ ...inputOf(detail).lots[0]!, bidsUntil: new Date(detail.lots[0]!.bidsUntil.getTime() + DAY), budgetAmount: 35_000_000 }] };
    await t.database.db.transaction((tx) => updateCall(tx, call.id, extended, 'Se extiende el plazo una semana y se aumenta el presupuesto.', OFFICIAL));
    const events = await t.database.db.select().from(procurementEvents).where(eq(procurementEvents.callId, call.id)).orderBy(asc(procurementEvents.id));
    expect(events.map((e) => [e.kind, e.public])).toEqual([['drafted', false], ['amended', false], ['published', true], ['amended', true]]);
    const releases = await t.database.db.select().from(procurementReleases).where(eq(procurementReleases.ocid, call.ocid)).orderBy(asc(procurementReleases.id));
    expect(releases.map((r) => r.tags)).toEqual([['tender'], ['tenderAmendment']]);
    expect(JSON.parse(releases[1]!.json).tender.lots[0].value.amount).toBe(35_000_000);
    const json = (await api(t, 'GET', `/api/v1/procurement/calls/${call.id}`, null)).json();
    expect(json.events.at(-1)).toMatchObject({ kind: 'amended', summary: 'Se extiende el plazo una semana y se aumenta el presupuesto.' });
  });

  it('refuses a lower budget or an earlier deadline, and any amendment once bids closed, writing nothing', async () => {
    const call = await publishedCall();
    const detail = (await findCallDetail(t.database.db, call.id))!;
    const lower = { ...inputOf(detail), lots: [{ ...inputOf(detail).lots[0]!, budgetAmount: 1 }] };
    await expect(t.database.db.transaction((tx) => updateCall(tx, call.id, lower, 'Baja', OFFICIAL))).rejects.toMatchObject({ statusCode: 422 });
    await t.database.db.execute(sql`update procurement_lots set bids_until = now() - interval '1 second', questions_until = now() - interval '1 hour' where call_id = ${call.id}`);
    const after = (await findCallDetail(t.database.db, call.id))!;
    await expect(t.database.db.transaction((tx) => updateCall(tx, call.id, { ...inputOf(after), title: 'Tarde' }, 'Tarde', OFFICIAL)))
      .rejects.toMatchObject({ statusCode: 409, messageKey: 'procurement.rule.amendAfterDeadline' });
    expect((await findCallDetail(t.database.db, call.id))!.title).toBe(detail.title);
    expect((await t.database.db.select().from(procurementEvents).where(eq(procurementEvents.callId, call.id))).map((e) => e.kind)).toEqual(['drafted', 'published']);
  });

  it('amends the open lots only: a cancelled lot keeps its content, even with its deadline passed', async () => {
    const call = await publishedCall(2);
    await api(t, 'POST', `/api/v1/procurement/calls/${call.id}/cancel`, official, { reason: 'No se necesita.', lot: 2 });
    await t.database.db.execute(sql`update procurement_lots set bids_until = now() - interval '1 second', questions_until = now() - interval '1 hour' where id = ${call.lots[1]!.id}`);
    const detail = (await findCallDetail(t.database.db, call.id))!;
    const input = inputOf(detail);
    const changed = { ...input, lots: input.lots.map((l) => ({ ...l, title: 'Título enmendado' })) };
    await t.database.db.transaction((tx) => updateCall(tx, call.id, changed, 'Se precisa el título.', OFFICIAL));
    expect((await findCallDetail(t.database.db, call.id))!.lots.map((l) => [l.state, l.title])).toEqual([['open', 'Título enmendado'], ['cancelled', detail.lots[1]!.title]]);
  });
});
