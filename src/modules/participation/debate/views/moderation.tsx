// The moderation queue of an official: held (spam-like), hidden and newly reported comments of their institutions,
// newest first, each with its text (moderators must read what they judge), reports and a link to act on it in place.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { Pagination, Table } from '../../../../core/views/components/table.js';
import { formatters } from '../../../../core/i18n/index.js';
import type { QueueRow } from '../queries.js';
import { debatePath } from '../target.js';
import { panelLink } from './comment.js';

export const MODERATION_PATH = '/participacion/moderacion';

export function ModerationQueuePage({ ctx, rows, next, firstPage }: { ctx: ViewContext; rows: QueueRow[]; next: string | null; firstPage: boolean }) {
  const { t } = ctx;
  const { dateTime } = formatters(ctx.locale);
  return (
    <Layout ctx={ctx} title={t('participation.debate.queue.title')} breadcrumbs={[{ href: '/participacion', label: t('participation.title') }, { label: t('participation.debate.queue.title') }]}>
      <h1>{t('participation.debate.queue.title')}</h1>
      <p class="lead">{t('participation.debate.queue.lead')}</p>
      <Table ctx={ctx} caption={t('participation.debate.queue.caption')} rows={rows} columns={[
        { header: t('participation.debate.queue.comment'), rowHeader: true, cell: (r) => <><strong>{r.authorName}</strong>: {r.body}</> },
        { header: t('participation.debate.queue.status'), cell: (r) => t(`participation.debate.status.${r.status}`) },
        { header: t('participation.debate.queue.reports'), cell: (r) => (r.reportCount > 0 ? `${r.reportCount} (${r.reasons ?? ''})` : '—'), numeric: false },
        { header: t('participation.debate.queue.date'), cell: (r) => <time dateTime={r.createdAt.toISOString()}>{dateTime.format(r.createdAt)}</time> },
        { header: t('participation.debate.queue.act'), cell: (r) => <a href={panelLink(debatePath(r.targetType, r.targetId), 'moderate', r.id)}>{t('participation.debate.moderate')}</a> },
      ]} />
      <Pagination ctx={ctx} baseUrl={MODERATION_PATH} nextCursor={next} isFirstPage={firstPage} />
    </Layout>
  );
}
