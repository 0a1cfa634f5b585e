// Lists of votes (by institution, process and state; newest first, keyset on id) and the bulletin read in keyset
// batches by receipt hash, so the exports stream (core/http/csv.ts) without holding a whole result in memory.
import { and, asc, desc, eq, gt, isNull, lt, lte, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../../core/db/client.js';
import { institutions } from '../../../core/tenancy/schema.js';
import { participationBallots, participationVotes as v } from './schema.js';
import type { VoteState } from './ballot-rules.js';
import { bulletinColumns, clearBallots } from './queries.js';

export interface VoteFilter {
  institutionId?: number;
  processId?: number;
  state?: VoteState;
  /** Id of the last row of the previous page. */
  after?: number | null;
  limit: number;
  now: Date;
}

const columns = {
  id: v.id, institutionId: v.institutionId, institutionSlug: institutions.slug, institutionName: institutions.name, processId: v.processId,
  title: v.title, choice: v.choice, maxChoices: v.maxChoices, opensAt: v.opensAt, closesAt: v.closesAt,
  minTurnoutPercent: v.minTurnoutPercent, eligibleCount: v.eligibleCount,
};
export type VoteListRow = Awaited<ReturnType<typeof listVotes>>[number];

function stateCondition(state: VoteState, now: Date): SQL {
  if (state === 'upcoming') return gt(v.opensAt, now);
  if (state === 'closed') return lte(v.closesAt, now);
  return and(lte(v.opensAt, now), gt(v.closesAt, now))!;
}

/** `limit + 1` rows, for pageOf (core/http/pagination.ts). */
export function listVotes(db: DbOrTx, f: VoteFilter) {
  // A participatory budget's votes are listed, and voted, on the budget's pages (budgets/).
  const conditions: SQL[] = [isNull(v.ballotRule)];
  if (f.institutionId !== undefined) conditions.push(eq(v.institutionId, f.institutionId));
  if (f.processId !== undefined) conditions.push(eq(v.processId, f.processId));
  if (f.state) conditions.push(stateCondition(f.state, f.now));
  if (f.after) conditions.push(lt(v.id, f.after));
  return db.select(columns).from(v).innerJoin(institutions, eq(institutions.id, v.institutionId))
    .where(and(...conditions)).orderBy(desc(v.id)).limit(f.limit + 1);
}

const BATCH = 1000;

/** Every vote matching the filter, newest first, read `BATCH` rows at a time. */
export async function* allVotes(db: DbOrTx, f: Omit<VoteFilter, 'after' | 'limit'>) {
  let after: number | null = null;
  for (;;) {
    const rows = await listVotes(db, { ...f, after, limit: BATCH - 1 });
    yield* rows;
    if (rows.length < BATCH) return;
    after = rows[rows.length - 1]!.id;
  }
}

/** Every counted ballot of a vote, sorted by receipt hash (an order unrelated to when they were cast), in batches. */
export async function* bulletinRows(db: DbOrTx, voteId: number) {
  let after = '';
  for (;;) {
    const rows = clearBallots(await db.select(bulletinColumns).from(participationBallots)
      .where(and(eq(participationBallots.voteId, voteId), eq(participationBallots.counted, true), gt(participationBallots.receiptHash, after)))
      .orderBy(asc(participationBallots.receiptHash)).limit(BATCH));
    yield* rows;
    if (rows.length < BATCH) return;
    after = rows[rows.length - 1]!.receiptHash;
  }
}
