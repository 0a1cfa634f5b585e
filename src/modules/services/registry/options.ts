// What the registry's forms offer, resolved on the server (the forms work without script): the incubators an actor
// may register in, the institutions that may sponsor or host, the regions, and the lead official looked up by email
// (the email is typed by the actor and never shown back in public).
import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../core/db/client.js';
import { canActInModule, canAdministerPlatform, type Actor } from '../../../core/policy.js';
import { institutions, regions } from '../../../core/tenancy/schema.js';
import { people, roleAssignments } from '../../../core/auth/schema.js';
import { canRegisterService, canRunIncubator } from '../policy.js';
import { listIncubators, type IncubatorListItem } from './queries.js';

/** The institutions the actor may act for in the incubator ('services' officials, admins): all of them for platform admins. */
export function actingInstitutionIds(actor: Actor | null): number[] | 'all' {
  if (canAdministerPlatform(actor)) return 'all';
  const ids = new Set((actor?.roles ?? []).flatMap((g) => (g.institutionId !== null && canActInModule(actor, g.institutionId, 'services') ? [g.institutionId] : [])));
  return [...ids];
}

/** Whether the actor may register a service anywhere (the form's page): someone acting in the incubator somewhere. */
export const mayRegisterSomewhere = (actor: Actor | null) => { const ids = actingInstitutionIds(actor); return ids === 'all' || ids.length > 0; };

/** The incubators the actor may register in: run by their institution, or any, naming their institution as a sponsor. */
export async function listRegisterableIncubators(db: DbOrTx, actor: Actor | null): Promise<IncubatorListItem[]> {
  const ids = actingInstitutionIds(actor);
  return (await listIncubators(db)).filter((i) => ids === 'all' || canRegisterService(actor, i.institutionId, ids));
}

export interface InstitutionOption { id: number; slug: string; name: string; kind: string; regionCode: string | null; regionName: string | null }

const optionColumns = { id: institutions.id, slug: institutions.slug, name: institutions.name, kind: institutions.kind, regionCode: institutions.regionCode, regionName: regions.name };

/**
 * Possible sponsors: the institutions of the given regions and the national bodies, plus `also` (a service's current
 * sponsors from elsewhere, the actor's own institutions), in the regions' then the names' order.
 */
export async function listSponsorOptions(db: DbOrTx, regionCodes: readonly string[], also: readonly number[] = []): Promise<InstitutionOption[]> {
  return db.select(optionColumns).from(institutions).leftJoin(regions, eq(regions.code, institutions.regionCode))
    .where(or(eq(institutions.kind, 'national_body'), regionCodes.length ? inArray(institutions.regionCode, [...regionCodes]) : undefined,
      also.length ? inArray(institutions.id, [...also]) : undefined))
    .orderBy(sql`${institutions.regionCode} nulls first`, sql`${institutions.sortKey} collate "C"`);
}

/** The institutions the actor may host an incubator in (policy canRunIncubator). */
export async function listHostOptions(db: DbOrTx, actor: Actor | null): Promise<InstitutionOption[]> {
  const ids = actingInstitutionIds(actor);
  if (ids !== 'all' && ids.length === 0) return [];
  const rows = await db.select(optionColumns).from(institutions).leftJoin(regions, eq(regions.code, institutions.regionCode))
    .where(ids === 'all' ? undefined : inArray(institutions.id, ids))
    .orderBy(sql`${institutions.regionCode} nulls first`, sql`${institutions.sortKey} collate "C"`);
  return rows.filter((r) => canRunIncubator(actor, r.id));
}

export const listRegions = (db: DbOrTx) => db.select().from(regions).orderBy(asc(regions.code));

/** The account with this email holding an official role in any institution, or null (the lead must be a civil servant). */
export async function findOfficialByEmail(db: DbOrTx, email: string): Promise<number | null> {
  const [row] = await db.select({ id: people.id }).from(people)
    .innerJoin(roleAssignments, and(eq(roleAssignments.personId, people.id), eq(roleAssignments.role, 'official')))
    .where(eq(people.email, email.trim().toLowerCase())).limit(1);
  return row?.id ?? null;
}

/** The actor's own email, to prefill the lead of a service they register (shown to them only). */
export async function findEmailOf(db: DbOrTx, personId: number): Promise<string> {
  const [row] = await db.select({ email: people.email }).from(people).where(eq(people.id, personId));
  return row?.email ?? '';
}
