// /observatorio/paneles — panels and webinars: the coming ones first (soonest first, with the time in Chile), then the
// past ones (latest first) with their video and summary note when there are.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { EmptyState, ExportLinks, Pagination } from '../../../../core/views/components/table.js';
import type { PanelRow } from '../queries.js';
import { PANELS_PATH, panelUrl } from '../present.js';
import { PanelTime, SectionLinks, crumbs, feedAlternate } from './parts.js';

export function PanelListPage({ ctx, upcoming, past, next, firstPage, canEdit }: {
  ctx: ViewContext; upcoming: PanelRow[]; past: PanelRow[]; next: string | null; firstPage: boolean; canEdit: boolean;
}) {
  const { t } = ctx;
  const title = t('observatory.panel.listTitle');
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={crumbs(ctx, 'panels')} alternates={[feedAlternate(ctx)]}>
      <h1>{title}</h1>
      <p class="lead">{t('observatory.panel.listLead')}</p>
      <SectionLinks ctx={ctx} current="panels" />
      {canEdit && <p><a class="button button-secondary" href={`${PANELS_PATH}/nuevo`}>{t('observatory.panel.new')}</a></p>}
      {firstPage && <>
        <h2>{t('observatory.panel.upcoming')}</h2>
        {upcoming.length === 0 ? <EmptyState>{t('observatory.panel.noneUpcoming')}</EmptyState>
          : <ul class="obs-entries">{upcoming.map((p) => <PanelItem ctx={ctx} panel={p} />)}</ul>}
      </>}
      <h2>{t('observatory.panel.past')}</h2>
      {past.length === 0 ? <EmptyState>{t('observatory.panel.nonePast')}</EmptyState>
        : <ul class="obs-entries">{past.map((p) => <PanelItem ctx={ctx} panel={p} past />)}</ul>}
      <Pagination ctx={ctx} baseUrl={ctx.url} nextCursor={next} isFirstPage={firstPage} />
      <ExportLinks ctx={ctx} baseUrl="/api/v1/observatory/panels" />
    </Layout>
  );
}

function PanelItem({ ctx, panel: p, past = false }: { ctx: ViewContext; panel: PanelRow; past?: boolean }) {
  const { t } = ctx;
  return (
    <li class="obs-entry">
      <p class="obs-entry-meta"><PanelTime ctx={ctx} startsAt={p.startsAt} durationMinutes={p.durationMinutes} /></p>
      <h3 class="obs-entry-title"><a href={panelUrl(p.slug)}>{p.title}</a></h3>
      <p>{t('observatory.panel.speakersShort', { names: p.speakers.map((s) => s.name).join(', ') })}</p>
      {past && (
        <p class="obs-entry-meta">
          {p.videoUrl ? <a href={p.videoUrl} rel="noopener noreferrer">{t('observatory.panel.watchVideoOf', { title: p.title })}</a> : t('observatory.panel.noVideo')}
          {p.summary && <> · <a href={`${panelUrl(p.slug)}#resumen`}>{t('observatory.panel.readSummary')}</a></>}
        </p>
      )}
    </li>
  );
}
