// The requests demo, written through the real commands: every state appears, with an overdue request, an open appeal
// window, a correction awaited, a transfer that reached Padre Las Casas, and names shown only where chosen.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDb } from '../../../test-support/app.js';
import { toSantiagoDate } from '../../../core/calendar/index.js';
import { appealWindowOf, clockOf } from './present.js';
import { listRequests } from './queries.js';
import { REQUEST_STATES, transparencyRequestEvents as ev, transparencyRequests as r } from './schema.js';
import { seedRequestsDemo } from './seed.js';
import { institutionIdOf } from './test-support.js';

let t: TestDb;
beforeAll(async () => { t = await createTestDatabase(); });
afterAll(async () => { await t.drop(); });

describe('seedRequestsDemo', () => {
  it('files a dozen requests in every state for Temuco, with real events and deadlines', async () => {
    const db = t.database.db;
    await db.transaction((tx) => seedRequestsDemo(tx));
    const temuco = await institutionIdOf(db, 'temuco');
    const { items } = await listRequests(db, { institutionId: temuco, limit: 50 });
    expect(items.length).toBeGreaterThanOrEqual(12);
    expect(new Set(items.map((x) => x.state))).toEqual(new Set(REQUEST_STATES));
    expect(items.filter((x) => x.overdue).map((x) => x.subject)).toEqual(['Licencias de conducir otorgadas en 2024 por clase']);
    const today = toSantiagoDate(new Date());
    const denied = items.find((x) => x.answerKind === 'denied')!;
    expect(appealWindowOf(clockOf(denied), today)?.status).toBe('open');
    expect(items.find((x) => x.state === 'awaiting_correction')!.correctionDueOn! >= today).toBe(true);
    expect(items.find((x) => x.extendedDueOn !== null)!.state).toBe('in_progress');
    expect(items.filter((x) => x.showName).length).toBeLessThan(items.length / 2);
    const received = await db.select().from(r).where(eq(r.institutionId, await institutionIdOf(db, 'padre-las-casas')));
    expect(received).toHaveLength(1);
    expect(received[0]!.transferredFromId).toBe(items.find((x) => x.state === 'transferred')!.id);
    const events = await db.select({ kind: ev.kind }).from(ev).where(eq(ev.institutionId, temuco));
    expect(new Set(events.map((e) => e.kind))).toEqual(new Set(['filed', 'acknowledged', 'note', 'extended', 'correction_requested', 'correction_expired',
      'withdrawn', 'transferred', 'answered', 'satisfaction', 'comment', 'third_party_notified', 'third_party_opposed']));
  });
});
