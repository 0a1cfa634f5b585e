// What every write to a request shares: read its history in order, replay it on the institution's current calendar,
// and rewrite the row's cache columns from the replay (schema.ts: the row's state and dates are never set otherwise).
import { asc, eq } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../../../core/db/client.js';
import { findInstitutionCalendar } from '../../../../core/calendar/index.js';
import { replayRequest, type ReplayContext, type RequestSnapshot } from '../lifecycle.js';
import type { RequestEvent } from '../events.js';
import { transparencyRequestEvents as ev, transparencyRequests as r } from '../schema.js';

/** The stored history of a request as the replay reads it (internal notes included: they change nothing). */
export async function loadRequestEvents(db: DbOrTx, requestId: number): Promise<RequestEvent[]> {
  const rows = await db.select({ id: ev.id, kind: ev.kind, at: ev.at, author: ev.author, data: ev.data })
    .from(ev).where(eq(ev.requestId, requestId)).orderBy(asc(ev.id));
  return rows as RequestEvent[];
}

export async function replayContextOf(db: DbOrTx, institutionId: number): Promise<ReplayContext> {
  return { calendar: await findInstitutionCalendar(db, institutionId) };
}

/** The row's cache columns for a snapshot: what lists filter and sort on. */
export function cacheColumnsOf(s: RequestSnapshot) {
  const c = s.clock;
  return {
    state: s.state, receivedOn: c.receivedOn, dueOn: c.dueOn, extendedDueOn: c.extendedDueOn,
    correctionDueOn: c.correction?.dueOn ?? null, appealUntil: c.appeal?.until ?? null, clock: c,
    answerKind: s.answerKind, answeredAt: s.answeredAt, satisfied: s.satisfied, updatedAt: new Date(),
  };
}

/** Replays a request from its stored events and rewrites its cache; returns the snapshot. */
export async function rewriteCache(tx: Tx, requestId: number, institutionId: number, ctx?: ReplayContext): Promise<RequestSnapshot> {
  const snapshot = replayRequest(await loadRequestEvents(tx, requestId), ctx ?? await replayContextOf(tx, institutionId));
  await tx.update(r).set(cacheColumnsOf(snapshot)).where(eq(r.id, requestId));
  return snapshot;
}
