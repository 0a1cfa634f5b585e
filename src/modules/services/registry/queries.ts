// Reads of the registry every area uses: one service with its incubator, sponsors, team and phases (and the parties
// policy.ts needs), by slug or id.
import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../core/db/client.js';
import { institutions, regions } from '../../../core/tenancy/schema.js';
import { people } from '../../../core/auth/schema.js';
import { servicesIncubators, servicesPhases, servicesServices, servicesSponsors, servicesTeam } from './schema.js';
import { currentPhase } from '../phases.js';
import type { ServiceParties } from '../policy.js';

export type ServiceRow = typeof servicesServices.$inferSelect;
export type PhaseRow = typeof servicesPhases.$inferSelect;
export type IncubatorRow = typeof servicesIncubators.$inferSelect;

export interface ServiceRecord extends ServiceRow {
  incubator: IncubatorRow & { institutionName: string; institutionSlug: string; institutionRegionCode: string | null };
  sponsors: Array<{ id: number; slug: string; name: string; regionCode: string | null }>;
  team: Array<{ name: string; role: string }>;
  /** The lead official's display name (public: officials act in public). */
  leadName: string;
  /** Oldest first. */
  phases: PhaseRow[];
  current: PhaseRow | null;
  parties: ServiceParties;
}

async function loadRecord(db: DbOrTx, service: ServiceRow | undefined): Promise<ServiceRecord | null> {
  if (!service) return null;
  const [incubator] = await db.select({ i: servicesIncubators, institutionName: institutions.name, institutionSlug: institutions.slug, institutionRegionCode: institutions.regionCode })
    .from(servicesIncubators).innerJoin(institutions, eq(institutions.id, servicesIncubators.institutionId))
    .where(eq(servicesIncubators.id, service.incubatorId));
  const sponsors = await db.select({ id: institutions.id, slug: institutions.slug, name: institutions.name, regionCode: institutions.regionCode })
    .from(servicesSponsors).innerJoin(institutions, eq(institutions.id, servicesSponsors.institutionId))
    .where(eq(servicesSponsors.serviceId, service.id)).orderBy(asc(institutions.sortKey));
  const team = await db.select({ name: servicesTeam.name, role: servicesTeam.role }).from(servicesTeam)
    .where(eq(servicesTeam.serviceId, service.id)).orderBy(asc(servicesTeam.position), asc(servicesTeam.id));
  const [lead] = await db.select({ name: people.name }).from(people).where(eq(people.id, service.leadPersonId));
  const phases = await db.select().from(servicesPhases).where(eq(servicesPhases.serviceId, service.id)).orderBy(asc(servicesPhases.startedOn));
  return {
    ...service,
    incubator: { ...incubator!.i, institutionName: incubator!.institutionName, institutionSlug: incubator!.institutionSlug, institutionRegionCode: incubator!.institutionRegionCode },
    sponsors, team, leadName: lead?.name ?? '', phases, current: currentPhase(phases),
    parties: { incubatorInstitutionId: incubator!.i.institutionId, sponsorInstitutionIds: sponsors.map((s) => s.id), leadPersonId: service.leadPersonId },
  };
}

export async function findServiceBySlug(db: DbOrTx, slug: string): Promise<ServiceRecord | null> {
  const [service] = await db.select().from(servicesServices).where(eq(servicesServices.slug, slug));
  return loadRecord(db, service);
}

export async function findServiceById(db: DbOrTx, id: number): Promise<ServiceRecord | null> {
  const [service] = await db.select().from(servicesServices).where(eq(servicesServices.id, id));
  return loadRecord(db, service);
}

export async function findIncubatorBySlug(db: DbOrTx, slug: string): Promise<IncubatorRow | null> {
  const [row] = await db.select().from(servicesIncubators).where(eq(servicesIncubators.slug, slug));
  return row ?? null;
}

/** The phases of many services at once (oldest first per service), for lists. */
export async function listPhasesOf(db: DbOrTx, serviceIds: readonly number[]): Promise<Map<number, PhaseRow[]>> {
  const byService = new Map<number, PhaseRow[]>();
  if (serviceIds.length === 0) return byService;
  const rows = await db.select().from(servicesPhases).where(inArray(servicesPhases.serviceId, [...serviceIds])).orderBy(asc(servicesPhases.startedOn));
  for (const r of rows) byService.set(r.serviceId, [...(byService.get(r.serviceId) ?? []), r]);
  return byService;
}

export interface IncubatorListItem extends IncubatorRow {
  institutionName: string; institutionSlug: string; hostRegionCode: string | null;
  /** The programme's region, or a lab's host's. */
  regionName: string | null;
  services: number;
}

/** Every incubator with its host, its region (a lab: its host's) and how many services it holds, by name. */
export async function listIncubators(db: DbOrTx): Promise<IncubatorListItem[]> {
  const rows = await db.select({
    i: servicesIncubators, institutionName: institutions.name, institutionSlug: institutions.slug, hostRegion: institutions.regionCode,
    services: sql<number>`(select count(*)::int from ${servicesServices} where ${servicesServices.incubatorId} = ${servicesIncubators.id})`,
  }).from(servicesIncubators).innerJoin(institutions, eq(institutions.id, servicesIncubators.institutionId)).orderBy(asc(servicesIncubators.name));
  const names = new Map((await db.select().from(regions)).map((r) => [r.code, r.name]));
  return rows.map((r) => ({ ...r.i, institutionName: r.institutionName, institutionSlug: r.institutionSlug, hostRegionCode: r.hostRegion,
    regionName: names.get(r.i.regionCode ?? r.hostRegion ?? '') ?? null, services: Number(r.services) }));
}
