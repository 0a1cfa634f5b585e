// Issues a one-time email link (confirm an address, reset a password), audited. Returns the token for the email;
// only its hash is stored, so a copy of the database cannot be used to open the link.
import type { Tx } from '../../db/client.js';
import { appendAudit, type AuditActor } from '../../audit/log.js';
import { EMAIL_TOKEN_HOURS, type EmailTokenPurpose } from '../email-tokens.js';
import { emailTokens } from '../schema.js';
import { hashSecret, newSecret } from '../secrets.js';

const HOUR = 3600 * 1000;

export async function issueEmailToken(tx: Tx, input: { personId: number; purpose: EmailTokenPurpose }, actor: AuditActor): Promise<string> {
  const token = newSecret();
  await tx.insert(emailTokens).values({
    tokenHash: hashSecret(token), personId: input.personId, purpose: input.purpose,
    expiresAt: new Date(Date.now() + EMAIL_TOKEN_HOURS[input.purpose] * HOUR),
  });
  await appendAudit(tx, {
    actor, action: 'email_token.issue', resourceType: 'person', resourceId: input.personId, public: false,
    summary: { purpose: input.purpose },
  });
  return token;
}
