// The author corrects their comment within the edit window (rules.ts); the page then shows "editado". A hidden comment
// stays as moderation left it. The new text goes through the spam heuristic again, so an edit cannot slip spam in.
import { eq } from 'drizzle-orm';
import type { Tx } from '../../../../core/db/client.js';
import { appendAudit } from '../../../../core/audit/log.js';
import { conflict, forbidden, notFound } from '../../../../core/http/errors.js';
import { auditActor, type Actor } from '../../../../core/policy.js';
import { spamReasons } from '../../spam.js';
import { participationComments as c, type Alignment, type CommentStatus } from '../schema.js';
import { withinEditWindow } from '../rules.js';
import { moveCount } from '../counts.js';

export async function editComment(tx: Tx, id: number, input: { body: string; alignment?: Alignment }, actor: Actor, now = new Date()): Promise<{ status: CommentStatus }> {
  const [row] = await tx.select({ authorId: c.authorId, status: c.status, createdAt: c.createdAt, institutionId: c.institutionId,
    alignment: c.alignment, targetType: c.targetType, targetId: c.targetId })
    .from(c).where(eq(c.id, id)).for('update');
  if (!row) throw notFound();
  if (row.authorId !== actor.personId) throw forbidden();
  if (row.status === 'hidden') throw conflict('participation.debate.editHidden');
  if (!withinEditWindow(row, now)) throw conflict('participation.debate.editWindow');
  const spam = spamReasons('', input.body);
  const status: CommentStatus = spam.length > 0 ? 'held' : row.status;
  const alignment = input.alignment ?? row.alignment;
  await tx.update(c).set({ body: input.body, alignment, status, editedAt: now }).where(eq(c.id, id));
  await moveCount(tx, { type: row.targetType, id: row.targetId }, row, { status, alignment });
  await appendAudit(tx, { actor: auditActor(actor), institutionId: row.institutionId, action: 'participation.comment.edit',
    resourceType: 'participation_comment', resourceId: id, public: false, summary: { status, spam } });
  return { status };
}
