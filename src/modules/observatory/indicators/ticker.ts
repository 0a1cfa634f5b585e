// The daily refresh of the values computed from the other modules, in the app process (started by routes.ts): every
// hour it checks when the last refresh ran (its audit row) and refreshes once that is a day old, under a
// transaction-level advisory lock, so with several app processes on one database one refreshes and the others skip.
import { desc, eq, sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../../core/db/client.js';
import { SYSTEM_ACTOR } from '../../../core/auth/actor.js';
import { auditLog } from '../../../core/audit/schema.js';
import { startTicker } from '../../../core/ticker.js';
import { refreshComputedIndicators, type RefreshOutcome } from './commands/refresh-computed.js';

const CHECK_EVERY_MS = 60 * 60 * 1000;
const REFRESH_EVERY_MS = 24 * 60 * 60 * 1000;
/** Arbitrary constant, apart from the installation's other advisory locks (audit, tickers, folios, migrations). */
const REFRESH_LOCK = 0x0b5e7a;

/** One check: the refresh's outcome, or null when it is not due or another process is running it. */
export async function runIndicatorsTicker(db: Db, now = new Date()): Promise<RefreshOutcome | null> {
  return db.transaction(async (tx) => {
    const [lock] = await queryRows<{ locked: boolean }>(tx, sql`select pg_try_advisory_xact_lock(${REFRESH_LOCK}) as locked`);
    if (!lock!.locked) return null;
    const [last] = await tx.select({ at: auditLog.at }).from(auditLog).where(eq(auditLog.action, 'observatory.values.refresh')).orderBy(desc(auditLog.seq)).limit(1);
    if (last && now.getTime() - last.at.getTime() < REFRESH_EVERY_MS) return null;
    return refreshComputedIndicators(tx, SYSTEM_ACTOR, undefined, now);
  });
}

export function startIndicatorsTicker(db: Db, log: { error: (obj: object, msg: string) => void }, everyMs = CHECK_EVERY_MS) {
  return startTicker(() => runIndicatorsTicker(db), log, 'observatory refresh', everyMs);
}
