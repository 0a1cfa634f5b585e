// The demo seed leaves a browsable set: a dozen public proposals, one in evaluation past the threshold, one accepted
// with its cost and one rejected with reasons, each with its history.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { signedIn } from '../../../test-support/people.js';
import { createTestProcess } from '../processes/test-support.js';
import { seedProposalsDemo } from './seed.js';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); }, 60_000);
afterAll(async () => { await t.close(); });

it('seeds proposals in every interesting state', async () => {
  const process = await createTestProcess(t, { components: ['proposals'] });
  const official = await signedIn(t, 'official', 'temuco', ['participation']);
  const residentIds: number[] = [];
  for (let i = 0; i < 5; i++) residentIds.push((await signedIn(t)).personId);
  const ids = await t.database.db.transaction((tx) => seedProposalsDemo(tx, { processId: process.id, institutionId: process.institutionId, officialId: official.personId, residentIds }));
  expect(ids).toHaveLength(12);
  const items = (await t.app.inject({ method: 'GET', url: `/api/v1/participation/proposals?process=${process.id}&limit=50` })).json().items;
  const states = Object.fromEntries(items.map((i: { id: number; state: string }) => [i.id, i.state]));
  expect([states[ids[0]!], states[ids[2]!], states[ids[4]!]]).toEqual(['evaluation', 'accepted', 'rejected']);
  expect(items.filter((i: { state: string }) => i.state === 'published')).toHaveLength(9);
  const accepted = (await t.app.inject({ method: 'GET', url: `/api/v1/participation/proposals/${ids[2]}` })).json();
  expect(accepted.answer.estimatedCost).toBe('48500000');
});
