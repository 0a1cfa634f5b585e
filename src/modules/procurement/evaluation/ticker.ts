// The procurement clock, run every minute in the app process (routes.ts starts it; tests call runProcurementClock):
// (1) lots whose bidding deadline passed are opened (bids' openDueLots), (2) awards whose standstill ended are
// confirmed. Each lot in its own transaction, so one that fails does not hold the others back. Several app processes
// may tick at once: each step locks its call and re-reads the lot (bids' openLotBids likewise), so a lot another
// process just confirmed is skipped, not confirmed twice. (No tick-wide lock: PGlite has one connection, and a lock
// held in an open transaction would block the per-lot transactions the tick runs.)
import { and, asc, eq, lte } from 'drizzle-orm';
import type { Db } from '../../../core/db/client.js';
import { SYSTEM_ACTOR } from '../../../core/auth/actor.js';
import { startTicker } from '../../../core/ticker.js';
import { procurementCalls as calls, procurementLots as lots } from '../schema.js';
import { openDueLots } from '../bids/commands/open-bids.js';
import type { SealingConfig } from '../bids/seal.js';
import { confirmAward } from './commands/confirm-award.js';

const TICK_SECONDS = 60;

export interface ClockRun { opened: number[]; confirmed: number[]; failed: Array<{ lotId: number; error: unknown }> }

/** Confirms every award whose standstill ended by `now`. */
export async function confirmDueAwards(db: Db, now: Date): Promise<Pick<ClockRun, 'confirmed' | 'failed'>> {
  const due = await db.select({ id: lots.id, callId: lots.callId }).from(lots).where(and(eq(lots.state, 'standstill'), lte(lots.standstillUntil, now))).orderBy(asc(lots.standstillUntil), asc(lots.id));
  const out: Pick<ClockRun, 'confirmed' | 'failed'> = { confirmed: [], failed: [] };
  for (const { id, callId } of due) {
    try {
      const done = await db.transaction(async (tx) => {
        await tx.select({ id: calls.id }).from(calls).where(eq(calls.id, callId)).for('update');
        const [lot] = await tx.select({ state: lots.state }).from(lots).where(eq(lots.id, id));
        if (lot!.state !== 'standstill') return false;
        await confirmAward(tx, { lotId: id, actor: SYSTEM_ACTOR, at: now });
        return true;
      });
      if (done) out.confirmed.push(id);
    } catch (error) {
      out.failed.push({ lotId: id, error });
    }
  }
  return out;
}

/** One tick: lots opened, awards confirmed, and the lots whose step failed. */
export async function runProcurementClock(db: Db, config: SealingConfig, now = new Date()): Promise<ClockRun> {
  const opened = await openDueLots(db, config, now);
  const confirmed = await confirmDueAwards(db, now);
  return { opened: opened.opened.map((o) => o.lotId), confirmed: confirmed.confirmed, failed: [...opened.failed, ...confirmed.failed] };
}

/** Ticks until stopped (core/ticker.ts); failures of single lots are logged, not thrown, so the next lots still run. */
export function startProcurementClock(db: Db, config: SealingConfig, log: { error: (obj: object, msg: string) => void }, everyMs = TICK_SECONDS * 1000) {
  return startTicker(async () => {
    const run = await runProcurementClock(db, config);
    for (const f of run.failed) log.error({ err: f.error, lotId: f.lotId }, 'procurement clock: lot step failed');
  }, log, 'procurement clock', everyMs);
}
