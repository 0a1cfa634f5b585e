// Factories for commitment tests: an actor's API token by role (test-support/people.ts ACTORS), and commitments and
// plans made through the API as Temuco's participation official.
import { sql } from 'drizzle-orm';
import type { TestApp } from '../../../test-support/app.js';
import { queryRows } from '../../../core/db/client.js';
import { ACTORS, apiTokenFor, type ActorKind } from '../../../test-support/people.js';
import { bearer } from '../votes/test-support.js';

export { bearer };

export async function tokenOf(t: TestApp, kind: ActorKind): Promise<string | null> {
  const b = await ACTORS[kind](t);
  return b ? apiTokenFor(t, b.personId) : null;
}

export const commitmentPayload = (extra: Record<string, unknown> = {}) => ({
  institution: 'temuco', title: 'Iluminación LED en la plaza Dreves', responsibleUnit: 'Dirección de Obras Municipales', dueDate: '2030-06-30',
  originType: 'procurement_contract', originRef: 'ocds-70d2nz-2359-12-LP24', ...extra,
});

export async function api(t: TestApp, method: 'GET' | 'POST' | 'PATCH', url: string, token: string | null, payload?: object) {
  return t.app.inject({ method, url, headers: token ? bearer(token) : {}, ...(payload ? { payload } : {}) });
}

export async function createCommitmentVia(t: TestApp, token: string, extra: Record<string, unknown> = {}) {
  const res = await api(t, 'POST', '/api/v1/participation/commitments', token, commitmentPayload(extra));
  if (res.statusCode !== 201) throw new Error(`commitment not created: ${res.statusCode} ${res.body}`);
  return res.json() as { id: number; progress: number; version: number; overdue: boolean; status: string };
}

/**
 * Funded projects to link commitments to: real rows when the budgets area's tables are migrated (written directly,
 * with the columns they need: these tests are about commitments), made-up ids otherwise.
 */
export async function fundedProjects(t: TestApp, ctx: { institutionId: number; processId: number; personId: number }, titles: Array<[string, number]>) {
  const [exists] = await queryRows<{ t: string | null }>(t.database.db, sql`select to_regclass('participation_budget_projects')::text as t`);
  if (!exists?.t) return titles.map(([title, cost], i) => ({ id: 900 + i, title, cost }));
  const [budget] = await queryRows<{ id: number }>(t.database.db, sql`insert into participation_budgets (institution_id, process_id, title, total, ideas_at, review_at,
    voting_at, results_at, ballot_kind, rule, created_by) values (${ctx.institutionId}, ${ctx.processId}, 'Presupuesto participativo 2027', 100000000,
    now() - interval '4 days', now() - interval '3 days', now() - interval '2 days', now() - interval '1 day', 'knapsack', 'mes', ${ctx.personId}) returning id`);
  const out = [];
  for (const [title, cost] of titles) {
    const [p] = await queryRows<{ id: number }>(t.database.db, sql`insert into participation_budget_projects (budget_id, institution_id, title, cost)
      values (${budget!.id}, ${ctx.institutionId}, ${title}, ${cost}) returning id`);
    out.push({ id: Number(p!.id), title, cost });
  }
  return out;
}
