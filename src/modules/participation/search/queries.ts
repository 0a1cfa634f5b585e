// Full-text search across processes, public proposals and visible comments, best match first, by cursor.
// Each branch filters with its GIN-indexed document (documents.ts) before ranking; the headline (the snippet with the
// words found) is computed only for the rows of the page. Highlights come back as private-use marker characters, not
// HTML, so what people wrote is always rendered as text (snippet.ts splits it into parts).
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../../core/db/client.js';
import { PUBLIC_STATES } from '../proposals/lifecycle.js';
import { commentDocument, processDocument, proposalDocument, searchQuery } from './documents.js';
import { HIGHLIGHT_START, HIGHLIGHT_END } from './snippet.js';

export const SEARCH_TYPES = ['process', 'proposal', 'comment'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

export interface SearchFilter {
  q: string;
  type?: SearchType;
  institutionId?: number;
  /** Cursor: rank (6 decimals, as text so it compares exactly), type and id of the last row of the previous page. */
  after?: [string, SearchType, number] | null;
  limit: number;
}

export interface SearchRow {
  type: SearchType;
  id: number;
  institution_slug: string;
  institution_name: string;
  title: string;
  /** The target of a comment (process, consultation or proposal) and its id. */
  target_type: string | null;
  target_id: number | null;
  headline: string;
  rank: string;
  created_at: Date | string;
}

const HEADLINE_OPTIONS = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;
const PUBLIC_PROPOSAL = sql.raw(`(${PUBLIC_STATES.map((s) => `'${s}'`).join(', ')})`);

export async function search(db: DbOrTx, f: SearchFilter): Promise<SearchRow[]> {
  const query = searchQuery(f.q);
  const inInstitution = (column: SQL) => (f.institutionId === undefined ? sql`` : sql` and ${column} = ${f.institutionId}`);
  const rank = (doc: SQL) => sql`round(ts_rank(${doc}, ${query})::numeric, 6)`;
  const branches: Record<SearchType, SQL> = {
    process: sql`select 'process' as type, id, institution_id, title, title || ' ' || description as content, null::text as target_type, null::int as target_id,
      ${rank(processDocument)} as rank, created_at from participation_processes
      where ${processDocument} @@ ${query}${inInstitution(sql`institution_id`)}`,
    proposal: sql`select 'proposal' as type, id, institution_id, title, title || ' ' || body as content, null::text as target_type, null::int as target_id,
      ${rank(proposalDocument)} as rank, created_at
      from participation_proposals where ${proposalDocument} @@ ${query} and state in ${PUBLIC_PROPOSAL}${inInstitution(sql`institution_id`)}`,
    // Only what the public sees: neither comments hidden by moderation nor spam-like ones held for review.
    comment: sql`select 'comment' as type, id, institution_id, '' as title, body as content, target_type, target_id, ${rank(commentDocument)} as rank, created_at
      from participation_comments where ${commentDocument} @@ ${query} and hidden_at is null and status = 'visible'${inInstitution(sql`institution_id`)}`,
  };
  const union = sql.join((f.type ? [f.type] : SEARCH_TYPES).map((t) => branches[t]), sql` union all `);
  const after = f.after
    ? sql`where u.rank < ${f.after[0]}::numeric or (u.rank = ${f.after[0]}::numeric and (u.type, u.id) > (${f.after[1]}::text, ${f.after[2]}::int))`
    : sql``;
  return queryRows<SearchRow>(db, sql`
    select r.type, r.id, i.slug as institution_slug, i.name as institution_name, r.target_type, r.target_id, r.rank::text as rank, r.created_at,
      case r.type when 'comment' then coalesce(
        case r.target_type
          when 'process' then (select title from participation_processes where id = r.target_id)
          when 'proposal' then (select title from participation_proposals where id = r.target_id)
          when 'consultation' then (select title from participation_consultations where id = r.target_id)
        end, '') else r.title end as title,
      ts_headline('participation_es', r.content, ${query}, ${HEADLINE_OPTIONS}) as headline
    from (select * from (${union}) u ${after} order by rank desc, type, id limit ${f.limit + 1}) r
    join institutions i on i.id = r.institution_id
    order by r.rank desc, r.type, r.id`);
}
