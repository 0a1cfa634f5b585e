// The reviews area's part of the public service page (/servicios/{slug}, public/): the next review or why none is due,
// the overdue flag, the last decision, and the link to the reviews page.
import type { ComponentChildren } from 'preact';
import type { DbOrTx } from '../../../core/db/client.js';
import type { ViewContext } from '../../../core/views/context.js';
import type { ServiceRecord } from '../registry/queries.js';
import { todayInChile } from '../registry/commands/checks.js';
import { formatDay } from '../registry/views/parts.js';
import { findReviewSchedules } from './overdue.js';
import { listReviewsOf } from './queries.js';
import { reviewsPath } from './present.js';
import { ScheduleNotice } from './views/parts.js';

export async function loadReviewsSection(db: DbOrTx, service: ServiceRecord, ctx: ViewContext): Promise<ComponentChildren> {
  const [schedules, reviews] = await Promise.all([findReviewSchedules(db, [service.id]), listReviewsOf(db, service.id)]);
  const schedule = schedules.get(service.id);
  if (!schedule) return null;
  const last = reviews[0];
  const { t } = ctx;
  return (
    <section class="svc-section" aria-labelledby="revisiones">
      <h2 id="revisiones">{t('services.reviews.title')}</h2>
      <ScheduleNotice ctx={ctx} schedule={schedule} today={todayInChile()} institution={service.incubator.institutionName} />
      {last && <p>{t('services.reviews.section.last', { decision: t(`services.decision.${last.decision}`), date: formatDay(ctx, last.heldOn) })}</p>}
      <p><a href={reviewsPath(service.slug)}>{t('services.reviews.section.link')}</a></p>
    </section>
  );
}
