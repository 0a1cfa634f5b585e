// Reads of active transparency. The update readers see for a period is the newest one published for it (a
// correction is a newer update of the same period); the category's current period is the latest period published.
import { and, asc, desc, eq, gt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../core/db/client.js';
import { people } from '../../../core/auth/schema.js';
import { transparencyActiveRows, transparencyActiveUpdates } from './schema.js';

const u = transparencyActiveUpdates;
const updateFields = { id: u.id, institutionId: u.institutionId, category: u.category, period: u.period, rowCount: u.rowCount, publishedAt: u.publishedAt };
export type ActiveUpdate = { id: number; institutionId: number; category: string; period: string; rowCount: number; publishedAt: Date };

/** The update readers see for a period, or for the latest period when none is given. */
export async function findUpdate(db: DbOrTx, institutionId: number, category: string, period?: string): Promise<ActiveUpdate | null> {
  const [row] = await db.select(updateFields).from(u)
    .where(and(eq(u.institutionId, institutionId), eq(u.category, category), period ? eq(u.period, period) : undefined))
    .orderBy(desc(u.period), desc(u.id)).limit(1);
  return row ?? null;
}

/** Every period published for a category, newest first, with the date of its current update and how often it was corrected. */
export function listPeriods(db: DbOrTx, institutionId: number, category: string) {
  return db.select({ period: u.period, updatedAt: sql<Date>`max(${u.publishedAt})`.mapWith(u.publishedAt), updates: sql<number>`count(*)::int` })
    .from(u).where(and(eq(u.institutionId, institutionId), eq(u.category, category))).groupBy(u.period).orderBy(desc(u.period));
}
export type PeriodRow = Awaited<ReturnType<typeof listPeriods>>[number];

/** Per category with data: its latest period and when that period was last published. */
export async function listLatestByCategory(db: DbOrTx, institutionId?: number) {
  const rows = await db.selectDistinctOn([u.institutionId, u.category], { ...updateFields })
    .from(u).where(institutionId === undefined ? undefined : eq(u.institutionId, institutionId))
    .orderBy(u.institutionId, u.category, desc(u.period), desc(u.id));
  return rows as ActiveUpdate[];
}

/** One page of an update's rows after a position (keyset on the file's order). */
export function listRows(db: DbOrTx, updateId: number, afterPosition: number, limit: number) {
  return db.select({ position: transparencyActiveRows.position, data: transparencyActiveRows.data }).from(transparencyActiveRows)
    .where(and(eq(transparencyActiveRows.updateId, updateId), gt(transparencyActiveRows.position, afterPosition)))
    .orderBy(asc(transparencyActiveRows.position)).limit(limit);
}

/** All of an update's rows in batches, for streamed downloads (never the whole table in memory). */
export async function* streamRows(db: DbOrTx, updateId: number, batch = 500) {
  for (let after = 0; ;) {
    const rows = await listRows(db, updateId, after, batch);
    for (const r of rows) yield r.data;
    if (rows.length < batch) return;
    after = rows[rows.length - 1]!.position;
  }
}

/** Who published an update, for the official's history (the public page shows dates only). */
export function listUpdatesWithPublisher(db: DbOrTx, institutionId: number, category: string) {
  return db.select({ ...updateFields, fileName: u.fileName, publishedBy: people.name }).from(u).leftJoin(people, eq(people.id, u.publishedBy))
    .where(and(eq(u.institutionId, institutionId), eq(u.category, category))).orderBy(desc(u.id)).limit(24);
}
