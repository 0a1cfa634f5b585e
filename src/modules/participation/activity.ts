// How much participation an institution had in a span of time, for the observatory's participation pillar (read
// through this module's index.ts, so the observatory never reads these tables itself): processes opened (whose first
// phase started in the span) and distinct participants — the people who answered a consultation (anonymous
// respondents by their respondent key), submitted or supported a proposal, commented, or took part in a vote that
// closed in the span (a vote keeps who voted apart from what was voted, and only the vote's dates: votes/schema.ts).
import { sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../core/db/client.js';

export interface InstitutionActivity { institutionId: number; opened: number; participants: number }

/** `from` and `to` are ISO instants: the span is [from, to). */
export async function countParticipationByInstitution(db: DbOrTx, from: string, to: string): Promise<InstitutionActivity[]> {
  const within = (column: string) => sql`${sql.raw(column)} >= ${from}::timestamptz and ${sql.raw(column)} < ${to}::timestamptz`;
  const rows = await queryRows<InstitutionActivity>(db, sql`
    with opened as (
      select p.institution_id, count(*)::int as n from participation_processes p
      where (select min(ph.starts_at) from participation_phases ph where ph.process_id = p.id) >= ${from}::timestamptz
        and (select min(ph.starts_at) from participation_phases ph where ph.process_id = p.id) < ${to}::timestamptz
      group by 1
    ), people as (
      select r.institution_id, coalesce('p' || r.person_id, 'r' || r.respondent_key) as who from participation_consultation_responses r where ${within('r.created_at')}
      union select p.institution_id, 'p' || pr.author_id from participation_proposals pr join participation_processes p on p.id = pr.process_id where ${within('pr.created_at')}
      union select p.institution_id, 'p' || s.person_id from participation_proposal_supports s join participation_proposals pr on pr.id = s.proposal_id
        join participation_processes p on p.id = pr.process_id where ${within('s.created_at')}
      union select c.institution_id, 'p' || c.author_id from participation_comments c where ${within('c.created_at')}
      union select v.institution_id, 'p' || vp.person_id from participation_vote_participations vp join participation_votes v on v.id = vp.vote_id where ${within('v.closes_at')}
    ), counted as (select institution_id, count(distinct who)::int as n from people group by 1)
    select coalesce(o.institution_id, c.institution_id) as "institutionId", coalesce(o.n, 0) as opened, coalesce(c.n, 0) as participants
    from opened o full join counted c on c.institution_id = o.institution_id`);
  return rows.map((r) => ({ institutionId: Number(r.institutionId), opened: Number(r.opened), participants: Number(r.participants) }));
}

/** The first year (Santiago) any phase starts, or null when there is no process. */
export async function findFirstParticipationYear(db: DbOrTx): Promise<number | null> {
  const [row] = await queryRows<{ first: number | null }>(db, sql`select min(extract(year from starts_at at time zone 'America/Santiago'))::int as first from participation_phases`);
  return row?.first ?? null;
}
