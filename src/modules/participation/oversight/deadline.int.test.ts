// Observation deadlines on the Chilean calendar: counted in business days of the institution's territory from the
// day after opening (Santiago date), skipping Fiestas Patrias with their names; overdue from the next Santiago day.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { verifiedVoter } from '../votes/test-support.js';
import { createBody, insertCommitment, seatMembers } from './test-support.js';
import { openObservation } from './commands/observations.js';
import { isOverdue } from './present.js';
import { todayInChile } from './service.js';
import type { Body, Member } from './queries.js';

let t: TestApp;
let body: Body;
let member: Member;
let target: { targetType: 'commitment'; targetId: number; targetRef: null; targetLabel: string; targetUrl: string };
beforeAll(async () => {
  t = await createTestApp();
  body = await createBody(t);
  const v = await verifiedVoter(t);
  [member] = await seatMembers(t, body, [v.personId]) as [Member];
  const id = await insertCommitment(t);
  target = { targetType: 'commitment', targetId: id, targetRef: null, targetLabel: 'Luminarias', targetUrl: `/participacion/compromisos/${id}` };
}, 60_000);
afterAll(async () => { await t.close(); });

const openAt = (iso: string) => t.database.db.transaction((tx) =>
  openObservation(tx, body, member, '09101', target, { title: 'Plazo de prueba', body: 'Una observación para probar el plazo de respuesta.' }, { personId: member.personId, name: 'x' }, new Date(iso)));

describe('due dates', () => {
  it('skip Fiestas Patrias and weekends, and keep them as provenance', async () => {
    const o = await openAt('2025-09-16T15:00:00Z'); // Tuesday 16 September, noon in Santiago
    expect(o.dueDate).toBe('2025-10-02');
    expect(o.skippedDays).toEqual([
      { date: '2025-09-18', reason: 'holiday', name: 'Fiestas Patrias', law: 'Ley 2.977' }, { date: '2025-09-19', reason: 'holiday', name: 'Día de las Glorias del Ejército', law: 'Ley 2.977' },
      { date: '2025-09-20', reason: 'weekend' }, { date: '2025-09-21', reason: 'weekend' }, { date: '2025-09-27', reason: 'weekend' }, { date: '2025-09-28', reason: 'weekend' },
    ]);
  });

  it('start from the Santiago date of opening, not the UTC one', async () => {
    // 23:30 on Friday 12 September in Santiago is already Saturday in UTC: day 1 is Monday 15 either way, but day 10
    // counts from Friday, so the due date is the same as for a Friday noon opening.
    const late = await openAt('2025-09-13T02:30:00Z');
    const noon = await openAt('2025-09-12T15:00:00Z');
    expect(late.dueDate).toBe(noon.dueDate);
    expect(noon.dueDate).toBe('2025-09-30');
  });

  it('turn overdue once the due date has ended in Santiago', () => {
    const o = { status: 'open' as const, dueDate: '2025-10-02' };
    expect(isOverdue(o, todayInChile(new Date('2025-10-03T02:59:00Z')))).toBe(false); // 23:59 on the 2nd (UTC-3)
    expect(isOverdue(o, todayInChile(new Date('2025-10-03T03:00:00Z')))).toBe(true);
    expect(isOverdue({ ...o, status: 'answered' }, '2026-01-01')).toBe(false);
  });
});
