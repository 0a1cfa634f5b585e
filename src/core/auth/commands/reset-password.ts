// Sets a new password with a reset link, audited. Every session of the person ends (whoever knew the old
// password is signed out) and every other reset link dies. Null when the link is no longer valid.
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { appendAudit } from '../../audit/log.js';
import { selfActor } from '../actor.js';
import { consumeEmailToken } from '../email-tokens.js';
import { hashPassword } from '../passwords.js';
import { emailTokens, people, sessions } from '../schema.js';

export async function resetPassword(tx: Tx, token: string, password: string): Promise<{ id: number; name: string } | null> {
  const personId = await consumeEmailToken(tx, token, 'reset');
  if (personId === null) return null;
  // Opening the link proves the person reads that mailbox, which is all a confirmation proves.
  const [person] = await tx.update(people)
    .set({ passwordHash: await hashPassword(password), emailConfirmedAt: sql`coalesce(${people.emailConfirmedAt}, now())` })
    .where(eq(people.id, personId)).returning({ id: people.id, name: people.name });
  await tx.delete(sessions).where(eq(sessions.personId, personId));
  await tx.update(emailTokens).set({ usedAt: new Date() })
    .where(and(eq(emailTokens.personId, personId), eq(emailTokens.purpose, 'reset'), isNull(emailTokens.usedAt)));
  await appendAudit(tx, { actor: selfActor(person), action: 'password.reset', resourceType: 'person', resourceId: personId, public: false });
  return person;
}
