// Reads of following and notifications. A notification shows its subject's current title, found by one left join
// per subject table (the subject tables belong to other areas; each row matches at most one of them).
import { and, count, desc, eq, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../../core/db/client.js';
import { participationProcesses as pr } from '../processes/schema.js';
import { participationProposals as po } from '../proposals/schema.js';
import { participationConsultations as co } from '../consultations/schema.js';
import { participationVotes as vo } from '../votes/schema.js';
import { participationCommitments as cm } from '../commitments/schema.js';
import { participationOversightObservations as ob } from '../oversight/schema.js';
import {
  DEFAULT_EMAIL_CHOICE, participationEvents as e, participationFollows as f, participationNotifications as n,
  participationNotificationSettings, type EmailChoice, type SubjectType,
} from './schema.js';
import type { NotificationItem } from './describe.js';

/** When the person started following the subject; null if they don't. */
export async function followedSince(db: DbOrTx, personId: number, subject: { type: SubjectType; id: number }): Promise<Date | null> {
  const [row] = await db.select({ since: f.createdAt }).from(f)
    .where(and(eq(f.personId, personId), eq(f.subjectType, subject.type), eq(f.subjectId, subject.id)));
  return row?.since ?? null;
}

export async function isFollowing(db: DbOrTx, personId: number | null, subject: { type: SubjectType; id: number }): Promise<boolean> {
  return personId !== null && (await followedSince(db, personId, subject)) !== null;
}

const titleOf = (type: SQL | typeof e.subjectType, id: SQL | typeof e.subjectId) => ({
  joins: [
    [pr, and(sql`${type} = 'process'`, eq(pr.id, id))],
    [po, and(sql`${type} = 'proposal'`, eq(po.id, id))],
    [co, and(sql`${type} = 'consultation'`, eq(co.id, id))],
    [vo, and(sql`${type} = 'vote'`, eq(vo.id, id))],
    [cm, and(sql`${type} = 'commitment'`, eq(cm.id, id))],
    [ob, and(sql`${type} = 'observation'`, eq(ob.id, id))],
  ] as const,
  title: sql<string | null>`coalesce(${pr.title}, ${po.title}, ${co.title}, ${vo.title}, ${cm.title}, ${ob.title})`,
});

export interface NotificationRow extends NotificationItem {
  id: number;
  personId: number;
  createdAt: Date;
  readAt: Date | null;
}

/** Notifications matching `where`, newest first. */
export async function notificationRows(db: DbOrTx, where: SQL | undefined, limit: number): Promise<NotificationRow[]> {
  const { joins: [j1, j2, j3, j4, j5, j6], title } = titleOf(e.subjectType, e.subjectId);
  return db.select({
    id: n.id, personId: n.personId, createdAt: n.createdAt, readAt: n.readAt,
    kind: e.kind, params: e.params, subjectType: e.subjectType, subjectId: e.subjectId, title,
  }).from(n).innerJoin(e, eq(e.id, n.eventId))
    .leftJoin(j1[0], j1[1]).leftJoin(j2[0], j2[1]).leftJoin(j3[0], j3[1]).leftJoin(j4[0], j4[1]).leftJoin(j5[0], j5[1]).leftJoin(j6[0], j6[1])
    .where(where).orderBy(desc(n.id)).limit(limit);
}

/** A page of a person's notifications, newest first, from before the notification id `before`. */
export const myNotifications = (db: DbOrTx, personId: number, before: number | null, limit: number) =>
  notificationRows(db, and(eq(n.personId, personId), before === null ? undefined : lt(n.id, before)), limit + 1);

export async function unreadCount(db: DbOrTx, personId: number): Promise<number> {
  const [row] = await db.select({ count: count() }).from(n).where(and(eq(n.personId, personId), isNull(n.readAt)));
  return row.count;
}

export interface FollowRow { subjectType: SubjectType; subjectId: number; title: string | null; createdAt: Date }

/** What a person follows, most recent first; `after` is the [createdAt, type, id] key of the last row seen. */
export async function myFollows(db: DbOrTx, personId: number, after: [string, string, number] | null, limit: number): Promise<FollowRow[]> {
  const { joins: [j1, j2, j3, j4, j5, j6], title } = titleOf(f.subjectType as unknown as SQL, f.subjectId as unknown as SQL);
  const seek = after && or(lt(f.createdAt, new Date(after[0])),
    sql`${f.createdAt} = ${after[0]}::timestamptz and (${f.subjectType}, ${f.subjectId}) < (${after[1]}, ${after[2]})`);
  return db.select({ subjectType: f.subjectType, subjectId: f.subjectId, title, createdAt: f.createdAt }).from(f)
    .leftJoin(j1[0], j1[1]).leftJoin(j2[0], j2[1]).leftJoin(j3[0], j3[1]).leftJoin(j4[0], j4[1]).leftJoin(j5[0], j5[1]).leftJoin(j6[0], j6[1])
    .where(and(eq(f.personId, personId), seek ?? undefined))
    .orderBy(desc(f.createdAt), desc(f.subjectType), desc(f.subjectId)).limit(limit + 1);
}

export async function emailChoiceOf(db: DbOrTx, personId: number): Promise<EmailChoice> {
  const [row] = await db.select({ email: participationNotificationSettings.email }).from(participationNotificationSettings)
    .where(eq(participationNotificationSettings.personId, personId));
  return row?.email ?? DEFAULT_EMAIL_CHOICE;
}
