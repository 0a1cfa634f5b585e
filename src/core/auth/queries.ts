// Reads over people, their roles and API tokens.
import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { institutions } from '../tenancy/schema.js';
import { apiTokens, people, roleAssignments } from './schema.js';
import { normaliseEmail } from './commands/create-person.js';

/** The person who owns `email` (any case), with what signing in and sending them email need. */
export async function findPersonByEmail(db: DbOrTx, email: string) {
  const [row] = await db.select({
    id: people.id, name: people.name, email: people.email, passwordHash: people.passwordHash, locale: people.locale,
    disabled: people.disabled,
  }).from(people).where(eq(people.email, normaliseEmail(email)));
  return row ?? null;
}

/** A person's own account: details and roles, each role with its institution. */
export async function findAccount(db: DbOrTx, personId: number) {
  const [person] = await db.select({
    id: people.id, name: people.name, email: people.email, locale: people.locale, emailConfirmedAt: people.emailConfirmedAt,
    identityVerifiedAt: people.identityVerifiedAt, identityMethod: people.identityMethod,
  }).from(people).where(eq(people.id, personId));
  if (!person) return null;
  const roles = await db.select({
    role: roleAssignments.role, permissions: roleAssignments.permissions,
    institutionSlug: institutions.slug, institutionName: institutions.name,
  }).from(roleAssignments)
    .leftJoin(institutions, eq(institutions.id, roleAssignments.institutionId))
    .where(eq(roleAssignments.personId, personId))
    .orderBy(asc(roleAssignments.id));
  return { ...person, roles };
}
export type Account = NonNullable<Awaited<ReturnType<typeof findAccount>>>;

/** A person's API tokens that still work, newest first; the token itself is never stored, only its prefix. */
export async function listApiTokens(db: DbOrTx, personId: number) {
  return db.select({
    id: apiTokens.id, name: apiTokens.name, prefix: apiTokens.prefix, createdAt: apiTokens.createdAt, lastUsedAt: apiTokens.lastUsedAt,
  }).from(apiTokens)
    .where(and(eq(apiTokens.personId, personId), isNull(apiTokens.revokedAt)))
    .orderBy(desc(apiTokens.id));
}
export type ApiTokenRow = Awaited<ReturnType<typeof listApiTokens>>[number];
