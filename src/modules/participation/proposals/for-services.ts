// What the digital-services incubator (services module, issue 10) reads of proposals.
// - Funding area: an accepted proposal may graduate into a service in investigación, keeping the link (its page:
//   /participacion/propuestas/{id}).
// - Engagement area: a service's public needs backlog is the proposals of its participation process, most supported
//   first (seek on participation_proposals_supports_idx by cursor, as listProposals does), with the official answer
//   each carries, which the backlog shows in the list (participation's index shows it only on the proposal's page).
//   Public states only: held and discarded ones never appear there.
import { and, desc, eq, inArray, sql, type Column } from 'drizzle-orm';
import type { DbOrTx } from '../../../core/db/client.js';
import { institutions } from '../../../core/tenancy/schema.js';
import { participationProposals as proposals } from './schema.js';
import { PUBLIC_STATES } from './lifecycle.js';

export type ProposalForServices = Awaited<ReturnType<typeof findProposalsForServices>>[number];

const anyOf = (column: Column, ids: readonly number[]) => (ids.length ? inArray(column, [...ids]) : sql`false`);

/** Proposals by id, or of some institutions (newest answer first, at most `limit`); `acceptedOnly`: in state 'accepted'. */
export async function findProposalsForServices(db: DbOrTx, f: { ids?: readonly number[]; institutionIds?: readonly number[]; acceptedOnly?: boolean; limit?: number }) {
  return db.select({
    id: proposals.id, title: proposals.title, body: proposals.body, state: proposals.state, answeredAt: proposals.answeredAt,
    institutionId: proposals.institutionId, institutionName: institutions.name, processId: proposals.processId,
  }).from(proposals).innerJoin(institutions, eq(institutions.id, proposals.institutionId))
    .where(and(f.ids ? anyOf(proposals.id, f.ids) : undefined, f.institutionIds ? anyOf(proposals.institutionId, f.institutionIds) : undefined,
      f.acceptedOnly ? eq(proposals.state, 'accepted') : undefined))
    .orderBy(desc(proposals.answeredAt), desc(proposals.id)).limit(f.limit ?? 500);
}

export async function listNeedsBacklog(db: DbOrTx, processId: number, limit: number, after: unknown[] | null = null) {
  const [a, b] = after ?? [];
  const seek = typeof a === 'number' && typeof b === 'number' ? sql`(${proposals.supportsCount}, ${proposals.id}) < (${a}, ${b})` : undefined;
  return db.select({ id: proposals.id, title: proposals.title, state: proposals.state, supportsCount: proposals.supportsCount, answer: proposals.answer, answeredAt: proposals.answeredAt, createdAt: proposals.createdAt })
    .from(proposals).where(and(eq(proposals.processId, processId), inArray(proposals.state, [...PUBLIC_STATES]), seek))
    .orderBy(desc(proposals.supportsCount), desc(proposals.id)).limit(limit + 1);
}
export type NeedRow = Awaited<ReturnType<typeof listNeedsBacklog>>[number];

/** How many public proposals the process holds (the backlog's size, shown on the service page). */
export async function countPublicProposals(db: DbOrTx, processId: number): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(proposals).where(and(eq(proposals.processId, processId), inArray(proposals.state, [...PUBLIC_STATES])));
  return Number(row?.n ?? 0);
}
