// Reads of commitments. Overdue is one SQL expression (overdueSql) evaluated against today's date in Santiago, used
// by the list, its filter, the exports, the page, the API and the dashboard alike, so they can never disagree.
import { and, asc, desc, eq, lt, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../../core/db/client.js';
import type { CalendarDate } from '../../../core/calendar/index.js';
import { institutions } from '../../../core/tenancy/schema.js';
import { participationProcesses } from '../processes/schema.js';
import {
  participationActionPlans as plans, participationCommitmentAxes as ca, participationCommitments as c, participationCommitmentVersions as v,
  participationEvidence as ev, participationMilestones as m, participationCommitmentDocuments as docs, participationPlanAxes as axes, participationPlanPillars as pillars,
  type CommitmentStatus, type OriginType,
} from './schema.js';

/**
 * Overdue: not done or cancelled, and its due date (or an unfinished milestone's) is before today's Santiago date:
 * a commitment due on the 14th is on time all of the 14th in Chile, and overdue from its first minute of the 15th.
 */
export const overdueSql = (today: CalendarDate) => sql<boolean>`("participation_commitments"."status" not in ('done', 'cancelled')
  and ("participation_commitments"."due_date" < ${today}::date or exists (select 1 from "participation_commitment_milestones" ms
    where ms.commitment_id = "participation_commitments"."id" and ms.done_date is null and ms.due_date < ${today}::date)))`;
// Written with qualified names by hand: drizzle leaves columns unqualified in a select without joins, and inside the
// subquery an unqualified "id" would be the milestone's.

const listColumns = (today: CalendarDate) => ({
  id: c.id, institutionId: c.institutionId, processId: c.processId, parentId: c.parentId, title: c.title, originType: c.originType,
  originId: c.originId, originRef: c.originRef, actionPlanId: c.actionPlanId, pillarId: c.pillarId, responsibleUnit: c.responsibleUnit,
  dueDate: c.dueDate, weight: c.weight, progress: c.progress, status: c.status, version: c.version, updatedAt: c.updatedAt,
  overdue: overdueSql(today),
});

export interface CommitmentFilter {
  institutionId: number;
  status?: CommitmentStatus;
  overdue?: boolean;
  origin?: OriginType;
  planId?: number;
  pillarId?: number;
  axisId?: number;
  /** Cursor: [id] of the last row seen (newest first). */
  after?: unknown[] | null;
}

function conditions(f: CommitmentFilter, today: CalendarDate): SQL[] {
  const w: SQL[] = [eq(c.institutionId, f.institutionId)];
  if (f.status) w.push(eq(c.status, f.status));
  if (f.overdue !== undefined) w.push(f.overdue ? overdueSql(today) : sql`not ${overdueSql(today)}`);
  if (f.origin) w.push(eq(c.originType, f.origin));
  if (f.planId) w.push(eq(c.actionPlanId, f.planId));
  if (f.pillarId) w.push(eq(c.pillarId, f.pillarId));
  if (f.axisId) w.push(sql`exists (select 1 from ${ca} where ${ca.commitmentId} = "participation_commitments"."id" and ${ca.axisId} = ${f.axisId})`);
  const [after] = f.after ?? [];
  if (typeof after === 'number') w.push(lt(c.id, after));
  return w;
}

export async function listCommitments(db: DbOrTx, f: CommitmentFilter, today: CalendarDate, limit: number) {
  return db.select(listColumns(today)).from(c).where(and(...conditions(f, today))).orderBy(desc(c.id)).limit(limit + 1);
}
export type CommitmentRow = Awaited<ReturnType<typeof listCommitments>>[number];
export const sortKey = (r: CommitmentRow) => [r.id];

/** The whole filtered list for exports, in keyset batches: memory stays flat whatever its length. */
export async function* allCommitments(db: DbOrTx, f: CommitmentFilter, today: CalendarDate, batch = 500): AsyncGenerator<CommitmentRow> {
  let after: unknown[] | null = null;
  for (;;) {
    const rows = await listCommitments(db, { ...f, after }, today, batch - 1);
    yield* rows;
    if (rows.length < batch) return;
    after = sortKey(rows[rows.length - 1]!);
  }
}

export async function findCommitment(db: DbOrTx, id: number, today: CalendarDate) {
  const [row] = await db.select({
    ...listColumns(today), description: c.description, createdAt: c.createdAt, institutionSlug: institutions.slug, institutionName: institutions.name,
    planTitle: plans.title, pillarName: pillars.name, processTitle: participationProcesses.title,
  }).from(c).innerJoin(institutions, eq(institutions.id, c.institutionId)).leftJoin(plans, eq(plans.id, c.actionPlanId))
    .leftJoin(participationProcesses, eq(participationProcesses.id, c.processId))
    .leftJoin(pillars, eq(pillars.id, c.pillarId)).where(eq(c.id, id));
  if (!row) return null;
  const [axisRows, milestones, evidence, children] = await Promise.all([
    db.select({ id: axes.id, name: axes.name }).from(ca).innerJoin(axes, eq(axes.id, ca.axisId)).where(eq(ca.commitmentId, id)).orderBy(asc(axes.position)),
    db.select({ id: m.id, title: m.title, dueDate: m.dueDate, doneDate: m.doneDate }).from(m).where(eq(m.commitmentId, id)).orderBy(asc(m.dueDate), asc(m.id)),
    db.select({ id: ev.id, milestoneId: ev.milestoneId, kind: ev.kind, title: ev.title, url: ev.url, createdAt: ev.createdAt,
      fileName: docs.fileName, size: docs.size, mediaType: docs.mediaType, sha256: docs.sha256 }).from(ev)
      .leftJoin(docs, eq(docs.id, ev.documentId)).where(eq(ev.commitmentId, id)).orderBy(asc(ev.id)),
    db.select(listColumns(today)).from(c).where(eq(c.parentId, id)).orderBy(asc(c.id)),
  ]);
  return { ...row, axes: axisRows, milestones, evidence, children, asOf: today };
}
export type CommitmentDetail = NonNullable<Awaited<ReturnType<typeof findCommitment>>>;

export async function commitmentVersions(db: DbOrTx, commitmentId: number) {
  return db.select({ version: v.version, snapshot: v.snapshot, changedByName: v.changedByName, changedByRole: v.changedByRole, note: v.note, causeId: v.causeId, change: v.change, at: v.at })
    .from(v).where(eq(v.commitmentId, commitmentId)).orderBy(desc(v.version));
}

export async function hasChildren(db: DbOrTx, id: number): Promise<boolean> {
  return (await db.select({ id: c.id }).from(c).where(eq(c.parentId, id)).limit(1)).length > 0;
}

/** An uploaded document with its bytes, for the download. */
export async function findDocument(db: DbOrTx, commitmentId: number, documentId: number) {
  const [row] = await db.select({ fileName: docs.fileName, mediaType: docs.mediaType, size: docs.size, sha256: docs.sha256, content: docs.content })
    .from(docs).where(and(eq(docs.id, documentId), eq(docs.commitmentId, commitmentId)));
  return row ?? null;
}
