// Issues an API token for a person. The token is returned once; only its hash is stored (shown once, as GitHub does).
import type { Tx } from '../../db/client.js';
import { appendAudit, type AuditActor } from '../../audit/log.js';
import { hashSecret, newSecret } from '../secrets.js';
import { apiTokens } from '../schema.js';

/** Recognisable prefix so leaked tokens can be found by secret scanners. */
export const TOKEN_PREFIX = 'cab_';

export async function createApiToken(tx: Tx, input: { personId: number; name: string }, actor: AuditActor) {
  const token = `${TOKEN_PREFIX}${newSecret(32)}`;
  const [row] = await tx.insert(apiTokens).values({
    personId: input.personId, name: input.name, tokenHash: hashSecret(token), prefix: token.slice(0, 10),
  }).returning({ id: apiTokens.id });
  await appendAudit(tx, {
    actor, action: 'api_token.create', resourceType: 'api_token', resourceId: row.id, public: false,
    summary: { personId: input.personId, name: input.name },
  });
  return { id: row.id, token };
}
