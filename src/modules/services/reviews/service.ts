// What the reviews API and pages share: a service's reviews with its schedule as of today in Chile, a page of the due
// list (cursor over the computed order), and a command's refusal as form errors.
import type { DbOrTx } from '../../../core/db/client.js';
import type { Translate } from '../../../core/i18n/index.js';
import { InvalidField, notFound } from '../../../core/http/errors.js';
import { decodeCursor, pageOf } from '../../../core/http/pagination.js';
import { findServiceBySlug, findIncubatorBySlug } from '../registry/queries.js';
import { todayInChile } from '../registry/commands/checks.js';
import { findReviewSchedules } from './overdue.js';
import { listDueReviews, listReviewsOf, type DueReview } from './queries.js';
import { isReviewOverdue } from './schedule.js';

export async function loadServiceReviews(db: DbOrTx, slug: string) {
  const service = await findServiceBySlug(db, slug);
  if (!service) throw notFound();
  const [schedules, reviews] = await Promise.all([findReviewSchedules(db, [service.id]), listReviewsOf(db, service.id)]);
  const schedule = schedules.get(service.id)!;
  const today = todayInChile();
  return { service, schedule, reviews, today, overdue: isReviewOverdue(schedule, today) };
}

const keyOf = (d: DueReview) => [d.dueOn, d.title, d.serviceId] as const;
const after = (d: DueReview, key: unknown[]) => {
  const [dueOn, title, id] = key as [string, string, number];
  const byTitle = d.title.localeCompare(String(title), 'es');
  return d.dueOn > dueOn || (d.dueOn === dueOn && (byTitle > 0 || (byTitle === 0 && d.serviceId > id)));
};

/** One page of the due list (filtered by an incubator's slug), with the totals of the whole filtered list. */
export async function loadDuePage(db: DbOrTx, query: { incubadora?: string; cursor?: string; limit?: number }) {
  const incubator = query.incubadora ? await findIncubatorBySlug(db, query.incubadora) : null;
  if (query.incubadora && !incubator) throw notFound();
  const all = await listDueReviews(db, { ...(incubator ? { incubatorId: incubator.id } : {}), today: todayInChile() });
  const cursor = decodeCursor(query.cursor);
  const rest = cursor ? all.filter((d) => after(d, cursor)) : all;
  const limit = query.limit ?? 50;
  return { all, ...pageOf(rest, limit, (d) => [...keyOf(d)]), totals: { count: all.length, overdue: all.filter((d) => d.overdue).length }, isFirstPage: !cursor };
}

/** A command's refusal as the form's errors, or null when the error is not a refusal (it is rethrown). */
export const refusal = (e: unknown, t: Translate): Record<string, string> | null => (e instanceof InvalidField ? { [e.field]: t(e.messageKey) } : null);
