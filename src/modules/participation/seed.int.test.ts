// The whole participation demo on a fresh database, in the order the module seeds it: the GORE's Estrategia de
// Gobierno Digital 2030 consultation, Temuco's process with proposals and debate, and its closed binding vote whose
// published results match a recount of its bulletin.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { seedDemoIfEmpty } from '../../core/seed-demo.js';
import { participationModule } from './index.js';
import { participationConsultations, participationComments, participationProposals, participationVotes } from './schema.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await seedDemoIfEmpty(t.database.db, [participationModule], () => {}, t.config);
}, 120_000);
afterAll(() => t.close());

describe('participation demo seed', () => {
  it('consults La Araucanía on its Estrategia de Gobierno Digital 2030, and has published results elsewhere', async () => {
    const rows = await t.database.db.select({ title: participationConsultations.title }).from(participationConsultations);
    expect(rows.some((r) => r.title.includes('Estrategia de Gobierno Digital 2030'))).toBe(true);
    const page = await t.app.inject({ url: '/participacion' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Gobierno Regional de La Araucanía');
  });

  it('gives Temuco a process with proposals and a debate', async () => {
    const [proposals] = await t.database.db.select({ n: count() }).from(participationProposals);
    const [comments] = await t.database.db.select({ n: count() }).from(participationComments);
    expect(proposals!.n).toBeGreaterThanOrEqual(10);
    expect(comments!.n).toBeGreaterThanOrEqual(10);
  });

  it('has a closed binding vote whose results are the recount of its bulletin', async () => {
    const closed = (await t.database.db.select().from(participationVotes)).filter((v) => v.closesAt.getTime() < Date.now());
    expect(closed.length).toBeGreaterThanOrEqual(1);
    const id = closed[0]!.id;
    const results = (await t.app.inject({ url: `/api/v1/participation/votes/${id}/results` })).json();
    const bulletin = (await t.app.inject({ url: `/api/v1/participation/votes/${id}/bulletin` })).json();
    expect(bulletin.ballots.length).toBeGreaterThan(0);
    const recount = new Map<number, number>();
    for (const b of bulletin.ballots as { choices: number[] }[]) for (const c of b.choices) recount.set(c, (recount.get(c) ?? 0) + 1);
    for (const o of results.options as { id: number; votes: number }[]) expect(o.votes).toBe(recount.get(o.id) ?? 0);
    const page = await t.app.inject({ url: `/participacion/votaciones/${id}/resultados` });
    expect(page.statusCode).toBe(200);
  });
});
