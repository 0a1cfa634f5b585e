// What the API and the pages share when someone writes in a debate: who may (rules.ts), whether the target's phase is
// open (target.ts), the rate limits, idempotent submits (core/http/idempotency.ts) and the command in one transaction.
import type { Db } from '../../../core/db/client.js';
import { denied, notFound } from '../../../core/http/errors.js';
import { once } from '../../../core/http/idempotency.js';
import { consumeRateLimit } from '../../../core/http/rate-limit.js';
import type { Locale } from '../../../core/i18n/index.js';
import { canAdministerPlatform, type Actor } from '../../../core/policy.js';
import { postComment, type PostCommentInput } from './commands/post-comment.js';
import { editComment } from './commands/edit-comment.js';
import { voteComment } from './commands/vote-comment.js';
import { reportComment } from './commands/report-comment.js';
import { moderateComment } from './commands/moderate-comment.js';
import { findComment, type CommentRecord } from './queries.js';
import { canComment, canModerate, commentLimit, commentVoteLimit, reportLimit } from './rules.js';
import { closedError, findTarget, type Target } from './target.js';
import type { Alignment, ModerationAction, ReportReason } from './schema.js';

/** Signed in with a confirmed email, or 401/403. */
export function commenter(actor: Actor | null): Actor {
  if (!canComment(actor)) throw denied(!!actor);
  return actor;
}

/** The comment and its target, refusing writes once the target's debate is closed (409 with the date). */
async function openComment(db: Db, id: number, locale: Locale): Promise<{ comment: CommentRecord; target: Target }> {
  const comment = await findComment(db, id);
  if (!comment) throw notFound();
  const target = (await findTarget(db, comment.targetType, comment.targetId))!;
  if (!target.open) throw closedError(target, locale);
  return { comment, target };
}

export async function submitComment(db: Db, actor: Actor | null, input: PostCommentInput, locale: Locale, key?: string) {
  const who = commenter(actor);
  if (!input.target.open) throw closedError(input.target, locale);
  // Counted inside `once`, so a retried submission (the same key) answers the first result without counting again.
  const done = await db.transaction((tx) => once(tx, who.personId, key, async () => {
    await consumeRateLimit(tx, commentLimit(who.personId));
    return JSON.stringify(await postComment(tx, input, who));
  }));
  return JSON.parse(done.result) as Awaited<ReturnType<typeof postComment>>;
}

export async function submitEdit(db: Db, actor: Actor | null, id: number, input: { body: string; alignment?: Alignment }, locale: Locale) {
  const who = commenter(actor);
  await openComment(db, id, locale);
  return db.transaction((tx) => editComment(tx, id, input, who));
}

export async function submitVote(db: Db, actor: Actor | null, id: number, value: 1 | -1 | null, locale: Locale) {
  const who = commenter(actor);
  await openComment(db, id, locale);
  await consumeRateLimit(db, commentVoteLimit(who.personId));
  return db.transaction((tx) => voteComment(tx, id, value, who));
}

/** Reports stay possible after the debate closes: an offensive comment must still be able to leave the page. */
export async function submitReport(db: Db, actor: Actor | null, id: number, input: { reason: ReportReason; text?: string }) {
  const who = commenter(actor);
  if (!(await findComment(db, id))) throw notFound();
  await consumeRateLimit(db, reportLimit(who.personId));
  return db.transaction((tx) => reportComment(tx, id, input, who));
}

export async function submitModeration(db: Db, actor: Actor | null, id: number, input: { action: ModerationAction; reason: string }) {
  const comment = await findComment(db, id);
  if (!comment) throw notFound();
  if (!canModerate(actor, comment.institutionId)) throw denied(!!actor);
  return db.transaction((tx) => moderateComment(tx, id, input, actor!));
}

/** Institutions whose comments an actor moderates (null: every one, for platform admins). */
export function moderatedInstitutions(actor: Actor | null): number[] | null {
  if (canAdministerPlatform(actor)) return null;
  return [...new Set((actor?.roles ?? [])
    .filter((g) => g.institutionId !== null && (g.role === 'institution_admin' || (g.role === 'official' && g.permissions.includes('participation'))))
    .map((g) => g.institutionId!))];
}
