// Housekeeping: rows that stop serving any purpose are deleted, because personal data is kept only as long as a rule
// needs it (DESIGN.md rule 10; Ley 19.628 art. 6: data must be deleted once its storage has no legal basis): expired
// sessions, email tokens spent or expired a week ago, rate-limit windows past the longest limit, and submission keys
// past the day in which a double submit or a client's retry could come (http/idempotency.ts). Every process runs the
// sweep (an idempotent delete), once an hour; tests call sweep() by hand.
import { and, isNotNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from './db/client.js';
import { emailTokens, rateLimits, sessions, submissions } from './auth/schema.js';
import { MAX_WINDOW_SECONDS } from './http/rate-limit.js';

const HOUR = 3600_000;
export const RETENTION = {
  /** A spent or expired link is kept a week, so "this link was already used / has expired" can still be answered. */
  emailTokensMs: 7 * 24 * HOUR,
  rateLimitsMs: MAX_WINDOW_SECONDS * 1000,
  submissionsMs: 24 * HOUR,
};

export interface Swept {
  sessions: number;
  emailTokens: number;
  rateLimits: number;
  submissions: number;
}

export async function sweep(db: Db, now = new Date()): Promise<Swept> {
  const before = (ms: number) => new Date(now.getTime() - ms);
  const gone = async (query: Promise<unknown[]>) => (await query).length;
  return {
    sessions: await gone(db.delete(sessions).where(lt(sessions.expiresAt, now)).returning({ k: sessions.idHash })),
    emailTokens: await gone(db.delete(emailTokens).where(or(
      lt(emailTokens.expiresAt, before(RETENTION.emailTokensMs)),
      and(isNotNull(emailTokens.usedAt), lt(emailTokens.usedAt, before(RETENTION.emailTokensMs))),
    )).returning({ k: emailTokens.tokenHash })),
    rateLimits: await gone(db.delete(rateLimits).where(lt(rateLimits.windowStart, before(RETENTION.rateLimitsMs))).returning({ k: rateLimits.key })),
    submissions: await gone(db.delete(submissions).where(lt(submissions.createdAt, before(RETENTION.submissionsMs)))
      .returning({ k: sql`1` })),
  };
}

export function startHousekeeping(db: Db, log: { warn: (obj: object, msg: string) => void }, everyMs = HOUR) {
  const timer = setInterval(() => { sweep(db).catch((err) => log.warn({ err }, 'housekeeping failed; next try in an hour')); }, everyMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
