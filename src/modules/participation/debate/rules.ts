// The debate's rules as constants and pure functions, shared by the commands (to enforce), the views (to hide what an
// actor may not do) and the tests.
import { canActInModule, meetsVerification, type Actor } from '../../../core/policy.js';
import type { CommentStatus } from './schema.js';

/**
 * Replies nest at most three levels under a root (root = depth 0), as in Decidim: deeper threads become unreadable on
 * a 360 px phone. A reply to a comment already at depth 3 is attached to that comment's parent instead of refused:
 * a person without JavaScript who typed a long answer never loses it, the thread keeps its shape, and the author they
 * answered is still notified (commands/post-comment.ts).
 */
export const MAX_DEPTH = 3;
/** The author may correct a comment for 15 minutes; after that the thread others answered stays as it was read. */
export const EDIT_WINDOW_MS = 15 * 60_000;
/** Reports from this many different people hide a comment until a moderator reviews it. */
export const REPORTS_TO_HIDE = 3;
export const BODY_MAX = 5000;
export const ROOTS_PER_PAGE = 20;

/** Per person: a burst of comments is spam or a bot, not a debate; votes are cheaper, so their limit is looser. */
export const commentLimit = (personId: number) => ({ key: `participation.comment:${personId}`, max: 10, windowSeconds: 600 });
export const commentVoteLimit = (personId: number) => ({ key: `participation.commentVote:${personId}`, max: 120, windowSeconds: 60 });
export const reportLimit = (personId: number) => ({ key: `participation.commentReport:${personId}`, max: 20, windowSeconds: 3600 });

/** Commenting needs an account whose email answers (a reachable person), no identity check: debate is open to all. */
export const canComment = (actor: Actor | null): actor is Actor => meetsVerification(actor, 'email');

/** Moderators: officials of the institution with the participation permission, its admins and platform admins. */
export const canModerate = (actor: Actor | null, institutionId: number) => canActInModule(actor, institutionId, 'participation');

export interface CommentFacts { authorId: number; status: CommentStatus; createdAt: Date }

export const withinEditWindow = (c: Pick<CommentFacts, 'createdAt'>, now: Date) => now.getTime() - c.createdAt.getTime() < EDIT_WINDOW_MS;

export const canEditComment = (actor: Actor | null, c: CommentFacts, now: Date) =>
  !!actor && actor.personId === c.authorId && c.status !== 'hidden' && withinEditWindow(c, now);

/** Whether a viewer may read a comment's text: hidden text is never shown; held text only to its author and moderators. */
export function showsText(status: CommentStatus, authorId: number, viewer: Actor | null, moderator: boolean): boolean {
  if (status === 'visible') return true;
  if (status === 'held') return moderator || viewer?.personId === authorId;
  return false;
}

/** Where a reply goes: under its parent, or under the parent's parent when the parent is already at MAX_DEPTH. */
export function replyPlacement<P extends { id: number; depth: number; parentId: number | null }>(parent: P): { parentId: number; depth: number } {
  if (parent.depth < MAX_DEPTH) return { parentId: parent.id, depth: parent.depth + 1 };
  return { parentId: parent.parentId!, depth: MAX_DEPTH };
}

/** The materialised path segment of an id: fixed width, so text order is numeric order. */
export const pathSegment = (id: number) => String(id).padStart(10, '0');
