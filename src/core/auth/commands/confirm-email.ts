// Confirms a person's email with the one-time link sent to it, audited. False when the link is no longer valid.
import { and, eq, isNull } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { appendAudit } from '../../audit/log.js';
import { selfActor } from '../actor.js';
import { consumeEmailToken } from '../email-tokens.js';
import { people } from '../schema.js';

export async function confirmEmail(tx: Tx, token: string): Promise<boolean> {
  const personId = await consumeEmailToken(tx, token, 'confirm');
  if (personId === null) return false;
  const [person] = await tx.update(people).set({ emailConfirmedAt: new Date() })
    .where(and(eq(people.id, personId), isNull(people.emailConfirmedAt)))
    .returning({ id: people.id, name: people.name });
  if (person) {
    await appendAudit(tx, { actor: selfActor(person), action: 'email.confirm', resourceType: 'person', resourceId: personId, public: false });
  }
  return true;
}
