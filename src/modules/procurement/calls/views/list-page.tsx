// The officials' list of an institution's calls, drafts included, newest first: state, kind, lots, total budget and
// the earliest bids deadline, with the way to a new call.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { EmptyState, ExportLinks, Pagination, Table } from '../../../../core/views/components/table.js';
import type { CallListRow } from '../queries.js';
import { callPath } from '../present.js';
import { At, crumbsOf, kindName, managePath, pesos } from './parts.js';

export function CallListPage({ ctx, institution, rows, next, firstPage }: {
  ctx: ViewContext; institution: { slug: string; name: string }; rows: CallListRow[]; next: string | null; firstPage: boolean;
}) {
  const { t, locale } = ctx;
  const title = t('procurement.calls.manageTitle');
  return (
    <Layout ctx={ctx} title={title} institution={institution} breadcrumbs={crumbsOf(ctx, institution, false, title)}>
      <h1>{title}</h1>
      <p class="lead">{t('procurement.calls.manageLead')}</p>
      <p><a class="button button-primary" href={`${managePath(institution.slug)}/nuevo`}>{t('procurement.calls.new')}</a></p>
      {rows.length === 0 ? <EmptyState>{t('procurement.calls.none')}</EmptyState> : (
        <Table ctx={ctx} caption={t('procurement.calls.manageCaption', { institution: institution.name })} rows={rows} columns={[
          { header: t('procurement.calls.field.title'), cell: (r) => <a href={callPath(institution.slug, r.id)}>{r.title}</a> },
          { header: t('procurement.calls.field.kind'), cell: (r) => kindName(t, r.kind) },
          { header: t('procurement.calls.field.state'), cell: (r) => t(`procurement.calls.state.${r.state}` as never) },
          { header: t('procurement.calls.lots'), cell: (r) => r.lotCount, numeric: true },
          { header: t('procurement.calls.totalBudget'), cell: (r) => pesos(r.totalBudget, locale), numeric: true },
          { header: t('procurement.calls.field.bidsUntil'), cell: (r) => (r.bidsUntil ? <At ctx={ctx} at={r.bidsUntil} /> : '—') },
        ]} />
      )}
      <Pagination ctx={ctx} baseUrl={managePath(institution.slug)} nextCursor={next} isFirstPage={firstPage} />
      <ExportLinks ctx={ctx} baseUrl={`/api/v1/procurement/calls?institution=${institution.slug}`} />
    </Layout>
  );
}
