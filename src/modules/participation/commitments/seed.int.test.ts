// The demo seed: commitments for the funded projects (one overdue, one with progress and evidence), the action plan
// with three pillars and four axes, its lines as commitments and a parent whose progress is its children's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { signedIn } from '../../../test-support/people.js';
import { createTestProcess } from '../processes/test-support.js';
import { seedCommitmentsDemo } from './seed.js';
import { fundedProjects } from './test-support.js';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); }, 60_000);
afterAll(async () => { await t.close(); });

describe('seedCommitmentsDemo', () => {
  it('seeds the commitments, the plan and its dashboard', async () => {
    const process = await createTestProcess(t);
    const official = await signedIn(t, 'official', 'temuco', ['participation']);
    const projects = await fundedProjects(t, { institutionId: process.institutionId, processId: process.id, personId: official.personId },
      [['Plaza activa en Pueblo Nuevo', 48_000_000], ['Luminarias LED en Amanecer', 35_500_000], ['Huertos comunitarios en Labranza', 12_000_000]]);
    const { commitmentIds } = await t.database.db.transaction((tx) => seedCommitmentsDemo(tx, { institutionId: process.institutionId, officialId: official.personId,
      processId: process.id, fundedProjects: projects }));
    expect(commitmentIds).toHaveLength(9);
    const list = (await t.app.inject({ url: '/api/v1/participation/commitments?institution=temuco&limit=200' })).json().items as Array<{ id: number; overdue: boolean; origin: { type: string }; progress: number }>;
    const funded = list.filter((c) => c.origin.type === 'budget_project');
    expect(funded).toHaveLength(3);
    expect(funded.filter((c) => c.overdue)).toHaveLength(1);
    const plans = (await t.app.inject({ url: '/api/v1/participation/action-plans?institution=temuco' })).json();
    const plan = (await t.app.inject({ url: `/api/v1/participation/action-plans/${plans[0].id}` })).json();
    expect(plan.pillars).toHaveLength(3);
    expect(plan.axes.map((a: { name: string }) => a.name)).toEqual(['Gestión del cambio', 'Equidad de género', 'Innovación', 'Tecnología']);
    expect(plan.dashboard.total).toMatchObject({ lines: 6, done: 1, overdue: 1 }); // sub-commitments count through their line
    const parent = (await t.app.inject({ url: `/api/v1/participation/commitments/${commitmentIds[3]}` })).json();
    expect(parent).toMatchObject({ progress: 60, progressFromChildren: true, status: 'in_progress' }); // (100·1 + 40·2) / 3
    expect((await t.app.inject({ url: `/participacion/planes-de-accion/${plan.id}` })).statusCode).toBe(200);
  });
});
