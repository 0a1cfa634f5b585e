// The reviews demo on the registry's demo services: consistent with their phases (stops on the day they ended, the
// pivot back to investigación), national impact for the school-enrolment helper, and one review overdue today.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { seedRegistryDemo } from '../registry/seed.js';
import { seedImpactDemo } from '../impact/seed.js';
import { servicesReviews } from './schema.js';
import { seedReviewsDemo } from './seed.js';
import { findOverdueServiceIds } from './overdue.js';
import { createPerson } from '../../../core/auth/commands/create-person.js';
import { grantRole } from '../../../core/auth/commands/grant-role.js';
import { findInstitution } from '../../../core/tenancy/queries.js';
import { DEMO_PEOPLE } from '../../../core/seed-demo.js';
import type { Tx } from '../../../core/db/client.js';

/** The registry's demo leads (core/seed-demo.ts people), as the demo seed finds them. */
async function insertDemoLeads(tx: Tx) {
  const system = { id: null, label: 'test' };
  for (const p of DEMO_PEOPLE.filter((x) => x.email.startsWith('funcionaria.temuco') || x.email.startsWith('gore.araucania'))) {
    const person = await createPerson(tx, { email: p.email, name: p.name, emailConfirmed: true }, system);
    await grantRole(tx, { personId: person.id, role: p.role!, institutionId: (await findInstitution(tx, p.institution!))!.id, permissions: p.permissions }, system);
  }
}

let t: TestApp;
let services: Map<string, number>;
beforeAll(async () => {
  t = await createTestApp();
  services = await t.database.db.transaction(async (tx) => {
    await insertDemoLeads(tx);
    const s = await seedRegistryDemo(tx);
    await seedImpactDemo(tx, s);
    await seedReviewsDemo(tx, s);
    return s;
  });
}, 120_000);
afterAll(async () => { await t.close(); });

describe('the reviews demo', () => {
  it('writes every planned review, with the due date of its schedule and the phase it saw', async () => {
    const rows = await t.database.db.select().from(servicesReviews).orderBy(asc(servicesReviews.heldOn));
    expect(rows).toHaveLength(14);
    const bySlug = (slug: string) => rows.filter((r) => r.serviceId === services.get(slug));
    expect(bySlug('permisos-edificacion-en-linea').map((r) => [r.dueOn, r.heldOn, r.phase])).toEqual([
      ['2025-03-03', '2025-02-27', 'investigacion'], // 2 March 2025 was a Sunday
      ['2025-08-27', '2025-08-28', 'construccion'],
      ['2026-03-02', '2026-03-02', 'aceleracion'], // 28 February 2026 was a Saturday
    ]);
    expect(bySlug('agenda-horas-cesfam').map((r) => [r.decision, r.phase, r.heldOn])).toEqual([['pivot', 'construccion', '2026-01-12'], ['continue', 'construccion', '2026-07-14']]);
    expect(bySlug('patentes-comerciales-sin-papeles').at(-1)).toMatchObject({ decision: 'stop', heldOn: '2025-09-01' });
    expect(bySlug('mapa-veredas-accesibles')).toMatchObject([{ decision: 'stop', heldOn: '2025-10-06', phase: 'investigacion' }]);
    expect(bySlug('asistente-postulacion-escolar').filter((r) => r.nationalImpact).map((r) => r.heldOn)).toEqual(['2026-02-26']);
    const recent = bySlug('permisos-edificacion-en-linea').at(-1)!;
    expect(recent.indicators.length).toBeGreaterThan(0);
    expect(recent.indicators.every((i) => i.value !== null && Number.isFinite(i.value) && i.month! <= '2026-03')).toBe(true);
  });

  it('leaves the building permits overdue on 2026-11-22 (due 2 September) and nothing else', async () => {
    expect(await findOverdueServiceIds(t.database.db, [...services.values()], '2026-11-22')).toEqual(new Set([services.get('permisos-edificacion-en-linea')]));
  });
});
