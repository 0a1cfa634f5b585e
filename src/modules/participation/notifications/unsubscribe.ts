// The unsubscribe link of every notification email works without signing in (one click, then a confirmation page):
// a person id signed by HMAC with SESSION_SECRET under its own label, so neither a CSRF token nor any other HMAC of
// this installation can be passed off as one. It does not expire: an old email must still let its reader stop them
// (RFC 8058 §3 asks the same of List-Unsubscribe links). Rotating SESSION_SECRET invalidates the links already sent;
// the preferences page still works after signing in.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const UNSUBSCRIBE_PATH = '/participacion/notificaciones/baja';

const sign = (secret: string, personId: number) =>
  createHmac('sha256', secret).update(`participation-unsubscribe:${personId}`).digest('base64url');

export const unsubscribeToken = (secret: string, personId: number) => `${personId}.${sign(secret, personId)}`;

/** The person the token was made for, or null when it was altered or made with another secret. */
export function verifyUnsubscribeToken(secret: string, token: string): number | null {
  const match = /^([1-9]\d{0,9})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return null;
  const personId = Number(match[1]);
  const expected = Buffer.from(sign(secret, personId));
  return timingSafeEqual(expected, Buffer.from(match[2])) ? personId : null;
}

export const unsubscribeUrl = (baseUrl: string, secret: string, personId: number) => `${baseUrl}${UNSUBSCRIBE_PATH}/${unsubscribeToken(secret, personId)}`;
