// The request commands on a real database: filing (folio, token, event, audit, cache), recording steps (accepted,
// refused with nothing written, bad data, transfers within the installation), the correction ticker, and the reads.
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDb } from '../../../test-support/app.js';
import { auditLog } from '../../../core/audit/schema.js';
import { HttpError } from '../../../core/http/errors.js';
import { expireCorrections } from './commands/expire-corrections.js';
import { hashAccessToken } from './commands/file-request.js';
import { findRequest, findRequestByToken, listRequestEvents, listRequests, listTransfersOf } from './queries.js';
import { presentRequest, presentRequestEvent } from './present.js';
import { transparencyRequestEvents as ev, transparencyRequests as r } from './schema.js';
import { fileTestRequest, institutionIdOf, recordTestEvent } from './test-support.js';

let t: TestDb;
beforeAll(async () => { t = await createTestDatabase(); });
afterAll(async () => { await t.drop(); });
const db = () => t.database.db;

async function counts(requestId: number) {
  const [events] = await db().select({ n: count() }).from(ev).where(eq(ev.requestId, requestId));
  const [audit] = await db().select({ n: count() }).from(auditLog).where(and(eq(auditLog.resourceType, 'transparency_request'), eq(auditLog.resourceId, String(requestId))));
  return { events: events!.n, audit: audit!.n };
}

async function refusal(p: Promise<unknown>) {
  try { await p; } catch (err) { if (err instanceof HttpError) return { status: err.statusCode, key: err.messageKey }; throw err; }
  return null;
}

describe('fileRequest', () => {
  it('numbers folios per institution and year, stores only the token hash, and caches the replayed clock', async () => {
    const a = await fileTestRequest(db(), { at: new Date('2025-04-17T15:00:00-04:00') });
    const b = await fileTestRequest(db(), { at: new Date('2025-05-02T10:00:00-04:00') });
    const other = await fileTestRequest(db(), { slug: 'valdivia', at: new Date('2025-05-02T10:00:00-04:00') });
    const nextYear = await fileTestRequest(db(), { at: new Date('2026-01-02T10:00:00-03:00') });
    expect([a.folio, b.folio, other.folio, nextYear.folio]).toEqual(['2025-000001', '2025-000002', '2025-000001', '2026-000001']);
    expect(a.accessToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const [row] = await db().select().from(r).where(eq(r.id, a.id));
    expect(row!.accessTokenHash).toBe(hashAccessToken(a.accessToken));
    expect(JSON.stringify(row)).not.toContain(a.accessToken);
    // Viernes Santo 2025 (easter-2025.json): received 17 Apr, due 19 May.
    expect(row).toMatchObject({ state: 'received', receivedOn: '2025-04-17', dueOn: '2025-05-19', appealUntil: '2025-06-10', showName: false });
    expect(await counts(a.id)).toEqual({ events: 1, audit: 1 });
    // The art. 20 setting in force is frozen on the request: a later configuration change never moves its dates.
    const [filed] = await db().select().from(ev).where(eq(ev.requestId, a.id));
    expect(filed).toMatchObject({ kind: 'filed', author: 'requester', public: true, data: { thirdPartySuspends: false } });
    const [audit] = await db().select().from(auditLog).where(and(eq(auditLog.resourceType, 'transparency_request'), eq(auditLog.resourceId, String(a.id))));
    expect(audit!.actorLabel).toBe('requester');
  });

  it('hands out distinct folios to filings made at the same time', async () => {
    const filed = await Promise.all(Array.from({ length: 6 }, () => fileTestRequest(db(), { slug: 'arica', at: new Date('2026-03-02T10:00:00-03:00') })));
    expect(new Set(filed.map((f) => f.folio)).size).toBe(6);
    expect(filed.map((f) => f.folio).sort().at(-1)).toBe('2026-000006');
  });
});

describe('recordRequestEvent', () => {
  it('applies an accepted step: event, audit row, rewritten cache', async () => {
    const { id } = await fileTestRequest(db(), { at: new Date('2026-04-04T10:00:00-03:00') });
    const res = await recordTestEvent(db(), id, 'extended', { reasons: 'Volumen de documentos.' }, { at: new Date('2026-05-05T23:00:00-04:00') });
    expect(res.snapshot.clock.extendedDueOn).toBe('2026-05-19');
    const [row] = await db().select().from(r).where(eq(r.id, id));
    expect(row).toMatchObject({ receivedOn: '2026-04-06', dueOn: '2026-05-05', extendedDueOn: '2026-05-19', appealUntil: '2026-06-10' });
    expect(await counts(id)).toEqual({ events: 2, audit: 2 });
  });

  it('refuses a step against the rules with 409 and the rule\'s message, writing nothing', async () => {
    const { id } = await fileTestRequest(db(), { at: new Date('2026-09-17T10:00:00-03:00') });
    const before = await counts(id);
    expect(await refusal(recordTestEvent(db(), id, 'extended', { reasons: 'Tarde.' }, { at: new Date('2026-10-20T09:00:00-03:00') })))
      .toEqual({ status: 409, key: 'transparency.request.rule.deadlineExpired' });
    expect(await refusal(recordTestEvent(db(), id, 'answered', { kind: 'denied', text: 'No.' }, { at: new Date('2026-10-20T09:00:00-03:00') })))
      .toEqual({ status: 409, key: 'transparency.request.rule.causeRequired' });
    expect(await refusal(recordTestEvent(db(), id, 'satisfaction', { satisfied: true }, { author: 'requester', at: new Date('2026-10-20T09:00:00-03:00') })))
      .toEqual({ status: 409, key: 'transparency.request.rule.notAnswered' });
    expect(await counts(id)).toEqual(before);
  });

  it('serialises two officials acting at once: one acknowledgment is kept, the other refused', async () => {
    const { id } = await fileTestRequest(db());
    const results = await Promise.allSettled([recordTestEvent(db(), id, 'acknowledged'), recordTestEvent(db(), id, 'acknowledged')]);
    expect(results.map((x) => x.status).sort()).toEqual(['fulfilled', 'rejected']);
    const failed = results.find((x) => x.status === 'rejected') as PromiseRejectedResult;
    expect(failed.reason).toMatchObject({ statusCode: 409, messageKey: 'transparency.request.rule.alreadyAcknowledged' });
    expect(await counts(id)).toEqual({ events: 2, audit: 2 });
  });

  it('rejects bad data, bad times and unknown requests with 4xx', async () => {
    const { id } = await fileTestRequest(db(), { at: new Date('2026-09-17T10:00:00-03:00') });
    const bad = (p: Promise<unknown>) => refusal(p);
    expect(await bad(recordTestEvent(db(), id, 'extended', { reasons: '' }))).toMatchObject({ status: 400, key: 'transparency.request.rule.invalidData' });
    expect(await bad(recordTestEvent(db(), id, 'answered', { kind: 'already_public', text: 'x', url: 'javascript:alert(1)' }))).toMatchObject({ status: 400 });
    expect(await bad(recordTestEvent(db(), id, 'nonsense' as never, {}))).toMatchObject({ status: 400 });
    expect(await bad(recordTestEvent(db(), id, 'comment', { text: 'antes' }, { at: new Date('2026-09-01T10:00:00-03:00') }))).toMatchObject({ status: 400, key: 'transparency.request.rule.eventTime' });
    expect(await bad(recordTestEvent(db(), id, 'comment', { text: 'futuro' }, { at: new Date(Date.now() + 86_400_000) }))).toMatchObject({ status: 400, key: 'transparency.request.rule.eventTime' });
    expect(await bad(recordTestEvent(db(), 999_999, 'comment', { text: 'x' }))).toMatchObject({ status: 404 });
    expect((await counts(id)).events).toBe(1);
  });

  it('keeps internal notes off the public timeline and never shows a requester by name unless they chose so', async () => {
    const { id, institutionId, folio } = await fileTestRequest(db(), { requesterName: 'Pedro Rojas', showName: false });
    await recordTestEvent(db(), id, 'note', { text: 'Pedir a Finanzas.' });
    await recordTestEvent(db(), id, 'comment', { text: '¿Hay novedades?' }, { author: 'requester' });
    const pub = await listRequestEvents(db(), id, { includeInternal: false });
    expect(pub.map((e) => e.kind)).toEqual(['filed', 'comment']);
    // Fields an event kind does not define are dropped, never stored on the public timeline.
    await recordTestEvent(db(), id, 'comment', { text: 'Hola', requesterEmail: 'x@example.cl' }, { author: 'requester' });
    expect((await listRequestEvents(db(), id, { includeInternal: true })).at(-1)!.data).toEqual({ text: 'Hola' });
    expect((await listRequestEvents(db(), id, { includeInternal: true })).map((e) => e.kind)).toEqual(['filed', 'note', 'comment', 'comment']);
    const row = (await findRequest(db(), institutionId, folio))!;
    const shown = JSON.stringify([presentRequest(row), ...pub.map(presentRequestEvent)]);
    expect(shown).not.toContain('Pedro');
    expect(shown).not.toContain('example.cl');
    const named = await fileTestRequest(db(), { requesterName: 'Lucía Muñoz', showName: true });
    expect(presentRequest((await findRequest(db(), institutionId, named.folio))!).requesterName).toBe('Lucía Muñoz');
  });

  it('transfers to an institution on this installation: a new request filed there at the transfer instant', async () => {
    const { id, accessToken } = await fileTestRequest(db(), { at: new Date('2026-07-15T10:00:00-04:00') });
    const target = await institutionIdOf(db(), 'padre-las-casas');
    expect(await refusal(recordTestEvent(db(), id, 'transferred', { toBody: 'Temuco', toInstitutionId: await institutionIdOf(db(), 'temuco'), reasons: 'x' },
      { at: new Date('2026-07-15T18:00:00-04:00') }))).toMatchObject({ status: 400, key: 'transparency.request.rule.transferTarget' });
    const res = await recordTestEvent(db(), id, 'transferred', { toBody: 'Municipalidad de Padre Las Casas', toInstitutionId: target, toRequestId: 4242, reasons: 'Competencia de su Dirección de Tránsito.' },
      { at: new Date('2026-07-15T18:00:00-04:00') });
    expect(res.snapshot.state).toBe('transferred');
    expect(res.transferredTo?.folio).toBe('2026-000001');
    const original = (await findRequestByToken(db(), accessToken))!;
    const [moved] = await listTransfersOf(db(), original.id);
    expect(moved).toMatchObject({ institutionId: target, transferredFromId: id, state: 'received', receivedOn: '2026-07-15', dueOn: '2026-08-13', requesterEmail: 'ana.perez@example.cl' });
    const [event] = (await listRequestEvents(db(), id, { includeInternal: false })).filter((e) => e.kind === 'transferred');
    expect(event!.data).toMatchObject({ toInstitutionId: target, toRequestId: moved!.id });
  });
});

describe('expireCorrections', () => {
  it('deems withdrawn the requests whose correction day has ended, and only those', async () => {
    const late = await fileTestRequest(db(), { slug: 'angol', at: new Date('2026-05-25T10:00:00-04:00') });
    await recordTestEvent(db(), late.id, 'correction_requested', { reasons: 'Precise.' }, { at: new Date('2026-05-27T10:00:00-04:00') });
    const fresh = await fileTestRequest(db(), { slug: 'angol' });
    await recordTestEvent(db(), fresh.id, 'correction_requested', { reasons: 'Precise.' });
    expect(await db().transaction((tx) => expireCorrections(tx, new Date('2026-06-03T20:00:00-04:00')))).toBe(0);
    expect(await db().transaction((tx) => expireCorrections(tx))).toBe(1);
    const rows = await db().select({ id: r.id, state: r.state }).from(r).where(eq(r.institutionId, late.institutionId)).orderBy(r.id);
    expect(rows.map((x) => x.state)).toEqual(['withdrawn', 'awaiting_correction']);
  });
});

describe('listRequests and findRequestByToken', () => {
  it('pages newest first by keyset, filters by state and overdue, and opens a request by its private token only', async () => {
    const slug = 'lautaro';
    const old = await fileTestRequest(db(), { slug, at: new Date('2026-01-05T10:00:00-03:00') });
    const answered = await fileTestRequest(db(), { slug, at: new Date('2026-01-06T10:00:00-03:00') });
    await recordTestEvent(db(), answered.id, 'answered', { kind: 'delivered', text: 'Adjunto.' }, { at: new Date('2026-01-07T10:00:00-03:00') });
    const open = await fileTestRequest(db(), { slug });
    const institutionId = old.institutionId;
    const first = await listRequests(db(), { institutionId, limit: 2 });
    expect(first.items.map((x) => x.id)).toEqual([open.id, answered.id]);
    const second = await listRequests(db(), { institutionId, limit: 2, cursor: first.next! });
    expect(second.items.map((x) => x.id)).toEqual([old.id]);
    expect(second.next).toBeNull();
    expect((await listRequests(db(), { institutionId, limit: 10, overdue: true })).items.map((x) => x.id)).toEqual([old.id]);
    expect((await listRequests(db(), { institutionId, limit: 10, state: 'answered' })).items.map((x) => x.id)).toEqual([answered.id]);
    // Awaiting correction, the clock waits: no due date, so not overdue (false, never null).
    const waiting = await fileTestRequest(db(), { slug });
    await recordTestEvent(db(), waiting.id, 'correction_requested', { reasons: 'Precise el periodo.' });
    const onTime = (await listRequests(db(), { institutionId, limit: 10, overdue: false })).items;
    expect(onTime.map((x) => [x.id, x.overdue])).toEqual([[waiting.id, false], [open.id, false], [answered.id, false]]);
    expect((await findRequestByToken(db(), open.accessToken))?.id).toBe(open.id);
    expect(await findRequestByToken(db(), open.accessToken.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')))).toBeNull();
    expect(await findRequestByToken(db(), 'short')).toBeNull();
  });
});
