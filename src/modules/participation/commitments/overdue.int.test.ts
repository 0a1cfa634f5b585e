// Overdue on the Chilean calendar day: a commitment due on the 14th is on time through the 14th in Santiago and
// overdue from its first minute of the 15th, whatever the UTC date; the same flag in the page's API, the list, its
// filter and the exports; an unfinished milestone past due makes its commitment overdue; done and cancelled never are.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { findInstitution } from '../../../core/tenancy/queries.js';
import { listCommitments } from './queries.js';
import { api, createCommitmentVia, tokenOf } from './test-support.js';

let t: TestApp;
let official: string;
beforeAll(async () => { t = await createTestApp(); official = (await tokenOf(t, 'participationOfficial'))!; }, 60_000);
afterAll(async () => { await t.close(); });
afterEach(() => { vi.useRealTimers(); });

const overdueOf = async (id: number) => (await api(t, 'GET', `/api/v1/participation/commitments/${id}`, null)).json().overdue as boolean;

describe('overdue', () => {
  it('turns on at midnight in Santiago, not at midnight UTC', async () => {
    const c = await createCommitmentVia(t, official, { dueDate: '2026-07-14' });
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-07-15T03:30:00Z')); // 23:30 of the 14th in Santiago (UTC-4), already the 15th in UTC
    expect(await overdueOf(c.id)).toBe(false);
    vi.setSystemTime(new Date('2026-07-15T04:30:00Z')); // 00:30 of the 15th in Santiago
    expect(await overdueOf(c.id)).toBe(true);
  });

  it('is the same flag in the list, its filter, the export and the page', async () => {
    const late = await createCommitmentVia(t, official, { institution: 'valdivia', dueDate: '2020-01-31' }).catch(() => null);
    expect(late).toBeNull(); // Temuco's official cannot write for Valdivia
    const past = await createCommitmentVia(t, official, { dueDate: '2020-01-31', title: 'Vencido' });
    const future = await createCommitmentVia(t, official, { dueDate: '2099-01-31', title: 'A tiempo' });
    const done = await createCommitmentVia(t, official, { dueDate: '2020-01-31', progress: 100, status: 'done', title: 'Cumplido' });
    const milestoneLate = await createCommitmentVia(t, official, { dueDate: '2099-01-31', title: 'Hito vencido' });
    await api(t, 'POST', `/api/v1/participation/commitments/${milestoneLate.id}/milestones`, official, { title: 'Diseño', dueDate: '2020-05-01' });
    const list = (await api(t, 'GET', '/api/v1/participation/commitments?institution=temuco&limit=200', null)).json().items as Array<{ id: number; overdue: boolean }>;
    const flag = (id: number) => list.find((r) => r.id === id)!.overdue;
    expect([flag(past.id), flag(future.id), flag(done.id), flag(milestoneLate.id)]).toEqual([true, false, false, true]);
    const filtered = (await api(t, 'GET', '/api/v1/participation/commitments?institution=temuco&overdue=true&limit=200', null)).json().items as Array<{ id: number }>;
    expect(filtered.map((r) => r.id).sort()).toEqual(list.filter((r) => r.overdue).map((r) => r.id).sort());
    const notOverdue = (await api(t, 'GET', '/api/v1/participation/commitments?institution=temuco&overdue=false&limit=200', null)).json().items as Array<{ id: number }>;
    expect(notOverdue.length + filtered.length).toBe(list.length);
    const csv = (await api(t, 'GET', '/api/v1/participation/commitments?institution=temuco&overdue=true&format=csv', null)).body;
    expect(csv.trim().split('\r\n')).toHaveLength(filtered.length + 1);
    for (const id of [past.id, future.id, milestoneLate.id]) expect(await overdueOf(id)).toBe(flag(id));
    // Completing the milestone clears the flag.
    const detail = (await api(t, 'GET', `/api/v1/participation/commitments/${milestoneLate.id}`, null)).json();
    await api(t, 'PATCH', `/api/v1/participation/commitments/${milestoneLate.id}/milestones/${detail.milestones[0].id}`, official, { doneDate: '2020-04-30' });
    expect(await overdueOf(milestoneLate.id)).toBe(false);
  });

  it('is computed against the date given, in SQL', async () => {
    const temuco = (await findInstitution(t.database.db, 'temuco'))!;
    const c = await createCommitmentVia(t, official, { dueDate: '2031-03-14' });
    const row = async (today: string) => (await listCommitments(t.database.db, { institutionId: temuco.id }, today, 500)).find((r) => r.id === c.id)!;
    expect((await row('2031-03-14')).overdue).toBe(false);
    expect((await row('2031-03-15')).overdue).toBe(true);
  });
});

describe('the list', () => {
  it('pages by cursor and filters by status and origin', async () => {
    for (let i = 0; i < 3; i++) await createCommitmentVia(t, official, { institution: 'temuco', title: `Paginado ${i}` });
    const first = (await api(t, 'GET', '/api/v1/participation/commitments?institution=temuco&limit=2', null)).json();
    expect(first.items).toHaveLength(2);
    const second = (await api(t, 'GET', `/api/v1/participation/commitments?institution=temuco&limit=2&cursor=${first.next}`, null)).json();
    expect(second.items[0].id).toBeLessThan(first.items[1].id);
    const done = (await api(t, 'GET', '/api/v1/participation/commitments?institution=temuco&status=done', null)).json().items as Array<{ status: string }>;
    expect(done.every((r) => r.status === 'done')).toBe(true);
    expect((await api(t, 'GET', '/api/v1/participation/commitments?institution=temuco&origin=vote', null)).json().items).toEqual([]);
    expect((await api(t, 'GET', '/api/v1/participation/commitments?institution=nowhere', null)).statusCode).toBe(404);
  });
});
