// The demo seed: the Estrategia de Gobierno Digital 2030 of La Araucanía's regional government with its 40 responses
// (results not yet published on the demo's today), and the small published consultation whose results page shows them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { queryRows } from '../../../core/db/client.js';
import { seedConsultationDemo } from './seed.js';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); await t.database.db.transaction((tx) => seedConsultationDemo(tx)); }, 60_000);
afterAll(async () => { await t.close(); });

describe('seedConsultationDemo', () => {
  it('creates the Estrategia with every question type, a condition and 40 responses', async () => {
    const [c] = await queryRows<{ id: number; respondents: string; slug: string }>(t.database.db, sql`select c.id, c.respondents, i.slug from participation_consultations c
      join institutions i on i.id = c.institution_id where c.title = 'Estrategia de Gobierno Digital 2030'`);
    expect(c).toMatchObject({ respondents: 'identity_verified', slug: 'gore-la-araucania' });
    const kinds = await queryRows<{ kind: string }>(t.database.db, sql`select distinct kind from participation_consultation_questions where consultation_id = ${c!.id}`);
    expect(kinds).toHaveLength(7);
    const n = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from participation_consultation_responses where consultation_id = ${c!.id}`);
    expect(n[0]!.n).toBe(40);
    const page = await t.app.inject({ method: 'GET', url: `/participacion/consultas/${c!.id}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('La consulta cerró el');
  });

  it('publishes the small consultation\'s results', async () => {
    const [c] = await queryRows<{ id: number }>(t.database.db, sql`select id from participation_consultations where title like 'Horario%'`);
    const page = await t.app.inject({ method: 'GET', url: `/participacion/consultas/${c!.id}/resultados` });
    expect(page.body).toContain('18 personas respondieron.');
  });
});
