// Ley 20.285 art. 12: a request not corrected within its 5 business days is deemed withdrawn ("se le tendrá por
// desistido"). The statistics area's ticker calls this; each request gets its `correction_expired` event from the
// clock (author system) through recordRequestEvent, so the lifecycle checks the date once more.
import { and, eq, lt } from 'drizzle-orm';
import type { Tx } from '../../../../core/db/client.js';
import { toSantiagoDate } from '../../../../core/calendar/index.js';
import { transparencyRequests as r } from '../schema.js';
import { recordRequestEvent } from './record-event.js';

/** Writes `correction_expired` for every correction whose due day ended before `now`; returns how many. */
export async function expireCorrections(tx: Tx, now: Date = new Date()): Promise<number> {
  // A due day that is today has not ended yet: only those strictly before today's Santiago date are past.
  const due = await tx.select({ id: r.id }).from(r)
    .where(and(eq(r.state, 'awaiting_correction'), lt(r.correctionDueOn, toSantiagoDate(now)))).orderBy(r.id);
  for (const { id } of due) await recordRequestEvent(tx, { requestId: id, kind: 'correction_expired', data: {}, author: 'system', personId: null, at: now });
  return due.length;
}
