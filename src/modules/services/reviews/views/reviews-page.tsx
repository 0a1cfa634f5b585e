// /servicios/{slug}/revisiones — a service's milestone reviews in public: the next one (or why none is due) with the
// overdue flag, then every review held, newest first, with its evidence, frozen indicators, decision and reasons.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { servicesCrumbs } from '../../crumbs.js';
import type { ServiceRecord } from '../../registry/queries.js';
import type { ReviewRow } from '../queries.js';
import type { ReviewSchedule } from '../schedule.js';
import { newReviewPath, DUE_PATH } from '../present.js';
import { ReviewArticle, ScheduleNotice } from './parts.js';

export function ReviewsPage({ ctx, service: s, schedule, reviews, today, canReview }: {
  ctx: ViewContext; service: ServiceRecord; schedule: ReviewSchedule; reviews: ReviewRow[]; today: string; canReview: boolean;
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('services.reviews.pageTitle', { title: s.title })}
      breadcrumbs={servicesCrumbs(ctx, { href: `/servicios/${s.slug}`, label: s.title }, { label: t('services.reviews.title') })}
      alternates={[{ href: `/api/v1/services/${s.slug}/reviews`, type: 'application/json', title: t('services.reviews.title') }]}>
      <h1>{t('services.reviews.pageTitle', { title: s.title })}</h1>
      <p class="lead">{t('services.reviews.intro')}</p>
      <section aria-labelledby="proxima">
        <h2 id="proxima">{t('services.reviews.next.heading')}</h2>
        <ScheduleNotice ctx={ctx} schedule={schedule} today={today} institution={s.incubator.institutionName} />
        {canReview && schedule.due && <p><a class="button button-primary" href={newReviewPath(s.slug)}>{t('services.reviews.record')}</a></p>}
        <p><a href={DUE_PATH}>{t('services.reviews.due.title')}</a></p>
      </section>
      <section aria-labelledby="realizadas">
        <h2 id="realizadas">{t('services.reviews.past.heading')}</h2>
        {reviews.length === 0 ? <p class="empty-state">{t('services.reviews.past.empty')}</p> : reviews.map((r) => <ReviewArticle ctx={ctx} review={r} />)}
      </section>
    </Layout>
  );
}
