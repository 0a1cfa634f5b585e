// Factories for services tests: an incubator and a service with its phases, written directly (the rows the registry's
// commands would write), so a test about indicators, reviews or pages starts from the service it needs. The lead is
// a new official of the sponsor unless a person is given.
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../core/db/client.js';
import { institutions } from '../../core/tenancy/schema.js';
import { people, roleAssignments } from '../../core/auth/schema.js';
import { servicesIncubators, servicesPhases, servicesServices, servicesSponsors } from './schema.js';
import type { IncubatorKind, Reach } from './registry/schema.js';
import type { DatedPhase } from './phases.js';

let counter = 0;

async function institutionId(db: DbOrTx, slug: string): Promise<number> {
  const [row] = await db.select({ id: institutions.id }).from(institutions).where(eq(institutions.slug, slug));
  if (!row) throw new Error(`no institution ${slug}`);
  return row.id;
}

/** An incubator hosted by `institution` (a slug; Temuco's lab by default, or La Araucanía's regional programme). */
export async function insertTestIncubator(db: DbOrTx, opts: { institution?: string; kind?: IncubatorKind; regionCode?: string | null; slug?: string } = {}) {
  const n = ++counter;
  const [row] = await db.insert(servicesIncubators).values({
    slug: opts.slug ?? `incubadora-${n}`, name: `Incubadora ${n}`, kind: opts.kind ?? 'institution',
    institutionId: await institutionId(db, opts.institution ?? 'temuco'), regionCode: opts.regionCode ?? null,
  }).returning();
  return row!;
}

export interface TestServiceOptions {
  slug?: string;
  incubatorId?: number;
  /** Sponsor slugs; Temuco by default. */
  sponsors?: string[];
  leadPersonId?: number;
  phases?: DatedPhase[];
  reach?: Reach;
  repository?: string | null;
}

/** A service (in a new Temuco incubator unless one is given) with its phases: investigación since 2026-01-05 by default. */
export async function insertTestService(db: DbOrTx, opts: TestServiceOptions = {}) {
  const n = ++counter;
  const sponsorIds = await Promise.all((opts.sponsors ?? ['temuco']).map((s) => institutionId(db, s)));
  let leadPersonId = opts.leadPersonId;
  if (leadPersonId === undefined) {
    const [lead] = await db.insert(people).values({ email: `lead${n}@test.cabildo.cl`, name: `Líder ${n}`, emailConfirmedAt: new Date() }).returning({ id: people.id });
    await db.insert(roleAssignments).values({ personId: lead!.id, role: 'official', institutionId: sponsorIds[0]!, permissions: ['services'] });
    leadPersonId = lead!.id;
  }
  const incubatorId = opts.incubatorId ?? (await insertTestIncubator(db)).id;
  const [service] = await db.insert(servicesServices).values({
    slug: opts.slug ?? `servicio-${n}`, title: `Servicio ${n}`, mission: 'Las personas esperan semanas por un trámite simple.',
    incubatorId, leadPersonId, createdBy: leadPersonId, reach: opts.reach ?? 'comunal', repository: opts.repository ?? null,
    userTypes: ['residents'], themes: ['permits'],
  }).returning();
  await db.insert(servicesSponsors).values(sponsorIds.map((institutionId) => ({ serviceId: service!.id, institutionId })));
  const phases = opts.phases ?? [{ phase: 'investigacion', startedOn: '2026-01-05' }];
  if (phases.length) await db.insert(servicesPhases).values(phases.map((p) => ({ serviceId: service!.id, ...p })));
  return service!;
}
