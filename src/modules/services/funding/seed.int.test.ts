// The funding demo on a fresh database after procurement's (Temuco's grant agreement, the GORE's framework agreements)
// and participation's (Temuco's accepted proposal) and the registry's: spending of the live services, the grant and
// the proposal graduated into services in investigación with their links, a framework agreement linked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { seedDemoIfEmpty } from '../../../core/seed-demo.js';
import type { AppModule } from '../../../core/module.js';
import { procurementModule } from '../../procurement/index.js';
import { participationModule } from '../../participation/index.js';
import { procurementContracts } from '../../procurement/schema.js';
import { seedRegistryDemo } from '../registry/seed.js';
import { findServiceBySlug } from '../registry/queries.js';
import { seedFundingDemo } from './seed.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  const funding = { name: 'services', plugin: async () => {}, seedDemo: async (tx, config) => seedFundingDemo(tx, await seedRegistryDemo(tx), config) } as AppModule;
  await seedDemoIfEmpty(t.database.db, [procurementModule, participationModule, funding], () => {}, t.config);
}, 300_000);
afterAll(() => t.close());

const budgetOf = async (slug: string) => (await t.app.inject({ url: `/api/v1/services/${slug}/budget` })).json();

describe('funding demo seed', () => {
  it('records 2025–2026 spending of the live services, with sources', async () => {
    const permits = await budgetOf('permisos-edificacion-en-linea');
    expect(permits.years.map((y: { year: number; total: number }) => [y.year, y.total])).toEqual([[2025, 15_580_000], [2026, 17_920_000]]);
    expect((await budgetOf('agenda-horas-cesfam')).total.other).toBe(17_350_000);
  });

  it("links the GORE's service-design framework agreement to the school-enrolment helper (not a grant: no incubatorRef)", async () => {
    const b = await budgetOf('asistente-postulacion-escolar');
    expect(b.contracts).toHaveLength(1);
    expect(b.contracts[0]).toMatchObject({ institution: 'Gobierno Regional de La Araucanía', grant: false });
    expect(b.total.other).toBe(54_300_000);
  });

  it("graduates Temuco's grant agreement into a service in investigación that points back, and its paid share counts", async () => {
    const s = (await findServiceBySlug(t.database.db, 'acompanamiento-digital-personas-mayores'))!;
    expect(s.current?.phase).toBe('investigacion');
    const [contract] = await t.database.db.select().from(procurementContracts).where(eq(procurementContracts.id, s.grantContractId!));
    expect(contract!.incubatorRef).toBe(`${t.config.baseUrl}/servicios/acompanamiento-digital-personas-mayores`);
    const b = await budgetOf(s.slug);
    expect(b.origin.kind).toBe('grant');
    expect(b.total.contracts).toBeGreaterThan(0);
    const page = await t.app.inject({ url: `/compras/contratos/${s.grantContractId}` });
    expect(page.body).toContain(`${t.config.baseUrl}/servicios/acompanamiento-digital-personas-mayores`);
  });

  it("graduates Temuco's accepted proposal (inclusive playgrounds), keeping the proposal", async () => {
    const s = (await findServiceBySlug(t.database.db, 'plazas-inclusivas-temuco'))!;
    expect(s.proposalId).not.toBeNull();
    expect((await budgetOf(s.slug)).origin).toMatchObject({ kind: 'proposal', title: 'Juegos inclusivos en la plaza Teodoro Schmidt' });
  });
});
