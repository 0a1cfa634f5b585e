// The demo seed: a body whose members came out of a draw anyone can re-run, an answered observation on the given
// commitment, one still open, and a report, all visible through the API.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { findInstitution } from '../../../core/tenancy/queries.js';
import { signedIn } from '../../../test-support/people.js';
import { insertCommitment } from './test-support.js';
import { seedOversightDemo } from './seed.js';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); }, 60_000);
afterAll(async () => { await t.close(); });

describe('seedOversightDemo', () => {
  it('seeds a drawn body, an answered and an open observation and a report', async () => {
    const inst = (await findInstitution(t.database.db, 'temuco'))!;
    const official = await signedIn(t, 'official', 'temuco', ['participation']);
    const residents = await Promise.all(Array.from({ length: 5 }, () => signedIn(t)));
    const commitmentId = await insertCommitment(t);
    await t.database.db.transaction((tx) => seedOversightDemo(tx, { institutionId: inst.id, officialId: official.personId, residentIds: residents.map((r) => r.personId), commitmentId }));
    const body = (await t.app.inject({ url: '/api/v1/participation/oversight/bodies/temuco' })).json();
    expect(body.members).toHaveLength(3);
    expect(body.members.every((m: { inTerm: boolean }) => m.inTerm)).toBe(true);
    const [draw] = body.draws;
    const h = (s: string) => createHash('sha256').update(s).digest('hex');
    expect(h(draw.seed)).toBe(draw.seedHash);
    const ids: string[] = draw.volunteers.map((v: { publicId: string }) => v.publicId);
    const listHash = h(ids.map((id) => `${id}\n`).join(''));
    expect(draw.members).toEqual(ids.map((id) => [h(`${draw.seed}:${listHash}:${id}`), id]).sort().slice(0, 3).map(([, id]) => id));
    const list = (await t.app.inject({ url: '/api/v1/participation/oversight/bodies/temuco/observations' })).json().items;
    expect(list.map((o: { status: string }) => o.status).sort()).toEqual(['answered', 'open']);
    expect(list.find((o: { status: string }) => o.status === 'answered')).toMatchObject({ targetType: 'commitment', targetId: commitmentId });
    expect((await t.app.inject({ url: '/api/v1/participation/oversight/bodies/temuco/reports' })).json()).toHaveLength(1);
  });

  it('seats the demo oversight account (core role oversight_member) through the draw, so it can open observations', async () => {
    const inst = (await findInstitution(t.database.db, 'valdivia'))!;
    const official = await signedIn(t, 'official', 'valdivia', ['participation']);
    await signedIn(t, 'oversight_member', 'valdivia');
    const residents = await Promise.all(Array.from({ length: 6 }, () => signedIn(t)));
    await t.database.db.transaction((tx) => seedOversightDemo(tx, { institutionId: inst.id, officialId: official.personId, residentIds: residents.map((r) => r.personId), commitmentId: null }));
    const body = (await t.app.inject({ url: '/api/v1/participation/oversight/bodies/valdivia' })).json();
    const [draw] = body.draws;
    expect(draw.volunteers).toHaveLength(7);
    expect(draw.members).toContain('V0001');
    expect(body.members).toHaveLength(3);
  });
});
