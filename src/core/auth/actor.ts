// Resolves who is making a request: a session cookie (browsers) or an API token (Authorization: Bearer …).
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import type { Actor } from '../policy.js';
import { hashSecret } from './secrets.js';
import { apiTokens, people, roleAssignments, sessions } from './schema.js';

export const SESSION_COOKIE = 'cabildo_session';

export async function actorFromSession(db: Db, sessionToken: string | undefined): Promise<Actor | null> {
  if (!sessionToken) return null;
  const [row] = await db.select({ personId: sessions.personId }).from(sessions)
    .where(and(eq(sessions.idHash, hashSecret(sessionToken)), gt(sessions.expiresAt, new Date())));
  return row ? loadActor(db, row.personId, 'session') : null;
}

export async function actorFromApiToken(db: Db, token: string): Promise<Actor | null> {
  const [row] = await db.update(apiTokens).set({ lastUsedAt: new Date() })
    .where(and(eq(apiTokens.tokenHash, hashSecret(token)), isNull(apiTokens.revokedAt)))
    .returning({ personId: apiTokens.personId });
  return row ? loadActor(db, row.personId, 'token') : null;
}

export async function loadActor(db: Db, personId: number, via: Actor['via']): Promise<Actor | null> {
  const [person] = await db.select().from(people).where(eq(people.id, personId));
  if (!person || person.disabled) return null;
  const roles = await db.select({ role: roleAssignments.role, institutionId: roleAssignments.institutionId, permissions: roleAssignments.permissions })
    .from(roleAssignments).where(eq(roleAssignments.personId, personId));
  return { personId, name: person.name, emailConfirmed: person.emailConfirmedAt !== null, roles, via };
}
