// Generates a large thread with one SQL statement, for the pagination tests and the benchmark (bench/participation-debate.ts):
// each root gets four replies shaped as in a real debate, one chain down to depth 3 and a second direct answer:
//   root (0) ─┬─ reply (1) ── reply (2) ── reply (3)
//             └─ reply (1)
// so `roots` roots make 5 × roots comments, with alignments and votes spread over them, and the target's counts recounted.
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../core/db/client.js';
import type { TargetType } from './schema.js';

export const COMMENTS_PER_ROOT = 5;

export async function generateThread(db: DbOrTx, t: { institutionId: number; type: TargetType; id: number; authorIds: number[]; roots: number }): Promise<void> {
  const authors = sql`array[${sql.join(t.authorIds.map((a) => sql`${a}::int`), sql`, `)}]`;
  const seg = (k: number) => sql.raw(`lpad((b + r * 5 + ${k + 1})::text, 10, '0')`);
  await db.execute(sql`
    with base as (select coalesce(max(id), 0) as b from participation_comments),
    shape(k, parent_k, depth) as (values (0, null::int, 0), (1, 0, 1), (2, 1, 2), (3, 2, 3), (4, 0, 1)),
    g as (select b, r, k, parent_k, depth, b + r * 5 + k + 1 as id from base, generate_series(0, ${t.roots - 1}) r, shape)
    insert into participation_comments (id, institution_id, target_type, target_id, parent_id, root_id, path, depth, author_id, body, alignment,
      upvotes, downvotes, created_at)
    select id, ${t.institutionId}, ${t.type}, ${t.id}, case when parent_k is null then null else b + r * 5 + parent_k + 1 end, b + r * 5 + 1,
      case k when 0 then ${seg(0)} when 1 then ${seg(0)} || '.' || ${seg(1)} when 2 then ${seg(0)} || '.' || ${seg(1)} || '.' || ${seg(2)}
        when 3 then ${seg(0)} || '.' || ${seg(1)} || '.' || ${seg(2)} || '.' || ${seg(3)} else ${seg(0)} || '.' || ${seg(4)} end,
      depth, (${authors})[1 + id % array_length(${authors}, 1)],
      'Comentario ' || id || ': creo que la propuesta mejora el barrio, aunque falta detallar el presupuesto y los plazos de la obra.',
      (array['for', 'against', 'neutral'])[1 + id % 3], (id * 7) % 23, (id * 3) % 5, now() - make_interval(secs => ${t.roots * 5} - id % 100000)
    from g`);
  await db.execute(sql`insert into participation_debate_counts (target_type, target_id, "for", against, neutral)
    select ${t.type}, ${t.id}, count(*) filter (where alignment = 'for'), count(*) filter (where alignment = 'against'), count(*) filter (where alignment = 'neutral')
    from participation_comments where target_type = ${t.type} and target_id = ${t.id} and status = 'visible'
    on conflict (target_type, target_id) do update set "for" = excluded."for", against = excluded.against, neutral = excluded.neutral`);
  await db.execute(sql`select setval(pg_get_serial_sequence('participation_comments', 'id'), (select max(id) from participation_comments))`);
}
