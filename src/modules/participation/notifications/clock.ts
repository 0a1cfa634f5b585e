// Events that happen by the clock, written by the notifier's tick: a phase started, a consultation's results were
// published (results_at), a vote closed and its results are out (closes_at). Each is written once: its marker is
// unique (schema.ts), so a second tick, or a tick of another process, adds nothing.
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Tx } from '../../../core/db/client.js';
import { participationPhases } from '../processes/schema.js';
import { participationConsultations } from '../consultations/schema.js';
import { participationVotes } from '../votes/schema.js';
import { participationEvents } from './schema.js';

/**
 * Results older than this are not announced: the first tick of a new installation (or after a long outage) must not
 * tell followers about results published months ago. A phase is announced only while it is still running.
 */
const CLOCK_HORIZON_DAYS = 7;

/** Writes the clock events due at `now`; returns how many were written. */
export async function writeClockEvents(tx: Tx, now: Date): Promise<number> {
  const at = sql`${now.toISOString()}::timestamptz`;
  const since = sql`${new Date(now.getTime() - CLOCK_HORIZON_DAYS * 86_400_000).toISOString()}::timestamptz`;
  const [ph, c, v] = [participationPhases, participationConsultations, participationVotes] as const;
  const due: SQL[] = [
    sql`select ${ph.institutionId}, ${ph.processId}, 'process', ${ph.processId}, 'phase.started',
        jsonb_build_object('phase', ${ph.title}), ${ph.startsAt}, 'phase.started:' || ${ph.id}
      from ${ph} where ${ph.startsAt} <= ${at} and ${ph.endsAt} > ${at}`,
    sql`select ${c.institutionId}, ${c.processId}, 'consultation', ${c.id}, 'consultation.results', '{}'::jsonb,
        ${c.resultsAt}, 'consultation.results:' || ${c.id}
      from ${c} where ${c.resultsAt} <= ${at} and ${c.resultsAt} > ${since}`,
    sql`select ${v.institutionId}, ${v.processId}, 'vote', ${v.id}, 'vote.results', '{}'::jsonb,
        ${v.closesAt}, 'vote.results:' || ${v.id}
      from ${v} where ${v.closesAt} <= ${at} and ${v.closesAt} > ${since}`,
  ];
  let written = 0;
  for (const select of due) {
    // The NOT EXISTS skips what was announced without using up identity values; ON CONFLICT settles a race.
    const rows = await queryRows(tx, sql`
      insert into ${participationEvents} (institution_id, process_id, subject_type, subject_id, kind, params, occurred_at, marker)
      select * from (${select}) as due (institution_id, process_id, subject_type, subject_id, kind, params, occurred_at, marker)
      where not exists (select 1 from ${participationEvents} seen where seen.marker = due.marker)
      on conflict (marker) do nothing
      returning id`);
    written += rows.length;
  }
  return written;
}
