// Reads of the methodology area: the published versions of the method with their author's public name, and the
// stored Monte-Carlo results with the municipalities' names.
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../../core/db/client.js';
import { people } from '../../../core/auth/schema.js';
import { comunas } from '../../../core/tenancy/schema.js';
import { observatoryMethods, observatorySensitivity } from '../schema.js';
import { DEFAULT_METHOD, type MethodSpec } from '../index/method.js';

export interface MethodVersion {
  version: number;
  spec: MethodSpec;
  note: string | null;
  publishedAt: Date | null;
  /** The steward's name (public as the author of an official method); null for the default written by the system. */
  author: string | null;
}

const versionColumns = {
  version: observatoryMethods.version, spec: observatoryMethods.spec, note: observatoryMethods.note,
  publishedAt: observatoryMethods.publishedAt, author: people.name,
};

/** Newest first. */
export const listMethodVersions = (db: DbOrTx): Promise<MethodVersion[]> =>
  db.select(versionColumns).from(observatoryMethods).leftJoin(people, eq(people.id, observatoryMethods.publishedBy))
    .orderBy(desc(observatoryMethods.version));

export async function findMethodVersion(db: DbOrTx, version: number): Promise<MethodVersion | null> {
  const [row] = await db.select(versionColumns).from(observatoryMethods).leftJoin(people, eq(people.id, observatoryMethods.publishedBy))
    .where(eq(observatoryMethods.version, version));
  return row ?? null;
}

/** Before the index is first computed no version is stored: version 1 is then the default method, not yet written. */
export const UNWRITTEN_DEFAULT: MethodVersion = { version: 1, spec: DEFAULT_METHOD, note: null, publishedAt: null, author: null };
export const currentOf = (versions: MethodVersion[]): MethodVersion => versions[0] ?? UNWRITTEN_DEFAULT;

/** Years with a stored Monte-Carlo run under this method version, newest first. */
export async function listSensitivityYears(db: DbOrTx, methodVersion: number): Promise<number[]> {
  const rows = await db.select({ year: observatorySensitivity.year }).from(observatorySensitivity)
    .where(eq(observatorySensitivity.methodVersion, methodVersion)).orderBy(desc(observatorySensitivity.year));
  return rows.map((r) => r.year);
}

export async function findSensitivity(db: DbOrTx, methodVersion: number, year: number) {
  const [row] = await db.select().from(observatorySensitivity)
    .where(and(eq(observatorySensitivity.methodVersion, methodVersion), eq(observatorySensitivity.year, year)));
  if (!row) return null;
  const names = await comunaNames(db, row.units.map((u) => u.cut));
  return { ...row, units: row.units.map((u) => ({ ...u, name: names.get(u.cut) ?? u.cut })) };
}
export type SensitivityDetail = NonNullable<Awaited<ReturnType<typeof findSensitivity>>>;

async function comunaNames(db: DbOrTx, cuts: string[]): Promise<Map<string, string>> {
  if (cuts.length === 0) return new Map();
  const rows = await db.select({ code: comunas.code, name: comunas.name }).from(comunas).where(inArray(comunas.code, cuts));
  return new Map(rows.map((r) => [r.code, r.name]));
}
