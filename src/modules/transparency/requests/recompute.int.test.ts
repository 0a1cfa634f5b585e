// A calendar change recomputes the deadlines that can still move, through the module's calendarChanged hook: an
// extra holiday added to Temuco moves its open request's due date (with a public event and an audit row saying
// before and after), and leaves alone another institution's request and a request whose appeal window is over.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDb } from '../../../test-support/app.js';
import { auditLog } from '../../../core/audit/schema.js';
import { institutionHolidays } from '../../../core/calendar/index.js';
import { transparencyModule } from '../index.js';
import { listRequestEvents } from './queries.js';
import { recomputeOpenDeadlines } from './recompute.js';
import { transparencyRequests as r } from './schema.js';
import { fileTestRequest, recordTestEvent } from './test-support.js';

let t: TestDb;
beforeAll(async () => { t = await createTestDatabase(); });
afterAll(async () => { await t.drop(); });
const db = () => t.database.db;
const rowOf = async (id: number) => (await db().select().from(r).where(eq(r.id, id)))[0]!;

describe('recomputeOpenDeadlines (calendarChanged)', () => {
  it('moves the dates of requests still running on the changed calendar, and records why', async () => {
    // Filed Monday 2 Nov 2026: due Monday 30 Nov; an extra holiday on 23 Nov makes it Tuesday 1 Dec
    // (case-files/institution-extra-holiday.json). The test runs on 21 Nov 2026 or later: dates are fixed, not relative.
    const open = await fileTestRequest(db(), { at: new Date('2026-11-02T10:00:00-03:00') });
    const elsewhere = await fileTestRequest(db(), { slug: 'valdivia', at: new Date('2026-11-02T10:00:00-03:00') });
    const closed = await fileTestRequest(db(), { at: new Date('2025-03-03T10:00:00-03:00') });
    await recordTestEvent(db(), closed.id, 'answered', { kind: 'denied', cause: '21.1.c', text: 'No.' }, { at: new Date('2025-03-10T10:00:00-03:00') });
    const before = { open: await rowOf(open.id), closed: await rowOf(closed.id) };
    expect(before.open).toMatchObject({ dueOn: '2026-11-30', appealUntil: '2026-12-22' });

    const moved = await db().transaction(async (tx) => {
      await tx.insert(institutionHolidays).values({ institutionId: open.institutionId, date: '2026-11-23', name: 'Feriado por ley especial (ejemplo)', law: 'Ley especial de ejemplo' });
      await transparencyModule.calendarChanged!(tx, { institutionId: open.institutionId, reason: 'holiday 2026-11-23 added' });
      return (await tx.select().from(r).where(eq(r.id, open.id)))[0]!;
    });
    expect(moved).toMatchObject({ dueOn: '2026-12-01', appealUntil: '2026-12-23', state: 'received' });
    const events = await listRequestEvents(db(), open.id, { includeInternal: false });
    expect(events.at(-1)).toMatchObject({
      kind: 'deadline_recomputed', author: 'system', public: true,
      data: { reason: 'holiday 2026-11-23 added', before: { dueOn: '2026-11-30', appealUntil: '2026-12-22' }, after: { dueOn: '2026-12-01', appealUntil: '2026-12-23' } },
    });
    const [audit] = await db().select().from(auditLog).where(and(eq(auditLog.action, 'transparency.request.deadline_recomputed'), eq(auditLog.resourceId, String(open.id))));
    expect(audit).toMatchObject({ public: true, actorLabel: 'system' });
    expect((await rowOf(elsewhere.id)).dueOn).toBe('2026-11-30');
    expect((await rowOf(closed.id)).updatedAt).toEqual(before.closed.updatedAt);
    expect((await listRequestEvents(db(), closed.id, { includeInternal: true })).map((e) => e.kind)).toEqual(['filed', 'answered']);
  });

  it('keeps a step that was valid when taken: removing a holiday does not undo an extension given on the due day', async () => {
    const slug = 'angol';
    const { id, institutionId } = await fileTestRequest(db(), { slug, at: new Date('2026-03-02T10:00:00-03:00') });
    const [holiday] = await db().insert(institutionHolidays).values({ institutionId, date: '2026-03-16', name: 'Ejemplo', law: 'Ley de ejemplo' }).returning();
    await db().transaction((tx) => recomputeOpenDeadlines(tx, { institutionId, reason: 'added' }));
    // With 16 March inhábil: due Tuesday 31 March; the extension comes at 20:00 that day, in time.
    expect((await rowOf(id)).dueOn).toBe('2026-03-31');
    await recordTestEvent(db(), id, 'extended', { reasons: 'Volumen.' }, { at: new Date('2026-03-31T20:00:00-03:00') });
    expect((await rowOf(id)).extendedDueOn).toBe('2026-04-15');
    const moved = await db().transaction(async (tx) => {
      await tx.delete(institutionHolidays).where(eq(institutionHolidays.id, holiday!.id));
      return recomputeOpenDeadlines(tx, { institutionId, reason: 'removed' });
    });
    // Due Monday 30 March again; the extension stands: +10 business days over Easter (3–4 April) is 14 April.
    expect(moved).toBe(1);
    expect(await rowOf(id)).toMatchObject({ state: 'received', dueOn: '2026-03-30', extendedDueOn: '2026-04-14', appealUntil: '2026-05-06' });
  });

  it('writes nothing when no date moves, and the next step replays on the new calendar', async () => {
    const { id, institutionId } = await fileTestRequest(db(), { slug: 'arica', at: new Date('2026-11-02T10:00:00-03:00') });
    const n = await db().transaction(async (tx) => {
      // A holiday after every date of the request changes none of them.
      await tx.insert(institutionHolidays).values({ institutionId, date: '2027-03-01', name: 'Ejemplo', law: 'Ley de ejemplo' });
      return recomputeOpenDeadlines(tx, { institutionId, reason: 'holiday 2027-03-01 added' });
    });
    expect(n).toBe(0);
    expect((await listRequestEvents(db(), id, { includeInternal: true })).map((e) => e.kind)).toEqual(['filed']);
  });
});
