// Signs out: the session row is deleted, so the cookie stops working everywhere at once. Audited.
import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { appendAudit } from '../../audit/log.js';
import { auditActor, type Actor } from '../../policy.js';
import { hashSecret } from '../secrets.js';
import { sessions } from '../schema.js';

export async function endSession(tx: Tx, token: string, actor: Actor): Promise<void> {
  const ended = await tx.delete(sessions).where(eq(sessions.idHash, hashSecret(token))).returning({ personId: sessions.personId });
  if (ended.length === 0) return;
  await appendAudit(tx, { actor: auditActor(actor), action: 'session.end', resourceType: 'person', resourceId: actor.personId, public: false });
}
