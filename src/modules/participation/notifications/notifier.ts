// The notifier: a tick every NOTIFIER_SECONDS in the app process (started by routes.ts) that writes the clock events
// (clock.ts), turns new events into notifications (fanout.ts) and sends the emails due (mail.ts), out of the request
// path. With several app processes on one PostgreSQL, a transaction-level advisory lock lets one of them do a tick
// while the others skip it; the events' unique markers and their notified mark make a repeated tick do nothing twice.
import { sql } from 'drizzle-orm';
import { queryRows, type Db, type Tx } from '../../../core/db/client.js';
import type { Mailer, MailLog } from '../../../core/auth/email.js';
import { startTicker } from '../../../core/ticker.js';
import type { Config } from '../../../core/config.js';
import { writeClockEvents } from './clock.js';
import { fanOut } from './fanout.js';
import { claimEmails, type MailConfig } from './mail.js';
import { sealClosedVotes } from '../votes/commands/seal-vote.js';
import { ballotKeys } from '../votes/ballot-secrecy.js';

/** Sealing closed votes needs the ballot keys (votes/ballot-secrecy.ts). */
export type NotifierConfig = MailConfig & Pick<Config, 'identityKey'>;

const NOTIFIER_SECONDS = 30;
/** Arbitrary constant, apart from the other advisory locks of the installation (budget jobs, audit, migrations). */
const NOTIFIER_LOCK = 0x9a71f1;

export interface NotifierRun {
  clockEvents: number;
  notifications: number;
  emails: number;
}

const lock = async (tx: Tx) =>
  (await queryRows<{ locked: boolean }>(tx, sql`select pg_try_advisory_xact_lock(${NOTIFIER_LOCK}) as locked`))[0].locked;

/** One tick; null when another process holds the lock (it is doing this very work). */
export async function runNotifier(db: Db, mailer: Mailer, config: NotifierConfig, now = new Date()): Promise<NotifierRun | null> {
  // Two transactions: the clock events commit first, so the fan-out sees them in this same tick.
  const clockEvents = await db.transaction(async (tx) => ((await lock(tx)) ? writeClockEvents(tx, now) : null));
  if (clockEvents === null) return null;
  // A vote announced closed is sealed too: its ballots unlinked from its participations below the columns (seal-vote.ts).
  await sealClosedVotes(db, ballotKeys(config.identityKey));
  const work = await db.transaction(async (tx) => {
    if (!(await lock(tx))) return null;
    const notifications = await fanOut(tx, now);
    return { notifications, mails: await claimEmails(tx, config, now) };
  });
  if (!work) return null;
  for (const mail of work.mails) await mailer.send(mail);
  return { clockEvents, notifications: work.notifications, emails: work.mails.length };
}

/** Ticks until stopped (core/ticker.ts). */
export function startNotifier(db: Db, mailer: Mailer, config: NotifierConfig, log: MailLog, everyMs = NOTIFIER_SECONDS * 1000) {
  return startTicker(() => runNotifier(db, mailer, config), log, 'participation notifier', everyMs);
}
