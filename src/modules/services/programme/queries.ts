// Reads for the programme's figures: the incubators with their region, then the services of the incubators in scope
// with their phases and the days their reviews recorded national impact — one query per table whatever the number of
// services (no query per service), and nothing but what figures.ts counts.
//
// A service's region is its incubator's: a regional programme's own region, else its host institution's region
// (institutions.region_code); an incubator hosted by a national body without region counts as "nacional".
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../core/db/client.js';
import { institutions, regions } from '../../../core/tenancy/schema.js';
import { servicesIncubators, servicesPhases, servicesReviews, servicesServices } from '../schema.js';
import type { DatedPhase } from '../phases.js';
import { computeFigures, computeGroupFigures, type ProgrammeFigures, type ProgrammeService } from './figures.js';

/** The region key of national bodies' incubators (no region). */
export const NATIONAL = 'nacional';

export interface ProgrammeFilter {
  /** An incubator's slug. */
  incubator?: string;
  /** A region's 2-digit CUT code, or NATIONAL. */
  region?: string;
}

export interface ProgrammeIncubator { id: number; slug: string; name: string; regionKey: string; regionName: string | null }
export type ProgrammeServiceRow = ProgrammeService & { incubatorId: number };

/** Every incubator with its region (the filter's choices and the breakdown's rows), by name. */
export async function listProgrammeIncubators(db: DbOrTx): Promise<ProgrammeIncubator[]> {
  const region = sql<string | null>`coalesce(${servicesIncubators.regionCode}, ${institutions.regionCode})`;
  const rows = await db.select({ id: servicesIncubators.id, slug: servicesIncubators.slug, name: servicesIncubators.name, regionCode: region, regionName: regions.name })
    .from(servicesIncubators)
    .innerJoin(institutions, eq(institutions.id, servicesIncubators.institutionId))
    .leftJoin(regions, eq(regions.code, region))
    .orderBy(asc(servicesIncubators.name), asc(servicesIncubators.id));
  return rows.map((r) => ({ id: r.id, slug: r.slug, name: r.name, regionKey: r.regionCode ?? NATIONAL, regionName: r.regionName }));
}

/** The incubators the filter keeps. */
const filterIncubators = (incubators: readonly ProgrammeIncubator[], f: ProgrammeFilter) =>
  incubators.filter((i) => (!f.incubator || i.slug === f.incubator) && (!f.region || i.regionKey === f.region));

/** The services of these incubators, each with its phases and the days reviews recorded its national impact. */
export async function listProgrammeServices(db: DbOrTx, incubatorIds: number[]): Promise<ProgrammeServiceRow[]> {
  if (incubatorIds.length === 0) return [];
  const inScope = inArray(servicesServices.incubatorId, incubatorIds);
  const [services, phases, impacts] = await Promise.all([
    db.select({ id: servicesServices.id, incubatorId: servicesServices.incubatorId }).from(servicesServices).where(inScope).orderBy(asc(servicesServices.id)),
    db.select({ serviceId: servicesPhases.serviceId, phase: servicesPhases.phase, startedOn: servicesPhases.startedOn })
      .from(servicesPhases).innerJoin(servicesServices, eq(servicesServices.id, servicesPhases.serviceId)).where(inScope),
    db.select({ serviceId: servicesReviews.serviceId, heldOn: servicesReviews.heldOn })
      .from(servicesReviews).innerJoin(servicesServices, eq(servicesServices.id, servicesReviews.serviceId))
      .where(and(inScope, eq(servicesReviews.nationalImpact, true))),
  ]);
  const byService = new Map(services.map((s) => [s.id, { ...s, phases: [] as DatedPhase[], nationalImpactOn: [] as string[] }]));
  for (const p of phases) byService.get(p.serviceId)?.phases.push({ phase: p.phase, startedOn: p.startedOn });
  for (const r of impacts) byService.get(r.serviceId)?.nationalImpactOn.push(r.heldOn);
  return [...byService.values()];
}

export interface Programme {
  /** Every incubator (the filter's choices). */
  incubators: ProgrammeIncubator[];
  figures: ProgrammeFigures;
  perIncubator: Array<ProgrammeIncubator & { key: string; figures: ProgrammeFigures }>;
  perRegion: Array<{ key: string; name: string | null; figures: ProgrammeFigures }>;
}

/** The programme's figures for the services the filter keeps, as of `asOf`, in total, per incubator and per region. */
export async function findProgramme(db: DbOrTx, filter: ProgrammeFilter, asOf: string): Promise<Programme> {
  const incubators = await listProgrammeIncubators(db);
  const scope = filterIncubators(incubators, filter);
  const services = await listProgrammeServices(db, scope.map((i) => i.id));
  const incubatorOf = new Map(scope.map((i) => [i.id, i]));
  const regionGroups = [...new Map(scope.map((i) => [i.regionKey, { key: i.regionKey, name: i.regionName }])).values()]
    .sort((a, b) => (a.key === NATIONAL ? 1 : b.key === NATIONAL ? -1 : a.key < b.key ? -1 : 1));
  return {
    incubators,
    figures: computeFigures(services, asOf),
    perIncubator: computeGroupFigures(scope.map((i) => ({ ...i, key: String(i.id) })), services, (s) => String(s.incubatorId), asOf),
    perRegion: computeGroupFigures(regionGroups, services, (s) => incubatorOf.get(s.incubatorId)!.regionKey, asOf),
  };
}
