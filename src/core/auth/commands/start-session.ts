// Signs a person in: a new session with a new random id (never one the browser brought along, so a planted id
// cannot be promoted to a signed-in session: OWASP session fixation), stored only as a hash. Audited.
import { and, eq, lt } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { appendAudit } from '../../audit/log.js';
import { selfActor } from '../actor.js';
import { hashSecret, newSecret } from '../secrets.js';
import { sessions } from '../schema.js';

export const SESSION_DAYS = 30;

export async function startSession(
  tx: Tx, person: { id: number; name: string }, previousToken?: string, options: { claveunicaInstitutionId?: number } = {},
) {
  const now = new Date();
  if (previousToken) await tx.delete(sessions).where(eq(sessions.idHash, hashSecret(previousToken)));
  await tx.delete(sessions).where(and(eq(sessions.personId, person.id), lt(sessions.expiresAt, now)));
  const token = newSecret();
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * 24 * 3600 * 1000);
  const claveunicaInstitutionId = options.claveunicaInstitutionId ?? null;
  await tx.insert(sessions).values({ idHash: hashSecret(token), personId: person.id, expiresAt, claveunicaInstitutionId });
  await appendAudit(tx, {
    actor: selfActor(person), action: 'session.start', resourceType: 'person', resourceId: person.id, public: false,
    summary: { via: claveunicaInstitutionId ? 'claveunica' : 'password' },
  });
  return { token, expiresAt };
}
