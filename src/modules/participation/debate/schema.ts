// Tables of the debate area of participation (see ../index.ts): threaded comments on a process, a consultation or a
// proposal, their up/down votes, reports for moderation and the moderators' actions.
//
// Why the thread comes in one indexed query: every comment carries its thread's root (`root_id`, the root's own id for
// a root) and a materialised `path` (its ancestors' ids and its own, each zero-padded to 10 digits and joined by '.').
// Sorting a thread by `path` is depth-first display order with replies oldest first, so a page is "the page's roots
// (an index seek by the chosen sort) joined to every comment of those roots in (root_id, path) order" — one statement,
// two index ranges, no recursion and no query per root (queries.ts).
import { pgTable, text, integer, smallint, timestamp, index, primaryKey, boolean, bigint } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { institutions } from '../../../core/tenancy/schema.js';
import { people } from '../../../core/auth/schema.js';
import { spanishDocument } from '../search/tsvector.js';

export const TARGET_TYPES = ['process', 'consultation', 'proposal'] as const;
export type TargetType = (typeof TARGET_TYPES)[number];
export const ALIGNMENTS = ['for', 'against', 'neutral'] as const;
export type Alignment = (typeof ALIGNMENTS)[number];
/** visible: public; held: spam-like, shown to its author and moderators until reviewed; hidden: by reports or a moderator. */
export const COMMENT_STATUSES = ['visible', 'held', 'hidden'] as const;
export type CommentStatus = (typeof COMMENT_STATUSES)[number];
export const REPORT_REASONS = ['spam', 'offensive', 'off_topic', 'personal_data', 'other'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];
/** hide and restore change what the public sees; confirm closes a review and keeps the comment hidden. */
export const MODERATION_ACTIONS = ['hide', 'restore', 'confirm'] as const;
export type ModerationAction = (typeof MODERATION_ACTIONS)[number];

export const participationComments = pgTable('participation_comments', {
  // "by default": the command takes the id from the sequence first, so a root's root_id and path are written at once.
  id: integer().primaryKey().generatedByDefaultAsIdentity(),
  institutionId: integer().notNull().references(() => institutions.id),
  targetType: text({ enum: TARGET_TYPES }).notNull(),
  targetId: integer().notNull(),
  parentId: integer(),
  rootId: integer().notNull(),
  /** Ancestors' ids and its own, zero-padded and joined by '.': the display order within a thread. */
  path: text().notNull(),
  /** 0 for a root; at most 3 (rules.ts). */
  depth: smallint().notNull(),
  authorId: integer().notNull().references(() => people.id),
  body: text().notNull(),
  alignment: text({ enum: ALIGNMENTS }).notNull().default('neutral'),
  status: text({ enum: COMMENT_STATUSES }).notNull().default('visible'),
  upvotes: integer().notNull().default(0),
  downvotes: integer().notNull().default(0),
  score: integer().generatedAlwaysAs(sql`upvotes - downvotes`),
  reportCount: integer().notNull().default(0),
  /** Reports since the last review put it in the moderation queue; a review clears it. */
  needsReview: boolean().notNull().default(false),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  editedAt: timestamp({ withTimezone: true }),
  hiddenAt: timestamp({ withTimezone: true }),
  /** Full-text document (search/tsvector.ts), indexed for public comments only: only they are searched. */
  searchVector: spanishDocument(sql`body`),
}, (t) => [
  index('participation_comments_search_vector_idx').using('gin', t.searchVector).where(sql`hidden_at is null and status = 'visible'`),
  index('participation_comments_thread_idx').on(t.rootId, t.path),
  index('participation_comments_roots_idx').on(t.targetType, t.targetId, t.id).where(sql`parent_id is null`),
  index('participation_comments_roots_score_idx').on(t.targetType, t.targetId, t.score, t.id).where(sql`parent_id is null`),
  index('participation_comments_queue_idx').on(t.institutionId, t.id).where(sql`status <> 'visible' or needs_review`),
]);

export const participationCommentVotes = pgTable('participation_comment_votes', {
  commentId: integer().notNull().references(() => participationComments.id, { onDelete: 'cascade' }),
  personId: integer().notNull().references(() => people.id, { onDelete: 'cascade' }),
  value: smallint().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [primaryKey({ columns: [t.commentId, t.personId] })]);

export const participationCommentReports = pgTable('participation_comment_reports', {
  commentId: integer().notNull().references(() => participationComments.id, { onDelete: 'cascade' }),
  personId: integer().notNull().references(() => people.id, { onDelete: 'cascade' }),
  reason: text({ enum: REPORT_REASONS }).notNull(),
  text: text(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [primaryKey({ columns: [t.commentId, t.personId] })]);

export const participationCommentModerations = pgTable('participation_comment_moderations', {
  id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  commentId: integer().notNull().references(() => participationComments.id, { onDelete: 'cascade' }),
  institutionId: integer().notNull().references(() => institutions.id),
  moderatorId: integer().notNull().references(() => people.id),
  action: text({ enum: MODERATION_ACTIONS }).notNull(),
  reason: text().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('participation_comment_moderations_comment_idx').on(t.commentId, t.createdAt)]);

/**
 * Public comments per alignment of each target, kept by the commands in the same transaction as the change
 * (counts.ts), so the summary above a thread is one primary-key read however long the thread grows.
 */
export const participationDebateCounts = pgTable('participation_debate_counts', {
  targetType: text({ enum: TARGET_TYPES }).notNull(),
  targetId: integer().notNull(),
  for: integer().notNull().default(0),
  against: integer().notNull().default(0),
  neutral: integer().notNull().default(0),
}, (t) => [primaryKey({ columns: [t.targetType, t.targetId] })]);
