// Signs out: the session row is deleted, so the cookie stops working everywhere at once. Audited.
import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { appendAudit } from '../../audit/log.js';
import { auditActor, type Actor } from '../../policy.js';
import { hashSecret } from '../secrets.js';
import { sessions } from '../schema.js';

/** Returns the institution whose ClaveÚnica client started the session, if any: that session must be ended too. */
export async function endSession(tx: Tx, token: string, actor: Actor): Promise<{ claveunicaInstitutionId: number | null }> {
  const [ended] = await tx.delete(sessions).where(eq(sessions.idHash, hashSecret(token)))
    .returning({ personId: sessions.personId, claveunicaInstitutionId: sessions.claveunicaInstitutionId });
  if (!ended) return { claveunicaInstitutionId: null };
  await appendAudit(tx, { actor: auditActor(actor), action: 'session.end', resourceType: 'person', resourceId: actor.personId, public: false });
  return { claveunicaInstitutionId: ended.claveunicaInstitutionId };
}
