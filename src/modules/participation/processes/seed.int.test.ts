import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { loadActor } from '../../../core/auth/actor.js';
import { people } from '../../../core/auth/schema.js';
import { inArray } from 'drizzle-orm';
import { seedProcessesDemo, type ProcessesDemo } from './seed.js';
import { findProcess } from './queries.js';
import { activePhase } from './phases.js';
import { canManageProcesses } from './service.js';

let t: TestApp;
let demo: ProcessesDemo;
beforeAll(async () => {
  t = await createTestApp();
  demo = await t.database.db.transaction((tx) => seedProcessesDemo(tx));
});
afterAll(async () => { await t.close(); });

describe('demo seed of processes', () => {
  it('makes Temuco\'s plazas process: information and vote past, proposals, consultation and debate open now', async () => {
    const p = (await findProcess(t.database.db, demo.processId))!;
    expect(p).toMatchObject({ institutionSlug: 'temuco', scope: 'comuna', scopeCode: '09101' });
    const now = new Date();
    expect(p.phases.map((x) => [...x.components])).toEqual([[], ['vote', 'budget'], ['consultation', 'proposals', 'debate']]);
    expect(p.phases.slice(0, 2).every((x) => x.endsAt < now)).toBe(true);
    expect(activePhase(p.phases, now)?.id).toBe(p.phases[2]!.id);
  });

  it('creates the official who may run it and five demo residents without passwords', async () => {
    const official = await loadActor(t.database.db, demo.officialId, 'session');
    expect(canManageProcesses(official, demo.institutionId)).toBe(true);
    const residents = await t.database.db.select().from(people).where(inArray(people.id, demo.residentIds));
    expect(residents).toHaveLength(5);
    expect(residents.every((r) => r.passwordHash === null && r.name.endsWith('(demo)'))).toBe(true);
  });
});
