// A person reports a comment for moderation, once (primary key comment + person). Reports from REPORTS_TO_HIDE
// different people hide it pending a moderator's review: the comment leaves the public thread at once, and a
// moderator restores it or confirms the hiding (moderate-comment.ts).
import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../../../../core/db/client.js';
import { appendAudit } from '../../../../core/audit/log.js';
import { badRequest, conflict, notFound } from '../../../../core/http/errors.js';
import { auditActor, type Actor } from '../../../../core/policy.js';
import { participationCommentReports as r, participationComments as c, type ReportReason } from '../schema.js';
import { REPORTS_TO_HIDE } from '../rules.js';
import { moveCount } from '../counts.js';

export async function reportComment(tx: Tx, commentId: number, input: { reason: ReportReason; text?: string }, actor: Actor): Promise<{ hidden: boolean }> {
  const [comment] = await tx.select({ authorId: c.authorId, status: c.status, institutionId: c.institutionId, alignment: c.alignment,
    targetType: c.targetType, targetId: c.targetId }).from(c).where(eq(c.id, commentId)).for('update');
  if (!comment) throw notFound();
  if (comment.authorId === actor.personId) throw badRequest('participation.debate.ownReport');
  if (comment.status === 'hidden') throw conflict('participation.debate.notVisible');
  const inserted = await tx.insert(r).values({ commentId, personId: actor.personId, reason: input.reason, text: input.text ?? null })
    .onConflictDoNothing().returning({ commentId: r.commentId });
  if (inserted.length === 0) throw conflict('participation.debate.alreadyReported');
  const [row] = await tx.update(c).set({
    reportCount: sql`${c.reportCount} + 1`,
    needsReview: true,
    status: sql`case when ${c.reportCount} + 1 >= ${REPORTS_TO_HIDE} and ${c.status} = 'visible' then 'hidden' else ${c.status} end`,
    hiddenAt: sql`case when ${c.reportCount} + 1 >= ${REPORTS_TO_HIDE} and ${c.status} = 'visible' then now() else ${c.hiddenAt} end`,
  }).where(eq(c.id, commentId)).returning({ status: c.status });
  const hidden = row!.status === 'hidden';
  if (hidden) await moveCount(tx, { type: comment.targetType, id: comment.targetId }, comment, { status: 'hidden', alignment: comment.alignment });
  await appendAudit(tx, { actor: auditActor(actor), institutionId: comment.institutionId, action: 'participation.comment.report',
    resourceType: 'participation_comment', resourceId: commentId, public: false, summary: { reason: input.reason, hidden } });
  return { hidden };
}
