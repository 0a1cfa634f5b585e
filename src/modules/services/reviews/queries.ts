// Reads of the reviews area: a service's reviews (newest first) and the services with a review due across incubators.
import { asc, desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../core/db/client.js';
import { toDayNumber } from '../../../core/calendar/calendar-date.js';
import { servicesIncubators, servicesServices } from '../registry/schema.js';
import type { Phase } from '../phases.js';
import { servicesReviews } from './schema.js';
import { findReviewSchedules } from './overdue.js';
import { isReviewOverdue } from './schedule.js';

export type ReviewRow = typeof servicesReviews.$inferSelect;

export async function listReviewsOf(db: DbOrTx, serviceId: number): Promise<ReviewRow[]> {
  return db.select().from(servicesReviews).where(eq(servicesReviews.serviceId, serviceId)).orderBy(desc(servicesReviews.heldOn), desc(servicesReviews.id));
}

/** Whole days from `a` to `b` (both 'YYYY-MM-DD'). */
export const daysBetween = (a: string, b: string) => toDayNumber(b) - toDayNumber(a);

export interface DueReview {
  serviceId: number; slug: string; title: string; incubator: { slug: string; name: string };
  phase: Phase; dueOn: string; overdue: boolean; daysOverdue: number;
}

/**
 * Every service with a review due, soonest first (so the overdue ones, due before today, come first), optionally in
 * one incubator. The due date is computed (schedule.ts), not stored, so the list is built in memory: an incubator's
 * portfolio is tens of services, and the schedules are read in a handful of batched queries (overdue.ts).
 */
export async function listDueReviews(db: DbOrTx, opts: { incubatorId?: number; today: string }): Promise<DueReview[]> {
  const services = await db.select({
    id: servicesServices.id, slug: servicesServices.slug, title: servicesServices.title, incubatorSlug: servicesIncubators.slug, incubatorName: servicesIncubators.name,
  }).from(servicesServices).innerJoin(servicesIncubators, eq(servicesIncubators.id, servicesServices.incubatorId))
    .where(opts.incubatorId === undefined ? undefined : eq(servicesServices.incubatorId, opts.incubatorId));
  const schedules = await findReviewSchedules(db, services.map((s) => s.id));
  const due: DueReview[] = [];
  for (const s of services) {
    const schedule = schedules.get(s.id);
    if (!schedule?.due) continue;
    const overdue = isReviewOverdue(schedule, opts.today);
    due.push({
      serviceId: s.id, slug: s.slug, title: s.title, incubator: { slug: s.incubatorSlug, name: s.incubatorName }, phase: schedule.phase,
      dueOn: schedule.dueOn, overdue, daysOverdue: overdue ? daysBetween(schedule.dueOn, opts.today) : 0,
    });
  }
  return due.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.title.localeCompare(b.title, 'es') || a.serviceId - b.serviceId);
}

export async function listIncubators(db: DbOrTx) {
  return db.select({ id: servicesIncubators.id, slug: servicesIncubators.slug, name: servicesIncubators.name }).from(servicesIncubators).orderBy(asc(servicesIncubators.name));
}

