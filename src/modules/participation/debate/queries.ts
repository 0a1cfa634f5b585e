// Reads of the debate. A thread page is ONE statement (schema.ts header): the page's roots by an index seek in the
// chosen order, joined to every comment of those roots by the (root_id, path) index, in display order. Text that the
// viewer may not read (hidden, or held and not theirs) is blanked in SQL, so it never reaches a view or a present.
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../../core/db/client.js';
import type { Alignment, CommentStatus, TargetType } from './schema.js';

export const SORTS = ['oldest', 'newest', 'voted'] as const;
export type Sort = (typeof SORTS)[number];

export interface ThreadRow {
  id: number;
  parentId: number | null;
  rootId: number;
  depth: number;
  authorId: number;
  /** Null when the text is not readable by this viewer (then the author is not named either). */
  authorName: string | null;
  body: string | null;
  alignment: Alignment;
  status: CommentStatus;
  upvotes: number;
  downvotes: number;
  score: number;
  createdAt: Date;
  editedAt: Date | null;
  myVote: number | null;
  alreadyReported: boolean;
}

export interface ThreadQuery {
  targetType: TargetType;
  targetId: number;
  sort: Sort;
  /** The sort key of the last root of the previous page: [id] or [score, id]. */
  after: unknown[] | null;
  limit: number;
  viewerId: number | null;
  moderator: boolean;
}

const ORDER: Record<Sort, SQL> = { oldest: sql`id asc`, newest: sql`id desc`, voted: sql`score desc, id desc` };

function afterCondition(sort: Sort, after: unknown[] | null): SQL {
  if (!after) return sql`true`;
  const [a, b] = after.map(Number);
  if (after.some((x) => !Number.isInteger(Number(x)))) return sql`false`;
  if (sort === 'oldest') return sql`id > ${a}`;
  if (sort === 'newest') return sql`id < ${a}`;
  return sql`(score, id) < (${a}, ${b})`;
}

export function threadStatement(q: ThreadQuery): SQL {
  const viewer = q.viewerId ?? -1;
  const visibleTo = (alias: string) => sql`(${sql.raw(alias)}.status <> 'held' or ${sql.raw(alias)}.author_id = ${viewer} or ${q.moderator})`;
  return sql`
    with roots as (
      select id, row_number() over (order by ${ORDER[q.sort]}) as ord from (
        select id, score from participation_comments r
        where target_type = ${q.targetType} and target_id = ${q.targetId} and parent_id is null
          and ${visibleTo('r')} and ${afterCondition(q.sort, q.after)}
        order by ${ORDER[q.sort]} limit ${q.limit + 1}) page
    )
    select c.id, c.parent_id as "parentId", c.root_id as "rootId", c.depth, c.author_id as "authorId",
      case when c.status = 'visible' or c.status = 'held' then p.name end as "authorName",
      case when c.status = 'visible' or c.status = 'held' then c.body end as body,
      c.alignment, c.status, c.upvotes, c.downvotes, c.score, c.created_at as "createdAt", c.edited_at as "editedAt",
      v.value as "myVote", (rep.person_id is not null) as "alreadyReported", (select count(*) from roots)::int as "rootCount"
    from roots
    join participation_comments c on c.root_id = roots.id and ${visibleTo('c')}
    join people p on p.id = c.author_id
    left join participation_comment_votes v on v.comment_id = c.id and v.person_id = ${viewer}
    left join participation_comment_reports rep on rep.comment_id = c.id and rep.person_id = ${viewer}
    where roots.ord <= ${q.limit}
    order by roots.ord, c.path`;
}

export interface ThreadPage { rows: ThreadRow[]; next: unknown[] | null }

export async function threadPage(db: DbOrTx, q: ThreadQuery): Promise<ThreadPage> {
  const raw = await queryRows<ThreadRow & { rootCount: number }>(db, threadStatement(q));
  const rows = raw.map((r) => ({ ...r, id: Number(r.id), depth: Number(r.depth), upvotes: Number(r.upvotes), downvotes: Number(r.downvotes),
    score: Number(r.score), createdAt: new Date(r.createdAt), editedAt: r.editedAt && new Date(r.editedAt) }));
  const more = Number(raw[0]?.rootCount ?? 0) > q.limit;
  const lastRoot = rows.filter((r) => r.parentId === null).at(-1);
  const next = more && lastRoot ? (q.sort === 'voted' ? [lastRoot.score, lastRoot.id] : [lastRoot.id]) : null;
  return { rows, next };
}

export interface AlignmentSummary { for: number; against: number; neutral: number; total: number }

/** Public comments per alignment (a favor / en contra / neutral): one primary-key read of the counters (counts.ts). */
export async function alignmentSummary(db: DbOrTx, targetType: TargetType, targetId: number): Promise<AlignmentSummary> {
  const [row] = await queryRows<{ for: number; against: number; neutral: number }>(db, sql`select "for", against, neutral
    from participation_debate_counts where target_type = ${targetType} and target_id = ${targetId}`);
  const s = { for: Number(row?.for ?? 0), against: Number(row?.against ?? 0), neutral: Number(row?.neutral ?? 0) };
  return { ...s, total: s.for + s.against + s.neutral };
}

export interface CommentRecord { id: number; institutionId: number; targetType: TargetType; targetId: number; authorId: number; status: CommentStatus; createdAt: Date; body: string; alignment: Alignment }

export async function findComment(db: DbOrTx, id: number): Promise<CommentRecord | null> {
  const [row] = await queryRows<CommentRecord>(db, sql`select id, institution_id as "institutionId", target_type as "targetType",
    target_id as "targetId", author_id as "authorId", status, created_at as "createdAt", body, alignment from participation_comments where id = ${id}`);
  return row ? { ...row, createdAt: new Date(row.createdAt) } : null;
}

export interface ExportRow { id: number; parentId: number | null; depth: number; author: string | null; alignment: Alignment; status: CommentStatus; body: string | null; upvotes: number; downvotes: number; createdAt: string; editedAt: string | null }

/**
 * A target's public comments for the CSV/JSON export, in keyset batches by id (never the whole thread in memory).
 * Hidden comments keep their row, so replies still have their parent, but neither text nor author; held ones are left out.
 */
export async function* exportRows(db: DbOrTx, targetType: TargetType, targetId: number, batch = 1000): AsyncGenerator<ExportRow> {
  let after = 0;
  for (;;) {
    const rows = await queryRows<ExportRow>(db, sql`select c.id, c.parent_id as "parentId", c.depth,
        case when c.status = 'visible' then p.name end as author, c.alignment, c.status,
        case when c.status = 'visible' then c.body end as body, c.upvotes, c.downvotes,
        to_char(c.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "createdAt",
        to_char(c.edited_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "editedAt"
      from participation_comments c join people p on p.id = c.author_id
      where c.target_type = ${targetType} and c.target_id = ${targetId} and c.status <> 'held' and c.id > ${after}
      order by c.id limit ${batch}`);
    for (const r of rows) yield { ...r, id: Number(r.id), depth: Number(r.depth), upvotes: Number(r.upvotes), downvotes: Number(r.downvotes) };
    if (rows.length < batch) return;
    after = Number(rows.at(-1)!.id);
  }
}

export interface QueueRow { id: number; institutionId: number; targetType: TargetType; targetId: number; authorName: string; body: string; status: CommentStatus; reportCount: number; reasons: string | null; createdAt: Date }

/** The moderation queue: held and hidden comments, and reported ones awaiting review, of the given institutions (null: all). */
export async function moderationQueue(db: DbOrTx, institutionIds: number[] | null, after: number | null, limit: number): Promise<QueueRow[]> {
  const scope = institutionIds === null ? sql`true` : institutionIds.length === 0 ? sql`false`
    : sql`c.institution_id in (${sql.join(institutionIds.map((i) => sql`${i}`), sql`, `)})`;
  const rows = await queryRows<QueueRow>(db, sql`select c.id, c.institution_id as "institutionId", c.target_type as "targetType", c.target_id as "targetId",
      p.name as "authorName", c.body, c.status, c.report_count as "reportCount", c.created_at as "createdAt",
      (select string_agg(distinct r.reason, ', ') from participation_comment_reports r where r.comment_id = c.id) as reasons
    from participation_comments c join people p on p.id = c.author_id
    where (c.status <> 'visible' or c.needs_review) and ${scope} and c.id < ${after ?? 2147483647}
    order by c.id desc limit ${limit + 1}`);
  return rows.map((r) => ({ ...r, id: Number(r.id), reportCount: Number(r.reportCount), createdAt: new Date(r.createdAt) }));
}

/** The sort key just before a comment's root, so a page can start at the thread holding that comment (a form opened on it). */
export async function cursorBeforeRoot(db: DbOrTx, commentId: number, sort: Sort): Promise<unknown[] | null> {
  const [row] = await queryRows<{ id: number; score: number }>(db, sql`select r.id, r.score from participation_comments c
    join participation_comments r on r.id = c.root_id where c.id = ${commentId}`);
  if (!row) return null;
  const id = Number(row.id);
  return sort === 'oldest' ? [id - 1] : sort === 'newest' ? [id + 1] : [Number(row.score), id + 1];
}
