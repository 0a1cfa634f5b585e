// /servicios/revisiones — every service with a milestone review due, soonest first: the overdue ones lead, flagged in
// words and with an icon. A GET filter by incubator keeps the page bookmarkable and script-free.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { Button, Form, Select } from '../../../../core/views/components/form.js';
import { ExportLinks, Pagination, Table } from '../../../../core/views/components/table.js';
import { formatDay } from '../../registry/views/parts.js';
import { servicesCrumbs } from '../../crumbs.js';
import type { DueReview } from '../queries.js';
import { DUE_PATH, reviewsPath } from '../present.js';
import { OverdueMark } from './parts.js';

export function DuePage({ ctx, items, incubators, incubator, totals, next, isFirstPage }: {
  ctx: ViewContext; items: DueReview[]; incubators: Array<{ slug: string; name: string }>; incubator?: string;
  totals: { count: number; overdue: number }; next: string | null; isFirstPage: boolean;
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('services.reviews.due.title')} breadcrumbs={servicesCrumbs(ctx, { label: t('services.reviews.due.title') })}
      alternates={[{ href: '/api/v1/services/reviews/due', type: 'application/json', title: t('services.reviews.due.title') }]}>
      <h1>{t('services.reviews.due.title')}</h1>
      <p class="lead">{t('services.reviews.due.intro')}</p>
      <Form ctx={ctx} action={DUE_PATH} method="get" class="svc-filters">
        <Select name="incubadora" label={t('services.reviews.due.incubator')} value={incubator ?? ''}
          options={[{ value: '', label: t('services.reviews.due.allIncubators') }, ...incubators.map((i) => ({ value: i.slug, label: i.name }))]} />
        <Button variant="secondary">{t('services.reviews.due.filter')}</Button>
      </Form>
      <p>{t('services.reviews.due.count', totals)}</p>
      <Table ctx={ctx} caption={t('services.reviews.due.caption')} rows={items} columns={[
        { header: t('services.reviews.due.service'), rowHeader: true, cell: (d) => <a href={reviewsPath(d.slug)}>{d.title}</a> },
        { header: t('services.reviews.due.incubator'), cell: (d) => d.incubator.name },
        { header: t('services.reviews.due.phase'), cell: (d) => t(`services.phase.${d.phase}`) },
        { header: t('services.reviews.due.dueOn'), cell: (d) => formatDay(ctx, d.dueOn) },
        { header: t('services.reviews.due.status'), cell: (d) => (d.overdue
          ? <OverdueMark ctx={ctx} text={d.daysOverdue === 1 ? t('services.reviews.due.overdueDaysOne') : t('services.reviews.due.overdueDays', { days: d.daysOverdue })} />
          : t('services.reviews.upcomingShort')) },
      ]} />
      <Pagination ctx={ctx} baseUrl={ctx.url} nextCursor={next} isFirstPage={isFirstPage} />
      <ExportLinks ctx={ctx} baseUrl={ctx.url} />
    </Layout>
  );
}
