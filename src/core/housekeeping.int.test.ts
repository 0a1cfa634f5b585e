// Housekeeping deletes what no longer serves (sweep), and nothing that still does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../test-support/app.js';
import { signedIn } from '../test-support/people.js';
import { queryRows } from './db/client.js';
import { emailTokens, rateLimits, sessions, submissions } from './auth/schema.js';
import { consumeRateLimit } from './http/rate-limit.js';
import { sweep } from './housekeeping.js';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => { await t.close(); });

const HOUR = 3600_000;
const ago = (ms: number) => new Date(Date.now() - ms);
const count = async (table: string) => Number((await queryRows<{ n: string | number }>(t.database.db, sql`select count(*) as n from ${sql.identifier(table)}`))[0]!.n);

describe('sweep', () => {
  it('deletes expired sessions, old email tokens, past rate-limit windows and day-old submission keys, and keeps the rest', async () => {
    const db = t.database.db;
    const me = await signedIn(t);
    const live = await count('sessions');
    await db.insert(sessions).values([{ idHash: 'expired', personId: me.personId, expiresAt: ago(1000) }]);
    await db.insert(emailTokens).values([
      { tokenHash: 'fresh', personId: me.personId, purpose: 'reset', expiresAt: new Date(Date.now() + HOUR) },
      { tokenHash: 'used-recently', personId: me.personId, purpose: 'reset', expiresAt: ago(2 * HOUR), usedAt: ago(3 * HOUR) },
      { tokenHash: 'expired-long-ago', personId: me.personId, purpose: 'confirm', expiresAt: ago(8 * 24 * HOUR) },
      { tokenHash: 'used-long-ago', personId: me.personId, purpose: 'reset', expiresAt: new Date(Date.now() + HOUR), usedAt: ago(8 * 24 * HOUR) },
    ]);
    await db.insert(rateLimits).values([{ key: 'old', windowStart: ago(25 * HOUR), count: 3 }, { key: 'current', windowStart: ago(HOUR), count: 3 }]);
    await db.insert(submissions).values([{ personId: me.personId, key: 'yesterday', createdAt: ago(25 * HOUR) }, { personId: me.personId, key: 'now' }]);

    expect(await sweep(db)).toEqual({ sessions: 1, emailTokens: 2, rateLimits: 1, submissions: 1 });
    expect(await count('sessions')).toBe(live);
    expect((await db.select({ k: emailTokens.tokenHash }).from(emailTokens)).map((r) => r.k).sort()).toEqual(expect.arrayContaining(['fresh', 'used-recently']));
    expect((await db.select({ k: emailTokens.tokenHash }).from(emailTokens)).map((r) => r.k)).not.toContain('used-long-ago');
    expect((await db.select({ k: rateLimits.key }).from(rateLimits)).map((r) => r.k)).toContain('current');
    expect((await db.select({ k: submissions.key }).from(submissions)).map((r) => r.k)).toEqual(['now']);
    // The person is still signed in, and a second sweep finds nothing.
    expect((await t.app.inject({ url: '/cuenta', cookies: me.cookies })).statusCode).toBe(200);
    expect(await sweep(db)).toEqual({ sessions: 0, emailTokens: 0, rateLimits: 0, submissions: 0 });
  });

  it('refuses a rate limit whose window would outlive its row', async () => {
    await expect(consumeRateLimit(t.database.db, { key: 'x', max: 1, windowSeconds: 2 * 24 * 3600 })).rejects.toThrow(/MAX_WINDOW_SECONDS/);
  });
});
