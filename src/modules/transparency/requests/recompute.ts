// When an institution's calendar changes (an admin adds or removes a holiday, a release corrects the holiday table),
// the deadlines still running move with it: Alaveteli's users saw deadlines that ignored a newly declared holiday.
// Every request whose dates can still matter — open, or with an appeal window not yet over — is replayed on the
// current calendar; where a date moved, the cache is rewritten and a public `deadline_recomputed` event (before and
// after) and an audit row say so. Requests long closed keep the dates they were decided on.
//
// Locks: callers (the holiday admin, the ticker) may already hold the audit chain's lock, while a concurrent
// recordRequestEvent holds its request's row and waits for that lock; waiting for its row here would deadlock. Rows
// locked by a step in flight are skipped instead: that step rewrites its cache after taking the audit lock, so on the
// calendar as committed by then (record-event.ts), and the ticker's daily recompute catches anything left.
import { and, eq, gte, inArray, or, type SQL } from 'drizzle-orm';
import type { Tx } from '../../../core/db/client.js';
import { appendAudit } from '../../../core/audit/log.js';
import { toSantiagoDate } from '../../../core/calendar/index.js';
import { replayRequest } from './lifecycle.js';
import { transparencyRequestEvents as ev, transparencyRequests as r } from './schema.js';
import { cacheColumnsOf, loadRequestEvents, replayContextOf } from './commands/replay.js';

/** The cached dates a calendar change can move (schema.ts). */
const DATES = ['receivedOn', 'dueOn', 'extendedDueOn', 'correctionDueOn', 'appealUntil'] as const;
type Dates = Record<(typeof DATES)[number], string | null>;

/** Replays the affected requests of one institution (or all, null); returns how many had a date moved. */
export async function recomputeOpenDeadlines(tx: Tx, change: { institutionId: number | null; reason: string }, now = new Date()): Promise<number> {
  const live: SQL = or(inArray(r.state, ['received', 'in_progress', 'awaiting_correction']), gte(r.appealUntil, toSantiagoDate(now)))!;
  const rows = await tx.select().from(r)
    .where(change.institutionId === null ? live : and(eq(r.institutionId, change.institutionId), live)).orderBy(r.id).for('update', { skipLocked: true });
  const contexts = new Map<number, Awaited<ReturnType<typeof replayContextOf>>>();
  let moved = 0;
  for (const row of rows) {
    if (!contexts.has(row.institutionId)) contexts.set(row.institutionId, await replayContextOf(tx, row.institutionId));
    const snapshot = replayRequest(await loadRequestEvents(tx, row.id), contexts.get(row.institutionId)!);
    const cache = cacheColumnsOf(snapshot);
    const before = pick(row);
    const after = pick(cache);
    if (DATES.every((k) => before[k] === after[k])) continue;
    moved += 1;
    const [e] = await tx.insert(ev).values({
      requestId: row.id, institutionId: row.institutionId, kind: 'deadline_recomputed', author: 'system', personId: null,
      at: now, data: { reason: change.reason, before, after },
    }).returning({ id: ev.id });
    await tx.update(r).set(cache).where(eq(r.id, row.id));
    await appendAudit(tx, {
      actor: { id: null, label: 'system' }, institutionId: row.institutionId, action: 'transparency.request.deadline_recomputed',
      resourceType: 'transparency_request', resourceId: row.id, public: true, summary: { folio: row.folio, eventId: e!.id, reason: change.reason, before, after },
    });
  }
  return moved;
}

const pick = (x: Dates): Dates => Object.fromEntries(DATES.map((k) => [k, x[k] ?? null])) as Dates;
