// The demo seed: a closed binding vote whose bulletin recounts to its results and meets its rule, and an open vote.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { seedProcessesDemo } from '../processes/seed.js';
import { seedVoteDemo } from './seed.js';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); }, 60_000);
afterAll(async () => { await t.close(); });

describe('seedVoteDemo', () => {
  it('leaves a closed vote with results and a bulletin, and an open one', async () => {
    const ids = await t.database.db.transaction(async (tx) => seedVoteDemo(tx, await seedProcessesDemo(tx)));
    const results = (await t.app.inject({ url: `/api/v1/participation/votes/${ids.closedVoteId}/results` })).json();
    expect(results.turnout).toBe(5);
    expect(results.binding.met).toBe(true);
    const bulletin = (await t.app.inject({ url: `/api/v1/participation/votes/${ids.closedVoteId}/bulletin` })).json();
    const marks = bulletin.ballots.reduce((a: number, b: { choices: number[] }) => a + b.choices.length, 0);
    expect(marks).toBe(results.options.reduce((a: number, o: { votes: number }) => a + o.votes, 0));
    const page = await t.app.inject({ url: `/participacion/votaciones/${ids.closedVoteId}/resultados` });
    expect(page.body).toContain('Resultado vinculante');
    expect((await t.app.inject({ url: `/api/v1/participation/votes?state=open` })).json().items.map((v: { id: number }) => v.id)).toContain(ids.openVoteId);
  });
});
