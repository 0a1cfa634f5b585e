// The review schedules of many services at once, for lists (the public registry flags overdue reviews; the
// /servicios/revisiones page lists what is due). Batched: one query for the latest reviews, one for the phases, one
// for the incubators' host institutions, then one calendar per distinct host — never a query per service.
import { eq, inArray, max } from 'drizzle-orm';
import type { DbOrTx } from '../../../core/db/client.js';
import { findInstitutionCalendar, type CalendarOptions } from '../../../core/calendar/index.js';
import { servicesIncubators, servicesServices } from '../registry/schema.js';
import { listPhasesOf } from '../registry/queries.js';
import { todayInChile } from '../registry/commands/checks.js';
import { servicesReviews } from './schema.js';
import { isReviewOverdue, scheduleNextReview, type ReviewSchedule } from './schedule.js';

/** The next review of each service (absent ids are unknown services). */
export async function findReviewSchedules(db: DbOrTx, serviceIds: readonly number[]): Promise<Map<number, ReviewSchedule>> {
  const schedules = new Map<number, ReviewSchedule>();
  const ids = [...new Set(serviceIds)];
  if (ids.length === 0) return schedules;
  const [lastReviews, phases, hosts] = await Promise.all([
    db.select({ serviceId: servicesReviews.serviceId, heldOn: max(servicesReviews.heldOn) }).from(servicesReviews)
      .where(inArray(servicesReviews.serviceId, ids)).groupBy(servicesReviews.serviceId),
    listPhasesOf(db, ids),
    db.select({ serviceId: servicesServices.id, institutionId: servicesIncubators.institutionId }).from(servicesServices)
      .innerJoin(servicesIncubators, eq(servicesIncubators.id, servicesServices.incubatorId)).where(inArray(servicesServices.id, ids)),
  ]);
  const lastHeldOn = new Map(lastReviews.map((r) => [r.serviceId, r.heldOn]));
  const calendars = new Map<number, CalendarOptions>();
  for (const institutionId of new Set(hosts.map((h) => h.institutionId))) {
    calendars.set(institutionId, await findInstitutionCalendar(db, institutionId));
  }
  for (const { serviceId, institutionId } of hosts) {
    schedules.set(serviceId, scheduleNextReview({
      phases: phases.get(serviceId) ?? [], lastHeldOn: lastHeldOn.get(serviceId) ?? null, calendar: calendars.get(institutionId)!,
    }));
  }
  return schedules;
}

/** The services among `serviceIds` whose milestone review is overdue today (Santiago). */
export async function findOverdueServiceIds(db: DbOrTx, serviceIds: readonly number[], today = todayInChile()): Promise<Set<number>> {
  const schedules = await findReviewSchedules(db, serviceIds);
  return new Set([...schedules].filter(([, s]) => isReviewOverdue(s, today)).map(([id]) => id));
}
