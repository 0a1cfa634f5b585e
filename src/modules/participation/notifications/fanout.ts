// Events become notifications: one per person for each event, for the followers of the event's subject and of its
// process (a person following both hears once), or for its recipient alone when the event is direct (a reply to
// their comment); never for the person who caused it.
import { asc, inArray, isNull, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../../core/db/client.js';
import { participationEvents as e, participationFollows as f, participationNotifications } from './schema.js';

/** Events per statement: a burst (a phase opening on many processes) is worked through in bounded steps. */
const BATCH = 500;

/**
 * Turns every pending event into notifications and marks it notified; returns how many notifications were made. An
 * event whose transaction commits while this runs is not seen yet and stays pending for the next tick.
 */
export async function fanOut(tx: Tx, now: Date): Promise<number> {
  let made = 0;
  for (;;) {
    const batch = await tx.select({ id: e.id }).from(e).where(isNull(e.notifiedAt)).orderBy(asc(e.id)).limit(BATCH);
    if (batch.length === 0) break;
    const ids = batch.map((b) => b.id);
    const inBatch = inArray(e.id, ids);
    const rows = await queryRows(tx, sql`
      insert into ${participationNotifications} (person_id, event_id)
      select person_id, event_id from (
        select ${f.personId} as person_id, ${e.id} as event_id from ${e} join ${f} on ${f.subjectType} = ${e.subjectType} and ${f.subjectId} = ${e.subjectId}
          where ${inBatch} and ${e.recipientId} is null and ${f.personId} is distinct from ${e.actorId}
        union
        select ${f.personId}, ${e.id} from ${e} join ${f} on ${f.subjectType} = 'process' and ${f.subjectId} = ${e.processId}
          where ${inBatch} and ${e.recipientId} is null and ${f.personId} is distinct from ${e.actorId}
        union
        select ${e.recipientId}, ${e.id} from ${e}
          where ${inBatch} and ${e.recipientId} is not null and ${e.recipientId} is distinct from ${e.actorId}
      ) as told
      -- ids in event order, so "newest first" (by notification id) lists events in the order they happened
      order by event_id
      on conflict do nothing
      returning id`);
    made += rows.length;
    await tx.update(e).set({ notifiedAt: now }).where(inBatch);
    if (batch.length < BATCH) break;
  }
  return made;
}
