// A moderator hides a comment, restores it (also: publishes one held as spam-like) or confirms its hiding after
// reports. Each action keeps its reason in the comment's moderation history and in the public audit log under the
// moderator's name: moderation is an official act on a public conversation, so it is accountable (Ley 20.285).
// The audit entry never copies the comment's text.
import { eq } from 'drizzle-orm';
import type { Tx } from '../../../../core/db/client.js';
import { appendAudit } from '../../../../core/audit/log.js';
import { conflict, notFound } from '../../../../core/http/errors.js';
import { auditActor, type Actor } from '../../../../core/policy.js';
import { moveCount } from '../counts.js';
import { participationCommentModerations as m, participationComments as c, type CommentStatus, type ModerationAction } from '../schema.js';

const EFFECT: Record<ModerationAction, { from: CommentStatus[]; to: CommentStatus }> = {
  hide: { from: ['visible', 'held'], to: 'hidden' },
  restore: { from: ['held', 'hidden'], to: 'visible' },
  confirm: { from: ['hidden'], to: 'hidden' },
};

export async function moderateComment(tx: Tx, commentId: number, input: { action: ModerationAction; reason: string }, actor: Actor): Promise<{ status: CommentStatus }> {
  const [comment] = await tx.select({ status: c.status, institutionId: c.institutionId, hiddenAt: c.hiddenAt, alignment: c.alignment,
    targetType: c.targetType, targetId: c.targetId }).from(c).where(eq(c.id, commentId)).for('update');
  if (!comment) throw notFound();
  const effect = EFFECT[input.action];
  if (!effect.from.includes(comment.status)) throw conflict('participation.debate.moderation.notApplicable');
  const now = new Date();
  await tx.update(c).set({
    status: effect.to, needsReview: false,
    hiddenAt: effect.to === 'hidden' ? comment.hiddenAt ?? now : null,
    // A restored comment starts afresh: the people who reported it cannot report it again (primary key), others can.
    ...(input.action === 'restore' ? { reportCount: 0 } : {}),
  }).where(eq(c.id, commentId));
  await moveCount(tx, { type: comment.targetType, id: comment.targetId }, comment, { status: effect.to, alignment: comment.alignment });
  await tx.insert(m).values({ commentId, institutionId: comment.institutionId, moderatorId: actor.personId, action: input.action, reason: input.reason });
  await appendAudit(tx, { actor: auditActor(actor), institutionId: comment.institutionId, action: `participation.comment.${input.action}`,
    resourceType: 'participation_comment', resourceId: commentId, public: true, summary: { reason: input.reason, from: comment.status, to: effect.to } });
  return { status: effect.to };
}
