// Participation, from the participation module's rows per institution and calendar year (Santiago): processes opened
// (whose first phase started that year) and distinct participants per 1,000 inhabitants — the people who, that year,
// answered a consultation (anonymous respondents by their respondent key), submitted or supported a proposal,
// commented, or took part in a vote that closed that year (a vote keeps who voted apart from what was voted, and only
// the vote's dates: votes/schema.ts). The population is SINIM's for the year when imported, else the INE 2024
// projection, and the provenance says which.
import { sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../../../core/db/client.js';
import { yearBounds, type ComputedValue, type IndicatorSource } from './types.js';

const MODULE = 'participation';

async function countByInstitution(db: DbOrTx, year: number) {
  const { from, to } = yearBounds(year);
  const within = (column: string) => sql`${sql.raw(column)} >= ${from}::timestamptz and ${sql.raw(column)} < ${to}::timestamptz`;
  const rows = await queryRows<{ institutionId: number; opened: number; participants: number }>(db, sql`
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

export const participationSource: IndicatorSource = {
  module: MODULE,
  years: async (db, ctx) => {
    const [row] = await queryRows<{ first: number | null }>(db, sql`select min(extract(year from starts_at at time zone 'America/Santiago'))::int as first from participation_phases`);
    const last = Number(ctx.today.slice(0, 4));
    const first = Math.min(row?.first ?? last, last);
    return Array.from({ length: last - first + 1 }, (_, i) => first + i);
  },
  compute: async (db, year, ctx) => {
    const out: ComputedValue[] = [];
    for (const r of await countByInstitution(db, year)) {
      const cut = ctx.municipalities.get(r.institutionId);
      if (!cut) continue;
      out.push({ cut, year, indicator: 'participation.processes', value: r.opened,
        provenance: { module: MODULE, definition: 'participatory processes whose first phase started in the year', opened: r.opened, participants: r.participants } });
      const population = ctx.population(cut, year);
      if (population && population.people > 0) {
        out.push({ cut, year, indicator: 'participation.participants_per_thousand', value: (1000 * r.participants) / population.people,
          provenance: { module: MODULE, definition: 'distinct participants in the year × 1000 / population', numerator: r.participants,
            denominator: population.people, population: population.from } });
      }
    }
    return out;
  },
};
