// Keeps participation_debate_counts in step with the comments: a comment counts under its alignment while it is
// visible. Every command that creates a comment or changes its status or alignment calls `moveCount` with the state
// before and after, in its own transaction; `x = x + d` keeps concurrent changes exact (as the vote counters).
import { sql } from 'drizzle-orm';
import type { Tx } from '../../../core/db/client.js';
import { participationDebateCounts as n, type Alignment, type CommentStatus, type TargetType } from './schema.js';

export interface Counted { status: CommentStatus; alignment: Alignment }

export async function moveCount(tx: Tx, target: { type: TargetType; id: number }, before: Counted | null, after: Counted | null): Promise<void> {
  const delta: Record<Alignment, number> = { for: 0, against: 0, neutral: 0 };
  if (before?.status === 'visible') delta[before.alignment] -= 1;
  if (after?.status === 'visible') delta[after.alignment] += 1;
  if (!delta.for && !delta.against && !delta.neutral) return;
  await tx.insert(n).values({ targetType: target.type, targetId: target.id, ...delta }).onConflictDoUpdate({
    target: [n.targetType, n.targetId],
    set: { for: sql`${n.for} + ${delta.for}`, against: sql`${n.against} + ${delta.against}`, neutral: sql`${n.neutral} + ${delta.neutral}` },
  });
}
