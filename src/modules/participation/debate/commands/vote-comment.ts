// Up (+1) or down (−1) on a comment, changed or withdrawn at will; one row per person (primary key). The counters on
// the comment move by the difference in the same transaction, with `x = x + d` so concurrent votes by different
// people never overwrite each other (PostgreSQL re-reads the locked row), and two concurrent requests of one person
// meet on the primary key: the second waits, then sees the first's vote and adds only its own difference.
import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../../../core/db/client.js';
import { appendAudit } from '../../../../core/audit/log.js';
import { badRequest, conflict, notFound } from '../../../../core/http/errors.js';
import { auditActor, type Actor } from '../../../../core/policy.js';
import { participationCommentVotes as v, participationComments as c } from '../schema.js';

export async function voteComment(tx: Tx, commentId: number, value: 1 | -1 | null, actor: Actor): Promise<{ upvotes: number; downvotes: number }> {
  const [comment] = await tx.select({ authorId: c.authorId, status: c.status, institutionId: c.institutionId }).from(c).where(eq(c.id, commentId));
  if (!comment) throw notFound();
  if (comment.status !== 'visible') throw conflict('participation.debate.notVisible');
  if (comment.authorId === actor.personId) throw badRequest('participation.debate.ownVote');
  const mine = and(eq(v.commentId, commentId), eq(v.personId, actor.personId));
  let previous = 0;
  if (value === null) {
    const [gone] = await tx.delete(v).where(mine).returning({ value: v.value });
    previous = gone?.value ?? 0;
  } else {
    const inserted = await tx.insert(v).values({ commentId, personId: actor.personId, value }).onConflictDoNothing().returning({ value: v.value });
    if (inserted.length === 0) {
      const [row] = await tx.select({ value: v.value }).from(v).where(mine).for('update');
      previous = row!.value;
      if (previous !== value) await tx.update(v).set({ value, createdAt: new Date() }).where(mine);
    }
  }
  const now = value ?? 0;
  const up = (now === 1 ? 1 : 0) - (previous === 1 ? 1 : 0);
  const down = (now === -1 ? 1 : 0) - (previous === -1 ? 1 : 0);
  const [counts] = await tx.update(c).set({ upvotes: sql`${c.upvotes} + ${up}`, downvotes: sql`${c.downvotes} + ${down}` })
    .where(eq(c.id, commentId)).returning({ upvotes: c.upvotes, downvotes: c.downvotes });
  if (up !== 0 || down !== 0) {
    await appendAudit(tx, { actor: auditActor(actor), institutionId: comment.institutionId, action: 'participation.comment.vote',
      resourceType: 'participation_comment', resourceId: commentId, public: false, summary: { value: now } });
  }
  return counts!;
}
