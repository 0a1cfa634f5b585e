// A signed-in person comments on a target or replies to a comment. The id comes from the sequence first, so the
// row is written once with its root and materialised path (schema.ts). Spam-like text is held for review instead of
// refused (proposals/spam.ts, the same heuristic as proposals). A reply tells the author answered ('comment.reply',
// an outbox event the notifier delivers to that person only: recipientId), unless they answer themselves or the
// reply waits in review.
import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../../../../core/db/client.js';
import { queryRows } from '../../../../core/db/client.js';
import { appendAudit } from '../../../../core/audit/log.js';
import { badRequest } from '../../../../core/http/errors.js';
import { auditActor, type Actor } from '../../../../core/policy.js';
import { recordEvent } from '../../notifications/record.js';
import { spamReasons } from '../../spam.js';
import { participationComments as c, type Alignment, type CommentStatus } from '../schema.js';
import { pathSegment, replyPlacement } from '../rules.js';
import { moveCount } from '../counts.js';
import type { Target } from '../target.js';

export interface PostCommentInput {
  target: Target;
  parentId?: number;
  body: string;
  alignment: Alignment;
}

export async function postComment(tx: Tx, input: PostCommentInput, actor: Actor): Promise<{ id: number; status: CommentStatus }> {
  const { target } = input;
  let parent: { id: number; depth: number; parentId: number | null; rootId: number; path: string; authorId: number } | null = null;
  if (input.parentId !== undefined) {
    const [row] = await tx.select({ id: c.id, depth: c.depth, parentId: c.parentId, rootId: c.rootId, path: c.path, authorId: c.authorId,
      targetType: c.targetType, targetId: c.targetId, status: c.status }).from(c).where(eq(c.id, input.parentId));
    if (!row || row.targetType !== target.type || row.targetId !== target.id) throw badRequest('participation.debate.badParent');
    if (row.status !== 'visible') throw badRequest('participation.debate.parentNotVisible');
    parent = row;
  }
  const [{ id }] = await queryRows<{ id: number }>(tx, sql`select nextval(pg_get_serial_sequence('participation_comments', 'id'))::int as id`);
  const placement = parent && replyPlacement(parent);
  // Attached to the grandparent when the parent is at MAX_DEPTH: the grandparent's path is the parent's minus one segment.
  const parentPath = parent && (placement!.parentId === parent.id ? parent.path : parent.path.slice(0, -11));
  const spam = spamReasons('', input.body);
  const status: CommentStatus = spam.length > 0 ? 'held' : 'visible';
  await tx.insert(c).values({
    id, institutionId: target.institutionId, targetType: target.type, targetId: target.id,
    parentId: placement?.parentId ?? null, rootId: parent?.rootId ?? id, depth: placement?.depth ?? 0,
    path: parentPath ? `${parentPath}.${pathSegment(id)}` : pathSegment(id),
    authorId: actor.personId, body: input.body, alignment: input.alignment, status,
  });
  await moveCount(tx, target, null, { status, alignment: input.alignment });
  await appendAudit(tx, {
    actor: auditActor(actor), institutionId: target.institutionId, action: 'participation.comment.create', resourceType: 'participation_comment',
    resourceId: id, public: false, summary: { targetType: target.type, targetId: target.id, parentId: placement?.parentId ?? null, status, spam },
  });
  if (parent && status === 'visible' && parent.authorId !== actor.personId) {
    await recordEvent(tx, { type: target.type, id: target.id, institutionId: target.institutionId, processId: target.processId }, 'comment.reply',
      { commentId: id, parentId: parent.id, recipientId: parent.authorId, actorId: actor.personId });
  }
  return { id, status };
}
