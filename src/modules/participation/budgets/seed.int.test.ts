// The demo seed: a sealed, tallied budget whose stored results equal a fresh computation from its bulletin, with
// both rules side by side and the results page explaining each project.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { seedProcessesDemo } from '../processes/seed.js';
import { seedBudgetDemo } from './seed.js';
import { budgetOf } from './service.js';
import { budgetVotes } from './queries.js';
import { electionOf } from './election.js';
import { tallyBoth } from './commands/compute-results.js';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); }, 60_000);
afterAll(async () => { await t.close(); });

describe('seedBudgetDemo', () => {
  it('leaves Temuco’s budget voted, sealed and tallied under both rules', async () => {
    const demo = await t.database.db.transaction(async (tx) => seedBudgetDemo(tx, await seedProcessesDemo(tx)));
    expect(demo.fundedProjects.length).toBeGreaterThan(2);
    expect(demo.fundedProjects.reduce((sum, p) => sum + p.cost, 0)).toBeLessThanOrEqual(300_000_000);
    const results = (await t.app.inject({ url: `/api/v1/participation/budgets/${demo.budgetId}/results` })).json().results as
      Array<{ rule: string; selected: number[]; cost: string }>;
    const [mes, greedy] = ['mes', 'greedy'].map((r) => results.find((x) => x.rule === r)!);
    expect(mes!.selected).toEqual(demo.fundedProjects.map((p) => p.id));
    // The centre's majority takes most of the budget under greedy; equal shares fund more of the city.
    expect(mes!.selected).not.toEqual(greedy!.selected);
    const fresh = tallyBoth(await budgetOf(t.database.db, demo.budgetId), await electionOf(t.database.db, (await budgetVotes(t.database.db, demo.budgetId))[0]!));
    expect(fresh.map((f) => f.selected.map(Number))).toEqual([mes!.selected, greedy!.selected]);
    const bulletin = (await t.app.inject({ url: `/api/v1/participation/votes/${(await budgetVotes(t.database.db, demo.budgetId))[0]!.voteId}/bulletin` })).json();
    expect(bulletin.ballots.length).toBeGreaterThan(300);
    const page = await t.app.inject({ url: `/participacion/presupuestos/${demo.budgetId}/resultados` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('ya habían gastado su parte en');
  });
});
