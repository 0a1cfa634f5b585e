// An institution's published calls (open and past) with their lots, for its procurement landing: one query, the lots
// folded into each call as JSON, newest first by cursor. A call never published (a draft, or a draft cancelled) is
// not public and never shows. How many bids a lot received is public only once they were opened: before the
// deadline a count would tell competitors how crowded a lot is while they can still bid (bids/schema.ts).
import { and, desc, eq, isNotNull, lt, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../core/db/client.js';
import { badRequest } from '../../../core/http/errors.js';
import { procurementCalls as c, type LotState } from '../calls/schema.js';

export interface LandingLot {
  number: number;
  title: string;
  state: LotState;
  budgetAmount: number;
  category: string;
  bidsUntil: string;
  /** Live bids, once opened; null while sealed. */
  bids: number | null;
}

export async function listInstitutionCalls(db: DbOrTx, institutionId: number, after: unknown[] | null, limit: number) {
  const [afterId] = after ?? [];
  if (afterId !== undefined && !Number.isInteger(afterId)) throw badRequest('validation.invalid');
  const lots = sql<LandingLot[]>`(select json_agg(json_build_object('number', l.number, 'title', l.title, 'state', l.state,
      'budgetAmount', l.budget_amount, 'category', l.category, 'bidsUntil', l.bids_until,
      'bids', case when l.state in ('draft', 'open') then null
        else (select count(*) from procurement_bids b where b.lot_id = l.id and b.state = 'submitted') end) order by l.number)
    from procurement_lots l where l.call_id = "procurement_calls"."id")`;
  // Written with the qualified name by hand: drizzle leaves columns unqualified in a select without joins, and inside
  // the subquery an unqualified "id" would be the lot's.
  return db.select({ id: c.id, kind: c.kind, title: c.title, state: c.state, publishedAt: c.publishedAt, lots })
    .from(c)
    .where(and(eq(c.institutionId, institutionId), ne(c.state, 'draft'), isNotNull(c.publishedAt), afterId === undefined ? undefined : lt(c.id, afterId as number)))
    .orderBy(desc(c.id))
    .limit(limit + 1);
}
export type LandingCall = Awaited<ReturnType<typeof listInstitutionCalls>>[number];
export const landingCallKey = (r: { id: number }) => [r.id];
