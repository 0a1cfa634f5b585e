// Revokes one of a person's own API tokens, audited. The row stays (revokedAt) so the audit entry keeps its
// meaning; the token stops authenticating at once. False when the person has no such active token.
import { and, eq, isNull } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { appendAudit, type AuditActor } from '../../audit/log.js';
import { apiTokens } from '../schema.js';

export async function revokeApiToken(tx: Tx, input: { personId: number; tokenId: number }, actor: AuditActor): Promise<boolean> {
  const [row] = await tx.update(apiTokens).set({ revokedAt: new Date() })
    .where(and(eq(apiTokens.id, input.tokenId), eq(apiTokens.personId, input.personId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  if (!row) return false;
  await appendAudit(tx, { actor, action: 'api_token.revoke', resourceType: 'api_token', resourceId: row.id, public: false, summary: { personId: input.personId } });
  return true;
}
