// The figures on an institution's transparency landing: its requests, how many are open and how many overdue.
import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../core/db/client.js';
import { toSantiagoDate } from '../../../core/calendar/index.js';
import { FINAL_STATES, transparencyRequests as r } from '../requests/schema.js';
import { overdueSql } from '../requests/queries.js';

export async function countRequests(db: DbOrTx, institutionId: number, today = toSantiagoDate(new Date())) {
  const [row] = await db.select({
    total: sql<number>`count(*)::int`,
    open: sql<number>`(count(*) filter (where ${r.state} not in (${sql.join(FINAL_STATES.map((s) => sql`${s}`), sql`, `)})))::int`,
    overdue: sql<number>`(count(*) filter (where ${overdueSql(today)}))::int`,
  }).from(r).where(eq(r.institutionId, institutionId));
  return { total: Number(row?.total ?? 0), open: Number(row?.open ?? 0), overdue: Number(row?.overdue ?? 0) };
}
