// The registry's reads on a fresh database: the box facts of many services in one pass (values and targets decide
// usage and impact), every filter, the order by box completeness then latest phase change, and the cursor.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { servicesServices } from '../registry/schema.js';
import { insertTestIncubator, insertTestService } from '../test-support.js';
import { findBoxFacts } from './box-facts.js';
import { listRegistry, rankServices, type RegistryFilter } from './registry.js';
import { insertRegistryFixture, type RegistryFixture } from './test-support.js';

let t: TestApp;
let f: RegistryFixture;
beforeAll(async () => {
  t = await createTestApp();
  f = await insertRegistryFixture(t.database.db);
}, 120_000);
afterAll(async () => { await t.close(); });

const slugsOf = async (filter: RegistryFilter) => {
  const ranked = await rankServices(t.database.db, filter);
  const { rows } = await listRegistry(t.database.db, filter, null, 50);
  expect(rows.map((r) => r.id)).toEqual(ranked.map((r) => r.id));
  return rows.map((r) => r.slug);
};

describe('the box facts', () => {
  it('reads every service\'s facts at once: spending or a contract is budget; usage needs a value; impact needs a value and a target', async () => {
    const facts = await findBoxFacts(t.database.db, await t.database.db.select().from(servicesServices));
    const pick = (id: number) => { const x = facts.get(id)!; return [x.hasBudget, x.hasUsage, x.hasImpact]; };
    expect(pick(f.permisos)).toEqual([true, true, false]);
    expect(pick(f.huertos)).toEqual([true, false, true]);
    expect(pick(f.becas)).toEqual([false, false, false]);
    expect(pick(f.matricula)).toEqual([false, false, false]);
    expect(await findBoxFacts(t.database.db, [])).toEqual(new Map());
  });
});

describe('the registry', () => {
  it('orders by box completeness, then the most recent phase start', async () => {
    const ranked = await rankServices(t.database.db, {});
    expect(ranked.map((r) => [r.id, r.box.available])).toEqual([[f.permisos, 4], [f.huertos, 3], [f.becas, 0], [f.matricula, 0]]);
  });

  it('filters by current phase, incubator, region, institution, theme, user type and text', async () => {
    expect(await slugsOf({ phase: 'construccion' })).toEqual(['permisos-en-linea', 'huertos-comunitarios']);
    expect(await slugsOf({ phase: 'investigacion' })).toEqual(['becas-municipales', 'matricula-escolar']);
    expect(await slugsOf({ incubator: 'programa-araucania' })).toEqual(['matricula-escolar']);
    // Región de Los Ríos: only through Valdivia's sponsorship; La Araucanía: Temuco's lab and the regional programme.
    expect(await slugsOf({ region: '14' })).toEqual(['matricula-escolar']);
    expect(await slugsOf({ region: '09' })).toHaveLength(4);
    expect(await slugsOf({ institution: 'valdivia' })).toEqual(['matricula-escolar']);
    expect(await slugsOf({ institution: 'gore-la-araucania' })).toEqual(['matricula-escolar']);
    expect(await slugsOf({ institution: 'temuco' })).toEqual(['permisos-en-linea', 'huertos-comunitarios', 'becas-municipales']);
    expect(await slugsOf({ theme: 'environment' })).toEqual(['huertos-comunitarios']);
    expect(await slugsOf({ userType: 'schools' })).toEqual(['matricula-escolar']);
    expect(await slugsOf({ text: 'MATRICULA' })).toEqual(['matricula-escolar']);
    expect(await slugsOf({ text: 'huérto' })).toEqual(['huertos-comunitarios']);
    expect(await slugsOf({ text: '100%' })).toEqual([]);
    expect(await slugsOf({ phase: 'construccion', theme: 'environment' })).toEqual(['huertos-comunitarios']);
  });

  it('pages by cursor in the same order, and loads a page\'s details', async () => {
    const first = await listRegistry(t.database.db, {}, null, 3);
    expect(first.rows.map((r) => r.slug)).toEqual(['permisos-en-linea', 'huertos-comunitarios', 'becas-municipales']);
    const second = await listRegistry(t.database.db, {}, first.next, 3);
    expect(second.rows.map((r) => r.slug)).toEqual(['matricula-escolar']);
    expect(second.next).toBeNull();
    const m = second.rows[0]!;
    expect(m.sponsors.map((s) => s.slug)).toEqual(['valdivia']);
    expect(m.incubator).toMatchObject({ slug: 'programa-araucania', regionCode: '09' });
    expect(m.phases.map((p) => p.phase)).toEqual(['investigacion']);
    expect(m.overdue).toBe(true);
    expect(first.rows[2]!.overdue).toBe(false);
    await expect(listRegistry(t.database.db, {}, ['x'], 3)).rejects.toThrow();
  });

  it('counts a service with no phase last among equals, without failing', async () => {
    const incubator = await insertTestIncubator(t.database.db);
    const s = await insertTestService(t.database.db, { incubatorId: incubator.id, phases: [], slug: 'sin-fases' });
    const ranked = await rankServices(t.database.db, { incubator: incubator.slug });
    expect(ranked.map((r) => [r.id, r.startedOn])).toEqual([[s.id, null]]);
    await t.database.db.delete(servicesServices).where(eq(servicesServices.id, s.id));
  });
});
