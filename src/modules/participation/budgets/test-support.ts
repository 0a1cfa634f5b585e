// Factories for the budget tests: a process enabling the 'budget' component, a budget created through the API, its
// stages moved directly (the tests are about each stage, not about waiting for it), feasible projects, voting.
import { eq, sql } from 'drizzle-orm';
import type { TestApp } from '../../../test-support/app.js';
import { queryRows } from '../../../core/db/client.js';
import { createTestProcess } from '../processes/test-support.js';
import { bearer } from '../votes/test-support.js';
import { participationBudgets } from './schema.js';
import { participationVotes } from '../votes/schema.js';
import type { Stage } from './validation.js';

const HOUR = 3600_000;

export async function createTestBudget(t: TestApp, officialToken: string, extra: Record<string, unknown> = {}) {
  const process = await createTestProcess(t, { components: ['budget'] });
  const now = Date.now();
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/participation/budgets', headers: bearer(officialToken), payload: {
    process: process.id, title: 'Presupuesto participativo Temuco 2027', description: 'Proyectos de barrio.', total: '100000000',
    ideasAt: new Date(now - HOUR).toISOString(), reviewAt: new Date(now + HOUR).toISOString(), votingAt: new Date(now + 2 * HOUR).toISOString(),
    resultsAt: new Date(now + 3 * HOUR).toISOString(), ballot: { kind: 'knapsack', minSpend: '20000000' }, rule: 'mes', ...extra,
  } });
  if (res.statusCode !== 201) throw new Error(`budget not created: ${res.statusCode} ${res.body}`);
  return res.json() as { id: number; processId: number; votes: { district: string; voteId: number }[] };
}

/** Moves the budget's dates so that `stage` is the one open now (and its votes' window with it, when voting). */
export async function setStage(t: TestApp, budgetId: number, stage: Stage) {
  const now = Date.now();
  const at = { ideas: [-1, 1, 2, 3], review: [-2, -1, 1, 2], voting: [-3, -2, -1, 1], results: [-4, -3, -2, -1 / 3600], upcoming: [1, 2, 3, 4] }[stage]
    .map((h) => new Date(now + h * HOUR));
  await t.database.db.update(participationBudgets).set({ ideasAt: at[0]!, reviewAt: at[1]!, votingAt: at[2]!, resultsAt: at[3]! })
    .where(eq(participationBudgets.id, budgetId));
  await t.database.db.update(participationVotes).set({ opensAt: at[2]!, closesAt: at[3]! })
    .where(sql`${participationVotes.ballotRule}->>'budgetId' = ${String(budgetId)}`);
}

export interface TestProject { title: string; cost: number; district?: string }

/** Projects added by the official in the ideas stage and reviewed feasible at their cost; answers their ids. */
export async function feasibleProjects(t: TestApp, officialToken: string, budgetId: number, projects: TestProject[]): Promise<number[]> {
  const ids: number[] = [];
  for (const p of projects) {
    const res = await t.app.inject({ method: 'POST', url: `/api/v1/participation/budgets/${budgetId}/projects`, headers: bearer(officialToken),
      payload: { title: p.title, description: `Proyecto ${p.title} para el barrio.`, cost: String(p.cost), ...(p.district ? { district: p.district } : {}) } });
    if (res.statusCode !== 201) throw new Error(`project not created: ${res.statusCode} ${res.body}`);
    ids.push(res.json().id);
  }
  for (const [i, id] of ids.entries()) {
    const res = await t.app.inject({ method: 'POST', url: `/api/v1/participation/budgets/projects/${id}/review`, headers: bearer(officialToken),
      payload: { verdict: 'feasible', cost: String(projects[i]!.cost), answer: 'Factible: terreno municipal disponible y costo revisado.' } });
    if (res.statusCode !== 201) throw new Error(`review failed: ${res.statusCode} ${res.body}`);
  }
  return ids;
}

/** Opens the voting (the budget moved to its voting stage); answers the budget with its votes. */
export async function startVoting(t: TestApp, officialToken: string, budgetId: number) {
  await setStage(t, budgetId, 'voting');
  const res = await t.app.inject({ method: 'POST', url: `/api/v1/participation/budgets/${budgetId}/voting`, headers: bearer(officialToken) });
  if (res.statusCode !== 201) throw new Error(`voting not opened: ${res.statusCode} ${res.body}`);
  return res.json() as { id: number; votes: { district: string; voteId: number }[] };
}

/** The vote's option id of each project. */
export async function optionsOf(t: TestApp, voteId: number): Promise<Map<number, number>> {
  const rows = await queryRows<{ project_id: number; option_id: number }>(t.database.db,
    sql`select project_id, option_id from participation_budget_options where vote_id = ${voteId}`);
  return new Map(rows.map((r) => [Number(r.project_id), Number(r.option_id)]));
}
