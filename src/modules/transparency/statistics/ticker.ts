// The transparency ticker: every TICK_SECONDS in the app process (started by routes.ts) it runs the legal clock and
// sends what is due, out of the request path, under a transaction-level advisory lock (with several app processes on
// one PostgreSQL, one does the tick and the others skip it):
// - Ley 20.285 art. 12: requests not corrected in 5 business days are deemed withdrawn (requests' expireCorrections);
// - once a day, or at once when this release's holiday tables differ from those the open deadlines were last counted
//   on, every open deadline is recomputed (requests' recomputeOpenDeadlines), so a holiday added by a release moves
//   the requests already running;
// - deadline reminders to officials (reminders.ts) and news to requesters (requester-mails.ts) are claimed.
// The emails go out after the commit: at most once, as the outbox rows (schema.ts) make a repeated tick do nothing twice.
import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { queryRows, type Db, type Tx } from '../../../core/db/client.js';
import type { Mailer, MailLog } from '../../../core/auth/email.js';
import { startTicker } from '../../../core/ticker.js';
import { holidayCorrections, listHolidays, toSantiagoDate } from '../../../core/calendar/index.js';
import { expireCorrections } from '../requests/commands/expire-corrections.js';
import { recomputeOpenDeadlines } from '../requests/recompute.js';
import { transparencyTickerState as state } from './schema.js';
import { claimReminders, type MailConfig } from './reminders.js';
import { claimRequesterMails } from './requester-mails.js';

const TICK_SECONDS = 60;
/** Arbitrary constant, apart from the installation's other advisory locks (audit, notifier, folios, migrations). */
const TICKER_LOCK = 0x7a0171;

/** Stored with each recomputed deadline (requests' deadline_recomputed event), in the platform's language as other reasons. */
export const RECOMPUTE_REASONS = {
  daily: 'Revisión diaria del calendario de feriados',
  release: 'Tablas de feriados actualizadas por una nueva versión de la plataforma',
} as const;

export interface TickerRun {
  expiredCorrections: number;
  /** Requests whose deadlines moved; null when no recompute was due this tick. */
  recomputed: number | null;
  emails: number;
}

/** What the national and corrected holiday tables of this release say about last year to next year. */
export function fingerprintHolidays(today: string): string {
  const year = Number(today.slice(0, 4));
  const national = [year - 1, year, year + 1].map((y) => listHolidays(y));
  return createHash('sha256').update(JSON.stringify({ corrections: holidayCorrections, national })).digest('hex');
}

async function recomputeIfDue(tx: Tx, now: Date, today: string): Promise<number | null> {
  const fingerprint = fingerprintHolidays(today);
  const [last] = await tx.select().from(state).where(eq(state.name, 'recompute')).for('update');
  if (last && last.ranOn === today && last.fingerprint === fingerprint) return null;
  const reason = last && last.fingerprint !== fingerprint ? RECOMPUTE_REASONS.release : RECOMPUTE_REASONS.daily;
  const moved = await recomputeOpenDeadlines(tx, { institutionId: null, reason }, now);
  const values = { ranOn: today, fingerprint, updatedAt: now };
  await tx.insert(state).values({ name: 'recompute', ...values }).onConflictDoUpdate({ target: state.name, set: values });
  return moved;
}

const lock = async (tx: Tx) =>
  (await queryRows<{ locked: boolean }>(tx, sql`select pg_try_advisory_xact_lock(${TICKER_LOCK}) as locked`))[0]!.locked;

/**
 * One tick; null when another process holds the lock (it is doing this very work). The clock and the mails are two
 * transactions, so a request the clock cannot replay never holds back the reminders of every other one: the clock's
 * error is thrown after the mails went out (and logged by the ticker).
 */
export async function runTransparencyTicker(db: Db, mailer: Mailer, config: MailConfig, now = new Date()): Promise<TickerRun | null> {
  const today = toSantiagoDate(now);
  let failure: unknown;
  const clock = await db.transaction(async (tx) => {
    if (!(await lock(tx))) return null;
    return { expiredCorrections: await expireCorrections(tx, now), recomputed: await recomputeIfDue(tx, now, today) };
  }).catch((err: unknown) => { failure = err; return undefined; });
  if (clock === null) return null;
  // After the clock's commit: a correction just expired or a deadline just moved is mailed in this same tick.
  const mails = await db.transaction(async (tx) => ((await lock(tx))
    ? [...await claimReminders(tx, config, today, now), ...await claimRequesterMails(tx, config, now)] : []));
  for (const mail of mails) await mailer.send(mail);
  if (failure !== undefined) throw failure;
  return { expiredCorrections: clock!.expiredCorrections, recomputed: clock!.recomputed, emails: mails.length };
}

/** Ticks until stopped (core/ticker.ts). */
export function startTransparencyTicker(db: Db, mailer: Mailer, config: MailConfig, log: MailLog, everyMs = TICK_SECONDS * 1000) {
  return startTicker(() => runTransparencyTicker(db, mailer, config), log, 'transparency ticker', everyMs);
}
