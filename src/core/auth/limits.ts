// Rate limits on the account forms that guess passwords or send email (login, registration, reset, resend),
// counted in the database so every app process sees the same attempts.
import type { Db } from '../db/client.js';
import { consumeRateLimit } from '../http/rate-limit.js';
import { hashSecret } from './secrets.js';

const MINUTES = 60;

export const LIMITS = {
  /** Slows password guessing from one address across many accounts… */
  loginPerIp: { max: 20, windowSeconds: 15 * MINUTES },
  /** …and against one account from many addresses. */
  loginPerEmail: { max: 10, windowSeconds: 15 * MINUTES },
  registrationPerIp: { max: 10, windowSeconds: 60 * MINUTES },
  /** Reset and confirmation requests send email: low limits keep Cabildo from being used to flood a mailbox. */
  resetPerIp: { max: 10, windowSeconds: 60 * MINUTES },
  resetPerEmail: { max: 3, windowSeconds: 60 * MINUTES },
  confirmationPerPerson: { max: 5, windowSeconds: 60 * MINUTES },
} as const;

/** Counts one attempt by `subject` (an IP, a normalised email, a person id); throws 429 past the limit. */
export async function limitAttempt(db: Db, name: keyof typeof LIMITS, subject: string | number): Promise<void> {
  // Keys hold a hash, never an email or IP in clear (DESIGN.md convention 10: personal data is minimal).
  await consumeRateLimit(db, { key: `${name}:${hashSecret(String(subject))}`, ...LIMITS[name] });
}
