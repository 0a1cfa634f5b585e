// The public JSON of comments: explicit fields, authors by display name only (never an email or a person id), and
// no text or author for a comment the reader may not see (queries.ts already blanked them).
import { Type, type Static } from '@sinclair/typebox';
import { ALIGNMENTS, COMMENT_STATUSES } from './schema.js';
import type { ThreadRow } from './queries.js';

const lit = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));

export const CommentJson = Type.Object({
  id: Type.Integer(),
  parentId: Type.Union([Type.Integer(), Type.Null()]),
  depth: Type.Integer({ minimum: 0, maximum: 3 }),
  author: Type.Union([Type.String(), Type.Null()], { description: 'Display name; null when hidden by moderation' }),
  body: Type.Union([Type.String(), Type.Null()], { description: 'Null when hidden by moderation' }),
  alignment: lit(ALIGNMENTS),
  status: lit(COMMENT_STATUSES),
  upvotes: Type.Integer(),
  downvotes: Type.Integer(),
  createdAt: Type.String({ format: 'date-time' }),
  editedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  myVote: Type.Optional(Type.Union([Type.Integer(), Type.Null()], { description: 'The reader\'s own vote, when signed in' })),
});
export type CommentJson = Static<typeof CommentJson>;

export const SummaryJson = Type.Object({ for: Type.Integer(), against: Type.Integer(), neutral: Type.Integer(), total: Type.Integer() });

export const ThreadJson = Type.Object({
  target: Type.Object({ type: Type.String(), id: Type.Integer(), title: Type.String(), open: Type.Boolean() }),
  summary: SummaryJson,
  items: Type.Array(CommentJson, { description: 'Roots of the page, each followed by its replies, in display order' }),
  next: Type.Union([Type.String(), Type.Null()]),
});

export function presentComment(r: ThreadRow, signedIn: boolean): CommentJson {
  const readable = r.body !== null;
  return {
    id: r.id, parentId: r.parentId, depth: r.depth, author: readable ? r.authorName : null, body: readable ? r.body : null,
    alignment: r.alignment, status: r.status, upvotes: r.upvotes, downvotes: r.downvotes,
    createdAt: r.createdAt.toISOString(), editedAt: r.editedAt?.toISOString() ?? null,
    ...(signedIn ? { myVote: r.myVote === null ? null : Number(r.myVote) } : {}),
  };
}
