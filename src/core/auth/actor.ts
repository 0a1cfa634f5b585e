// Resolves who is making a request: a session cookie (browsers) or an API token (Authorization: Bearer …).
// One query per request: the person and their roles come back together (this runs on every signed-in page).
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import type { AuditActor } from '../audit/log.js';
import type { Actor, RoleGrant, VerificationLevel } from '../policy.js';
import { hashSecret } from './secrets.js';
import { apiTokens, people, roleAssignments, sessions } from './schema.js';

export const SESSION_COOKIE = 'cabildo_session';

/**
 * Spelled out with its table: selecting from people alone, Drizzle renders ${people.id} as a bare "id", which inside
 * the subquery below means r.id, handing a person the roles of whichever assignments happen to match.
 */
const PEOPLE_ID = sql`${sql.identifier('people')}.${sql.identifier('id')}`;

const actorColumns = {
  personId: people.id,
  name: people.name,
  emailConfirmed: sql<boolean>`${people.emailConfirmedAt} is not null`,
  verification: sql<VerificationLevel>`case when ${people.identityVerifiedAt} is not null then 'identity'
    when ${people.emailConfirmedAt} is not null then 'email' else 'none' end`,
  roles: sql<RoleGrant[]>`coalesce((
    select json_agg(json_build_object('role', r.role, 'institutionId', r.institution_id, 'permissions', r.permissions))
    from ${roleAssignments} r where r.person_id = ${PEOPLE_ID}), '[]'::json)`,
};

export async function actorFromSession(db: Db, sessionToken: string | undefined): Promise<Actor | null> {
  if (!sessionToken) return null;
  const [row] = await db.select(actorColumns).from(sessions).innerJoin(people, eq(people.id, sessions.personId))
    .where(and(eq(sessions.idHash, hashSecret(sessionToken)), gt(sessions.expiresAt, new Date()), eq(people.disabled, false)));
  return row ? { ...row, via: 'session' } : null;
}

/** "Last used" on /cuenta is shown to the minute: writing it on every request would cost a row update per API call. */
const LAST_USED_PRECISION_MS = 60_000;

/** Like a session: the token, its owner and their roles in one query; the "last used" write only once a minute. */
export async function actorFromApiToken(db: Db, token: string): Promise<Actor | null> {
  const [row] = await db.select({ ...actorColumns, tokenId: apiTokens.id, lastUsedAt: apiTokens.lastUsedAt })
    .from(apiTokens).innerJoin(people, eq(people.id, apiTokens.personId))
    .where(and(eq(apiTokens.tokenHash, hashSecret(token)), isNull(apiTokens.revokedAt), eq(people.disabled, false)));
  if (!row) return null;
  const { tokenId, lastUsedAt, ...actor } = row;
  const now = new Date();
  if (!lastUsedAt || now.getTime() - lastUsedAt.getTime() >= LAST_USED_PRECISION_MS) {
    await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, tokenId));
  }
  return { ...actor, via: 'token' };
}

export async function loadActor(db: Db, personId: number, via: Actor['via']): Promise<Actor | null> {
  const [row] = await db.select(actorColumns).from(people).where(and(eq(people.id, personId), eq(people.disabled, false)));
  return row ? { ...row, via } : null;
}

/** A person acting on their own account without a session yet (registering, confirming, resetting), as the audit
 * log records them: by id and name, never by email (policy.ts auditActor does the same for a signed-in actor). */
export const selfActor = (person: { id: number; name: string }): AuditActor => ({ id: person.id, label: person.name });

/** Acts nobody can be named for, such as a reset link requested by whoever typed an email address. */
export const SYSTEM_ACTOR: AuditActor = { id: null, label: 'system' };
