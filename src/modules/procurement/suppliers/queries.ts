// Reads of suppliers: the directory (filters and a keyset cursor on the accent-free name), a profile with its
// members and references, its awards, the suppliers a person represents (for the bids and contracts areas), the
// representatives (private page) and the comunas by region for the forms and filters.
import { and, asc, desc, eq, gt, ne, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../../core/db/client.js';
import { people } from '../../../core/auth/schema.js';
import { comunas, institutions, regions } from '../../../core/tenancy/schema.js';
import { searchKey } from '../../../core/tenancy/slug.js';
import { procurementCalls, procurementLots } from '../calls/schema.js';
import { procurementAwards } from '../evaluation/schema.js';
import type { Category } from '../categories.js';
import {
  procurementSupplierMembers as members, procurementSupplierReferences as refs, procurementSupplierRepresentatives as reps, procurementSuppliers as s,
  type SupplierKind, type SupplierSize,
} from './schema.js';

export { isLocalSupplier, isSme } from './anchorage.js';

const columns = {
  id: s.id, rut: s.rut, legalName: s.legalName, sortKey: s.sortKey, kind: s.kind, size: s.size, comunaCode: s.comunaCode, comunaName: comunas.name,
  regionCode: comunas.regionCode, regionName: regions.name, categories: s.categories, website: s.website, updatedAt: s.updatedAt,
};

export interface SupplierFilter {
  q?: string; region?: string; comuna?: string; category?: Category; size?: SupplierSize; kind?: SupplierKind;
  /** Cursor: [sortKey, id] of the last row seen. */
  after?: unknown[] | null;
}

function conditions(f: SupplierFilter): SQL[] {
  const w: SQL[] = [];
  // Searched on the stored accent-free key with LIKE's wildcards escaped, so "Peña" finds "PENA SpA" and "50%" is literal.
  if (f.q) w.push(sql`${s.sortKey} like ${`%${searchKey(f.q).replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`);
  if (f.region) w.push(eq(comunas.regionCode, f.region));
  if (f.comuna) w.push(eq(s.comunaCode, f.comuna));
  if (f.category) w.push(sql`${f.category} = any(${s.categories})`);
  if (f.size) w.push(eq(s.size, f.size));
  if (f.kind) w.push(eq(s.kind, f.kind));
  const [key, id] = f.after ?? [];
  if (typeof key === 'string' && typeof id === 'number') w.push(or(gt(s.sortKey, key), and(eq(s.sortKey, key), gt(s.id, id)))!);
  return w;
}

export async function listSuppliers(db: DbOrTx, f: SupplierFilter, limit: number) {
  return db.select(columns).from(s).innerJoin(comunas, eq(comunas.code, s.comunaCode)).innerJoin(regions, eq(regions.code, comunas.regionCode))
    .where(and(...conditions(f))).orderBy(asc(s.sortKey), asc(s.id)).limit(limit + 1);
}
export type SupplierRow = Awaited<ReturnType<typeof listSuppliers>>[number];
export const sortKeyOf = (r: SupplierRow) => [r.sortKey, r.id];

/** The whole filtered directory for exports, in keyset batches: memory stays flat whatever its length. */
export async function* allSuppliers(db: DbOrTx, f: SupplierFilter, batch = 500): AsyncGenerator<SupplierRow> {
  let after: unknown[] | null = null;
  for (;;) {
    const rows = await listSuppliers(db, { ...f, after }, batch - 1);
    yield* rows;
    if (rows.length < batch) return;
    after = sortKeyOf(rows[rows.length - 1]!);
  }
}

export async function findSupplier(db: DbOrTx, id: number) {
  const [row] = await db.select({ ...columns, description: s.description, createdAt: s.createdAt }).from(s)
    .innerJoin(comunas, eq(comunas.code, s.comunaCode)).innerJoin(regions, eq(regions.code, comunas.regionCode)).where(eq(s.id, id));
  if (!row) return null;
  // A member that is itself a registered supplier links to its profile (never a natural person: that would tie their RUT to a page).
  const registered = alias(s, 'member_supplier');
  const memberRows = await db.select({
    rut: members.rut, name: members.name, kind: members.kind, size: members.size, comunaCode: members.comunaCode, comunaName: comunas.name,
    naturalPerson: members.naturalPerson, sharePercent: members.sharePercent, supplierId: registered.id,
  }).from(members).innerJoin(comunas, eq(comunas.code, members.comunaCode))
    .leftJoin(registered, and(eq(registered.rut, members.rut), eq(members.naturalPerson, false)))
    .where(eq(members.supplierId, id)).orderBy(asc(members.id));
  const references = await db.select({ client: refs.client, description: refs.description, year: refs.year, amount: refs.amount })
    .from(refs).where(eq(refs.supplierId, id)).orderBy(desc(refs.year), asc(refs.id));
  return { ...row, members: memberRows, references };
}
export type SupplierDetail = NonNullable<Awaited<ReturnType<typeof findSupplier>>>;

/** The awards a supplier won (cancelled ones left out), newest first, with their lot, call and buyer. */
export async function findSupplierAwards(db: DbOrTx, supplierId: number) {
  return db.select({
    id: procurementAwards.id, amount: procurementAwards.amount, state: procurementAwards.state, decidedAt: procurementAwards.decidedAt,
    lotNumber: procurementLots.number, lotTitle: procurementLots.title, callId: procurementCalls.id, callTitle: procurementCalls.title, ocid: procurementCalls.ocid,
    institutionSlug: institutions.slug, institutionName: institutions.name,
  }).from(procurementAwards)
    .innerJoin(procurementLots, eq(procurementLots.id, procurementAwards.lotId))
    .innerJoin(procurementCalls, eq(procurementCalls.id, procurementLots.callId))
    .innerJoin(institutions, eq(institutions.id, procurementCalls.institutionId))
    .where(and(eq(procurementAwards.supplierId, supplierId), ne(procurementAwards.state, 'cancelled')))
    .orderBy(desc(procurementAwards.decidedAt), asc(procurementAwards.id));
}
export type SupplierAward = Awaited<ReturnType<typeof findSupplierAwards>>[number];

/** The suppliers a person represents (to bid, sign contracts, manage the profile), by name. */
export async function findRepresentedSuppliers(db: DbOrTx, personId: number) {
  return db.select({ id: s.id, legalName: s.legalName, rut: s.rut, kind: s.kind, size: s.size, comunaCode: s.comunaCode })
    .from(reps).innerJoin(s, eq(s.id, reps.supplierId)).where(eq(reps.personId, personId)).orderBy(asc(s.sortKey), asc(s.id));
}

/** Who represents a supplier (their emails: for the representatives' own page only). */
export async function listRepresentatives(db: DbOrTx, supplierId: number) {
  return db.select({ personId: reps.personId, name: people.name, email: people.email, addedAt: reps.addedAt })
    .from(reps).innerJoin(people, eq(people.id, reps.personId)).where(eq(reps.supplierId, supplierId)).orderBy(asc(reps.addedAt), asc(reps.personId));
}

export const representativeIds = async (db: DbOrTx, supplierId: number) =>
  (await db.select({ id: reps.personId }).from(reps).where(eq(reps.supplierId, supplierId))).map((r) => r.id);

export interface RegionComunas { code: string; name: string; comunas: Array<{ code: string; name: string }> }

/** Regions by CUT code, each with its comunas by name. */
export async function listComunasByRegion(db: DbOrTx): Promise<RegionComunas[]> {
  const rows = await db.select({ regionCode: regions.code, regionName: regions.name, code: comunas.code, name: comunas.name })
    .from(comunas).innerJoin(regions, eq(regions.code, comunas.regionCode)).orderBy(asc(regions.code), asc(comunas.name));
  const out: RegionComunas[] = [];
  for (const r of rows) {
    if (out.at(-1)?.code !== r.regionCode) out.push({ code: r.regionCode, name: r.regionName, comunas: [] });
    out.at(-1)!.comunas.push({ code: r.code, name: r.name });
  }
  return out;
}
