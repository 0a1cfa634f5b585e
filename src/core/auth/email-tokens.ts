// One-time links sent by email (confirm an address, reset a password). The token is random and only its hash is
// stored; a link works once and until it expires.
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../db/client.js';
import { hashSecret } from './secrets.js';
import { emailTokens, EMAIL_TOKEN_PURPOSES } from './schema.js';

export type EmailTokenPurpose = (typeof EMAIL_TOKEN_PURPOSES)[number];

/** A confirmation link may wait in an inbox over a weekend; a reset link grants the account, so it lives 1 hour. */
export const EMAIL_TOKEN_HOURS: Record<EmailTokenPurpose, number> = { confirm: 48, reset: 1 };

const usable = (token: string, purpose: EmailTokenPurpose) => and(
  eq(emailTokens.tokenHash, hashSecret(token)), eq(emailTokens.purpose, purpose),
  isNull(emailTokens.usedAt), gt(emailTokens.expiresAt, new Date()),
);

/** True while the link can still be used (the GET page shows the form, or says the link is no longer valid). */
export async function isEmailTokenUsable(db: DbOrTx, token: string, purpose: EmailTokenPurpose): Promise<boolean> {
  const [row] = await db.select({ personId: emailTokens.personId }).from(emailTokens).where(usable(token, purpose));
  return !!row;
}

/** Marks the token used and returns its person, or null when it is unknown, used, expired or for another purpose. */
export async function consumeEmailToken(tx: Tx, token: string, purpose: EmailTokenPurpose): Promise<number | null> {
  const [row] = await tx.update(emailTokens).set({ usedAt: new Date() }).where(usable(token, purpose))
    .returning({ personId: emailTokens.personId });
  return row?.personId ?? null;
}
