// Reads of the oversight body: the body of an institution, its draws with their volunteers, its members, the
// observations (filtered by status, overdue, target; newest first by cursor, or streamed in keyset batches for
// exports) with their threads, and the reports. "Overdue" is an open observation whose due date is before today in
// Santiago: the caller passes today, so the pages, the API and the tests agree on one calendar day.
import { and, asc, desc, eq, lt, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../../core/db/client.js';
import type { CalendarDate } from '../../../core/calendar/index.js';
import {
  participationOversightBodies as bodies, participationOversightDraws as draws, participationOversightMembers as members,
  participationOversightMessages as messages, participationOversightObservations as obs, participationOversightReports as reports,
  participationOversightVolunteers as volunteers, type ObservationStatus, type ObservationTarget,
} from './schema.js';

export type Body = typeof bodies.$inferSelect;
export type Draw = typeof draws.$inferSelect;
export type Member = typeof members.$inferSelect;
export type Observation = typeof obs.$inferSelect;
export type Message = typeof messages.$inferSelect;
export type Report = typeof reports.$inferSelect;

export async function findBody(db: DbOrTx, institutionId: number): Promise<Body | null> {
  const [row] = await db.select().from(bodies).where(eq(bodies.institutionId, institutionId));
  return row ?? null;
}

export async function findBodyById(db: DbOrTx, id: number): Promise<Body | null> {
  const [row] = await db.select().from(bodies).where(eq(bodies.id, id));
  return row ?? null;
}

export const listDraws = (db: DbOrTx, bodyId: number) => db.select().from(draws).where(eq(draws.bodyId, bodyId)).orderBy(desc(draws.id));

export async function findDraw(db: DbOrTx, id: number): Promise<Draw | null> {
  const [row] = await db.select().from(draws).where(eq(draws.id, id));
  return row ?? null;
}

export const listVolunteers = (db: DbOrTx, drawId: number) =>
  db.select({ id: volunteers.id, personId: volunteers.personId, publicId: volunteers.publicId, displayName: volunteers.displayName, createdAt: volunteers.createdAt })
    .from(volunteers).where(eq(volunteers.drawId, drawId)).orderBy(asc(volunteers.publicId));
export type Volunteer = Awaited<ReturnType<typeof listVolunteers>>[number];

/** Every member the body has had, current terms first. */
export const listMembers = (db: DbOrTx, bodyId: number) =>
  db.select().from(members).where(eq(members.bodyId, bodyId)).orderBy(desc(members.termEnd), asc(members.drawId), asc(members.rank));

export interface ObservationFilter {
  bodyId: number;
  status?: ObservationStatus | 'overdue';
  targetType?: ObservationTarget;
  today: CalendarDate;
  /** Keyset: the id of the last row seen (newest first). */
  after?: number | null;
}

function whereOf(f: ObservationFilter): SQL {
  const parts: SQL[] = [eq(obs.bodyId, f.bodyId)];
  if (f.status === 'overdue') parts.push(eq(obs.status, 'open'), lt(obs.dueDate, f.today));
  else if (f.status) parts.push(eq(obs.status, f.status));
  if (f.targetType) parts.push(eq(obs.targetType, f.targetType));
  if (f.after) parts.push(lt(obs.id, f.after));
  return and(...parts)!;
}

const listColumns = {
  id: obs.id, institutionId: obs.institutionId, bodyId: obs.bodyId, targetType: obs.targetType, targetId: obs.targetId, targetRef: obs.targetRef,
  targetLabel: obs.targetLabel, targetUrl: obs.targetUrl, title: obs.title, status: obs.status, openedAt: obs.openedAt, dueDate: obs.dueDate,
  answerDays: obs.answerDays, answeredAt: obs.answeredAt, closedAt: obs.closedAt, memberName: members.displayName,
};

export const listObservations = (db: DbOrTx, f: ObservationFilter, limit: number) =>
  db.select(listColumns).from(obs).innerJoin(members, eq(members.id, obs.memberId)).where(whereOf(f)).orderBy(desc(obs.id)).limit(limit + 1);
export type ObservationRow = Awaited<ReturnType<typeof listObservations>>[number];

/** The whole filtered list in batches by keyset, for the streamed exports (never all rows in memory). */
export async function* allObservations(db: DbOrTx, f: ObservationFilter, batch = 500): AsyncGenerator<ObservationRow> {
  let after: number | null = null;
  for (;;) {
    const rows: ObservationRow[] = await db.select(listColumns).from(obs).innerJoin(members, eq(members.id, obs.memberId))
      .where(whereOf({ ...f, after })).orderBy(desc(obs.id)).limit(batch);
    yield* rows;
    if (rows.length < batch) return;
    after = rows.at(-1)!.id;
  }
}

export async function findObservation(db: DbOrTx, id: number) {
  const [row] = await db.select({ ...listColumns, body: obs.body, skippedDays: obs.skippedDays, memberId: obs.memberId, memberPersonId: members.personId })
    .from(obs).innerJoin(members, eq(members.id, obs.memberId)).where(eq(obs.id, id));
  return row ?? null;
}
export type ObservationDetail = NonNullable<Awaited<ReturnType<typeof findObservation>>>;

export const listMessages = (db: DbOrTx, observationId: number) =>
  db.select().from(messages).where(eq(messages.observationId, observationId)).orderBy(asc(messages.id));

export const listReports = (db: DbOrTx, bodyId: number) => db.select().from(reports).where(eq(reports.bodyId, bodyId)).orderBy(desc(reports.id));

export async function findReport(db: DbOrTx, id: number): Promise<Report | null> {
  const [row] = await db.select().from(reports).where(eq(reports.id, id));
  return row ?? null;
}

/** Counts per status for the body's page, overdue counted apart (it is a kind of open). */
export async function observationCounts(db: DbOrTx, bodyId: number, today: CalendarDate) {
  const [row] = await db.select({
    open: sql<number>`count(*) filter (where ${obs.status} = 'open')::int`,
    overdue: sql<number>`count(*) filter (where ${obs.status} = 'open' and ${obs.dueDate} < ${today})::int`,
    answered: sql<number>`count(*) filter (where ${obs.status} = 'answered')::int`,
    closed: sql<number>`count(*) filter (where ${obs.status} = 'closed')::int`,
  }).from(obs).where(eq(obs.bodyId, bodyId));
  return { open: Number(row?.open ?? 0), overdue: Number(row?.overdue ?? 0), answered: Number(row?.answered ?? 0), closed: Number(row?.closed ?? 0) };
}
