// Reads over institutions and territory.
import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import { searchKey } from './slug.js';
import type { DbOrTx } from '../db/client.js';
import { notFound } from '../http/errors.js';
import { comunas, institutions, regions, type InstitutionKind } from './schema.js';

export async function countInstitutionsByKind(db: DbOrTx): Promise<Partial<Record<InstitutionKind, number>>> {
  const rows = await db.select({ kind: institutions.kind, n: sql<number>`count(*)::int` }).from(institutions).groupBy(institutions.kind);
  return Object.fromEntries(rows.map((r) => [r.kind, Number(r.n)]));
}

/**
 * An institution by slug or by CUT code: 5 digits for a municipality ("09101" = Temuco), 2 digits for a regional
 * government ("13" = Región Metropolitana), as the CLI's --institution and the API paths accept.
 */
export async function findInstitution(db: DbOrTx, ref: string) {
  const where = /^\d{5}$/.test(ref) ? and(eq(institutions.kind, 'municipality'), eq(institutions.cutCode, ref))
    : /^\d{2}$/.test(ref) ? and(eq(institutions.kind, 'regional_government'), eq(institutions.cutCode, ref))
      : eq(institutions.slug, ref.toLowerCase());
  const [row] = await db.select({
    id: institutions.id, slug: institutions.slug, name: institutions.name, kind: institutions.kind, cutCode: institutions.cutCode,
    regionCode: institutions.regionCode, regionName: regions.name, comunaName: comunas.name,
    population2017: comunas.population2017, population2024: comunas.population2024,
  }).from(institutions)
    .leftJoin(regions, eq(regions.code, institutions.regionCode))
    .leftJoin(comunas, and(eq(institutions.kind, 'municipality'), eq(comunas.code, institutions.cutCode)))
    .where(where);
  return row ?? null;
}
export type InstitutionDetail = NonNullable<Awaited<ReturnType<typeof findInstitution>>>;

/** The institution a page or API path names, or a 404: what every institution-scoped route starts with. */
export async function findInstitutionOr404(db: DbOrTx, ref: string): Promise<InstitutionDetail> {
  const institution = await findInstitution(db, ref);
  if (!institution) throw notFound();
  return institution;
}

export interface InstitutionFilter {
  /** Matches the institution's name or its comuna's name, accent-insensitively. */
  q?: string;
  kind?: InstitutionKind;
  region?: string;
  /** Cursor: the (sortKey, id) of the last row of the previous page. */
  after?: [string, number] | null;
  limit: number;
}

export async function listInstitutions(db: DbOrTx, f: InstitutionFilter) {
  const conditions: SQL[] = [];
  if (f.q) {
    // The comuna's name is part of the municipality's name, so one accent-free match on the sort key covers both.
    conditions.push(sql`strpos(${institutions.sortKey}, ${searchKey(f.q)}) > 0`);
  }
  if (f.kind) conditions.push(eq(institutions.kind, f.kind));
  if (f.region) conditions.push(eq(institutions.regionCode, f.region));
  if (f.after) conditions.push(sql`(${institutions.sortKey} collate "C", ${institutions.id}) > (${f.after[0]} collate "C", ${f.after[1]})`);
  return db.select({
    id: institutions.id, slug: institutions.slug, name: institutions.name, sortKey: institutions.sortKey, kind: institutions.kind,
    cutCode: institutions.cutCode, regionCode: institutions.regionCode, regionName: regions.name,
  }).from(institutions)
    .leftJoin(regions, eq(regions.code, institutions.regionCode))
    .where(and(...conditions))
    .orderBy(sql`${institutions.sortKey} collate "C"`, asc(institutions.id))
    .limit(f.limit + 1);
}
export type InstitutionRow = Awaited<ReturnType<typeof listInstitutions>>[number];
