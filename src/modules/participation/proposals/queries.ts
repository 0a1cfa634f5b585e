// Reads of proposals: one with its author's display name and the answering official's, the filtered index (newest or
// most supported first, by cursor: a seek on the indexes of schema.ts, never an OFFSET), the same list in keyset
// batches for exports, the public history and the per-process settings (with their defaults).
import { and, asc, desc, eq, inArray, lt, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../../core/db/client.js';
import { people } from '../../../core/auth/schema.js';
import { institutions } from '../../../core/tenancy/schema.js';
import { participationProcesses } from '../processes/schema.js';
import { participationProposalHistory as h, participationProposalSettings as s, participationProposalSupports as sup, participationProposals as p, type ProposalCategory } from './schema.js';
import { PUBLIC_STATES, type ProposalState } from './lifecycle.js';
import { searchQuery } from '../search/documents.js';


/** Supports that move a proposal to evaluation when the process sets none. */
export const DEFAULT_SUPPORT_THRESHOLD = 100;

export async function proposalSettings(db: DbOrTx, processId: number) {
  const [row] = await db.select().from(s).where(eq(s.processId, processId));
  return {
    supportThreshold: row?.supportThreshold ?? DEFAULT_SUPPORT_THRESHOLD,
    createLevel: row?.createLevel ?? 'email', supportLevel: row?.supportLevel ?? 'identity',
  } as const;
}
export type ProposalSettings = Awaited<ReturnType<typeof proposalSettings>>;

const answeredBy = alias(people, 'answered_by');
const listColumns = {
  id: p.id, institutionId: p.institutionId, processId: p.processId, authorId: p.authorId, authorName: people.name,
  title: p.title, category: p.category, state: p.state, supportsCount: p.supportsCount, createdAt: p.createdAt, association: p.association,
};

export async function findProposal(db: DbOrTx, id: number) {
  const [row] = await db.select({
    ...listColumns, body: p.body, processTitle: participationProcesses.title, institutionSlug: institutions.slug, thresholdReachedAt: p.thresholdReachedAt,
    answer: p.answer, estimatedCost: p.estimatedCost, answeredByName: answeredBy.name, answeredAt: p.answeredAt,
  }).from(p).innerJoin(people, eq(people.id, p.authorId)).innerJoin(participationProcesses, eq(participationProcesses.id, p.processId))
    .innerJoin(institutions, eq(institutions.id, p.institutionId))
    .leftJoin(answeredBy, eq(answeredBy.id, p.answeredBy)).where(eq(p.id, id));
  return row ?? null;
}
export type ProposalDetail = NonNullable<Awaited<ReturnType<typeof findProposal>>>;

export const PROPOSAL_SORTS = ['newest', 'supports'] as const;
export type ProposalSort = (typeof PROPOSAL_SORTS)[number];

export interface ProposalFilter {
  processId: number;
  /** A public state, or 'held' for the review queue of officials (the route checks who asks). */
  state?: ProposalState;
  category?: ProposalCategory;
  q?: string;
  sort: ProposalSort;
  /** Cursor: the sort key of the last row seen ([id] or [supportsCount, id]). */
  after?: unknown[] | null;
}

function conditions(f: ProposalFilter): SQL[] {
  const c: SQL[] = [eq(p.processId, f.processId), f.state ? eq(p.state, f.state) : inArray(p.state, [...PUBLIC_STATES])];
  if (f.category) c.push(eq(p.category, f.category));
  if (f.q) c.push(sql`${p.searchVector} @@ ${searchQuery(f.q)}`);
  const [a, b] = f.after ?? [];
  if (f.sort === 'supports' && typeof a === 'number' && typeof b === 'number') {
    // A row comparison, so PostgreSQL seeks the (process_id, supports_count desc, id desc) index to the cursor.
    c.push(sql`(${p.supportsCount}, ${p.id}) < (${a}, ${b})`);
  } else if (f.sort === 'newest' && typeof a === 'number') c.push(lt(p.id, a));
  return c;
}

export async function listProposals(db: DbOrTx, f: ProposalFilter, limit: number) {
  const order = f.sort === 'supports' ? [desc(p.supportsCount), desc(p.id)] : [desc(p.id)];
  return db.select(listColumns).from(p).innerJoin(people, eq(people.id, p.authorId))
    .where(and(...conditions(f))).orderBy(...order).limit(limit + 1);
}
export type ProposalRow = Awaited<ReturnType<typeof listProposals>>[number];

export const sortKey = (sort: ProposalSort) => (r: ProposalRow) => (sort === 'supports' ? [r.supportsCount, r.id] : [r.id]);

/** The whole filtered list for exports, read in keyset batches so memory stays flat whatever its length. */
export async function* allProposals(db: DbOrTx, f: ProposalFilter, batch = 500): AsyncGenerator<ProposalRow> {
  let after: unknown[] | null = null;
  for (;;) {
    const rows = await listProposals(db, { ...f, after }, batch - 1);
    yield* rows;
    if (rows.length < batch) return;
    after = sortKey(f.sort)(rows[rows.length - 1]!);
  }
}

export async function proposalHistory(db: DbOrTx, proposalId: number) {
  return db.select({ fromState: h.fromState, toState: h.toState, officialName: h.officialName, note: h.note, at: h.at })
    .from(h).where(eq(h.proposalId, proposalId)).orderBy(asc(h.id));
}

export async function hasSupported(db: DbOrTx, proposalId: number, personId: number | null): Promise<boolean> {
  if (personId === null) return false;
  const [row] = await db.select({ personId: sup.personId }).from(sup)
    .where(and(eq(sup.proposalId, proposalId), eq(sup.personId, personId))).limit(1);
  return !!row;
}
