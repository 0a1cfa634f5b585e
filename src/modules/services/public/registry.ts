// The public registry's reads (/servicios, its CSV and JSON, the API list): the services matching the filters, each
// with its current phase, incubator, sponsors, lead and transparency box, ordered so that a missing box item counts
// against the service (issue 10 point 2): most box items published first, then the most recent phase change.
//
// The order depends on facts held in five tables (box-facts.ts), so it is computed here rather than in SQL: the
// filtered services' sort keys are read in one pass (a registry holds hundreds of services — beta.gouv.fr's counts
// about a thousand after ten years — so the keys are small), sorted, and only one page's details are then loaded.
// The cursor is the sort key of the last row seen, as everywhere else (core/http/pagination.ts).
import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../../core/db/client.js';
import { badRequest } from '../../../core/http/errors.js';
import { people } from '../../../core/auth/schema.js';
import { institutions, regions } from '../../../core/tenancy/schema.js';
import { servicesIncubators as inc, servicesPhases as ph, servicesServices as s, servicesSponsors as sp,
  servicesTeam, type Accessibility, type Reach, type Theme, type UserType } from '../registry/schema.js';
import { listPhasesOf, type PhaseRow } from '../registry/queries.js';
import type { Phase } from '../phases.js';
import { buildBox, type Box } from './box.js';
import { findBoxFacts } from './box-facts.js';
import { findOverdueServiceIds } from '../reviews/overdue.js';

export interface RegistryFilter {
  /** The current phase. */
  phase?: Phase;
  /** Incubator slug. */
  incubator?: string;
  /** 2-digit region CUT: the incubator's region (a regional programme's, else its host's) or any sponsor's. */
  region?: string;
  /** Institution slug: the incubator's host or a sponsor. */
  institution?: string;
  theme?: Theme;
  userType?: UserType;
  /** Words of the title or the mission, case and accents ignored. */
  text?: string;
}

const current = (db: DbOrTx) => db.selectDistinctOn([ph.serviceId], { serviceId: ph.serviceId, phase: ph.phase, startedOn: ph.startedOn })
  .from(ph).orderBy(ph.serviceId, desc(ph.startedOn)).as('current');

const sponsoredBy = (where: SQL) =>
  sql`exists (select 1 from ${sp} join ${institutions} si on si.id = ${sp.institutionId} where ${sp.serviceId} = ${s.id} and ${where})`;

/** The text as typed, LIKE's wildcards literal, inside a contains-pattern. */
const containsPattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function conditions(f: RegistryFilter, c: ReturnType<typeof current>, host: typeof institutions): SQL[] {
  const w: SQL[] = [];
  if (f.phase) w.push(eq(c.phase, f.phase));
  if (f.incubator) w.push(eq(inc.slug, f.incubator));
  if (f.region) w.push(sql`(coalesce(${inc.regionCode}, ${host.regionCode}) = ${f.region} or ${sponsoredBy(sql`si.region_code = ${f.region}`)})`);
  if (f.institution) w.push(sql`(${host.slug} = ${f.institution} or ${sponsoredBy(sql`si.slug = ${f.institution}`)})`);
  if (f.theme) w.push(sql`${f.theme} = any(${s.themes})`);
  if (f.userType) w.push(sql`${f.userType} = any(${s.userTypes})`);
  if (f.text) w.push(sql`lower(unaccent(${s.title} || ' ' || ${s.mission})) like lower(unaccent(${containsPattern(f.text)}))`);
  return w;
}

export interface RankedService { id: number; box: Box; startedOn: string | null }

/** Most box items first, then the most recent phase start, then the newest service. */
const compare = (a: RankedService, b: RankedService) =>
  b.box.available - a.box.available || (b.startedOn ?? '').localeCompare(a.startedOn ?? '') || b.id - a.id;

export const registryKey = (r: RankedService) => [r.box.available, r.startedOn ?? '', r.id];

function keyOf(cursor: unknown[]): RankedService {
  const [available, startedOn, id] = cursor;
  if (!Number.isInteger(available) || typeof startedOn !== 'string' || !Number.isInteger(id)) throw badRequest('validation.invalid');
  return { id: id as number, startedOn: startedOn || null, box: { available: available as number, items: [], total: 0, missing: [] } };
}

/** Every service matching the filters with its box, in the registry's order; after a cursor when given. */
export async function rankServices(db: DbOrTx, f: RegistryFilter, after: unknown[] | null = null): Promise<RankedService[]> {
  const c = current(db);
  const host = institutions;
  const rows = await db.select({
    id: s.id, slug: s.slug, repository: s.repository, riskAnalysisUrl: s.riskAnalysisUrl, accessibility: s.accessibility,
    accessibilityUrl: s.accessibilityUrl, startedOn: c.startedOn,
  }).from(s).innerJoin(inc, eq(inc.id, s.incubatorId)).innerJoin(host, eq(host.id, inc.institutionId))
    .leftJoin(c, eq(c.serviceId, s.id)).where(and(...conditions(f, c, host)));
  const facts = await findBoxFacts(db, rows);
  const ranked = rows.map((r) => ({ id: r.id, startedOn: r.startedOn, box: buildBox(facts.get(r.id)!) })).sort(compare);
  if (!after) return ranked;
  const key = keyOf(after);
  return ranked.filter((r) => compare(key, r) < 0);
}

export interface RegistryRow {
  id: number; slug: string; title: string; mission: string; reach: Reach; themes: Theme[]; userTypes: UserType[];
  link: string | null; repository: string | null; contact: string | null; accessibility: Accessibility | null;
  accessibilityUrl: string | null; riskAnalysisUrl: string | null; leadName: string; leadTitle: string;
  incubator: { slug: string; name: string; kind: string; institutionSlug: string; institutionName: string; regionCode: string | null; regionName: string | null };
  sponsors: Array<{ slug: string; name: string }>;
  team: Array<{ name: string; role: string }>;
  grantContractId: number | null; proposalId: number | null;
  /** Oldest first. */
  phases: PhaseRow[];
  box: Box;
  overdue: boolean;
}

/** The details of ranked services, in their order: one query per table for the whole batch. */
export async function loadRegistryRows(db: DbOrTx, ranked: RankedService[]): Promise<RegistryRow[]> {
  if (ranked.length === 0) return [];
  const ids = ranked.map((r) => r.id);
  const [rows, sponsors, team, phases, overdue] = await Promise.all([
    db.select({
      id: s.id, slug: s.slug, title: s.title, mission: s.mission, reach: s.reach, themes: s.themes, userTypes: s.userTypes, link: s.link,
      repository: s.repository, contact: s.contact, accessibility: s.accessibility, accessibilityUrl: s.accessibilityUrl, riskAnalysisUrl: s.riskAnalysisUrl,
      leadName: people.name, leadTitle: s.leadTitle, grantContractId: s.grantContractId, proposalId: s.proposalId, incubatorSlug: inc.slug, incubatorName: inc.name, incubatorKind: inc.kind,
      institutionSlug: institutions.slug, institutionName: institutions.name, regionCode: sql<string | null>`coalesce(${inc.regionCode}, ${institutions.regionCode})`,
      regionName: regions.name,
    }).from(s).innerJoin(inc, eq(inc.id, s.incubatorId)).innerJoin(institutions, eq(institutions.id, inc.institutionId))
      .innerJoin(people, eq(people.id, s.leadPersonId)).leftJoin(regions, sql`${regions.code} = coalesce(${inc.regionCode}, ${institutions.regionCode})`)
      .where(inArray(s.id, ids)),
    db.select({ serviceId: sp.serviceId, slug: institutions.slug, name: institutions.name }).from(sp)
      .innerJoin(institutions, eq(institutions.id, sp.institutionId)).where(inArray(sp.serviceId, ids)).orderBy(institutions.sortKey),
    db.select({ serviceId: servicesTeam.serviceId, name: servicesTeam.name, role: servicesTeam.role }).from(servicesTeam)
      .where(inArray(servicesTeam.serviceId, ids)).orderBy(servicesTeam.position, servicesTeam.id),
    listPhasesOf(db, ids),
    findOverdueServiceIds(db, ids),
  ]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ranked.map(({ id, box }) => {
    const r = byId.get(id)!;
    return {
      id, slug: r.slug, title: r.title, mission: r.mission, reach: r.reach, themes: r.themes, userTypes: r.userTypes, link: r.link,
      repository: r.repository, contact: r.contact, accessibility: r.accessibility, accessibilityUrl: r.accessibilityUrl, riskAnalysisUrl: r.riskAnalysisUrl,
      leadName: r.leadName, leadTitle: r.leadTitle, grantContractId: r.grantContractId, proposalId: r.proposalId,
      incubator: { slug: r.incubatorSlug, name: r.incubatorName, kind: r.incubatorKind, institutionSlug: r.institutionSlug, institutionName: r.institutionName,
        regionCode: r.regionCode, regionName: r.regionName },
      sponsors: sponsors.filter((x) => x.serviceId === id).map(({ slug, name }) => ({ slug, name })),
      team: team.filter((x) => x.serviceId === id).map(({ name, role }) => ({ name, role })),
      phases: phases.get(id) ?? [], box, overdue: overdue.has(id),
    };
  });
}

/** One service as the registry lists it, or null. */
export async function findRegistryRow(db: DbOrTx, slug: string): Promise<RegistryRow | null> {
  const [row] = await db.select({ id: s.id, slug: s.slug, repository: s.repository, riskAnalysisUrl: s.riskAnalysisUrl, accessibility: s.accessibility,
    accessibilityUrl: s.accessibilityUrl }).from(s).where(eq(s.slug, slug));
  if (!row) return null;
  const facts = await findBoxFacts(db, [row]);
  const [found] = await loadRegistryRows(db, [{ id: row.id, startedOn: null, box: buildBox(facts.get(row.id)!) }]);
  return found ?? null;
}

/** One page of the registry and the cursor of the next. */
export async function listRegistry(db: DbOrTx, f: RegistryFilter, after: unknown[] | null, limit: number) {
  const ranked = await rankServices(db, f, after);
  const page = ranked.slice(0, limit);
  const next = ranked.length > limit ? registryKey(page[page.length - 1]!) : null;
  return { rows: await loadRegistryRows(db, page), next };
}

/** The whole filtered registry for the exports, details loaded batch by batch. */
export async function* iterateRegistry(db: DbOrTx, f: RegistryFilter, batch = 200): AsyncGenerator<RegistryRow> {
  const ranked = await rankServices(db, f);
  for (let i = 0; i < ranked.length; i += batch) yield* await loadRegistryRows(db, ranked.slice(i, i + batch));
}
