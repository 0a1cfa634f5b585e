// /observatorio/ranking — every municipality of a year in one table (345 light rows: no pagination, so the browser's
// find works), filtered by region, peer group and pillar with a GET form (bookmarkable, no JavaScript). With a
// pillar the table adds that pillar's score and sorts by it.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { Button, Select } from '../../../../core/views/components/form.js';
import { EmptyState } from '../../../../core/views/components/table.js';
import { PILLARS } from '../../pillars.js';
import { PEER_GROUPS } from '../../index/method.js';
import type { ScoreRow } from '../queries.js';
import { INDEX_API, OBSERVATORY_PATH } from '../present.js';
import { RankingTable, observatoryCrumbs, peerName, pillarName } from './parts.js';

export interface RankingQuery { anio?: string; region?: string; 'grupo-pares'?: string; pilar?: string }

export function RankingPage({ ctx, year, years, rows, regions, query }: {
  ctx: ViewContext; year: number | null; years: number[]; rows: ScoreRow[]; regions: Array<{ code: string; name: string }>; query: RankingQuery;
}) {
  const { t } = ctx;
  const title = t('observatory.pages.ranking.title');
  const any = { value: '', label: t('observatory.pages.filter.any') };
  const filtered = Boolean(query.region || query['grupo-pares'] || query.pilar);
  const caption = year === null ? title : t('observatory.pages.ranking.caption', { year, count: rows.length });
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={[...observatoryCrumbs(ctx), { label: title }]}>
      <h1>{year === null ? title : t('observatory.pages.ranking.heading', { year })}</h1>
      <p class="lead">{t('observatory.pages.ranking.lead')}</p>
      <form method="get" action={`${OBSERVATORY_PATH}/ranking`} class="filters" aria-label={t('observatory.pages.filter.label')}>
        {years.length > 0 && <Select name="anio" label={t('observatory.pages.year.label')} value={year === null ? '' : String(year)}
          options={years.map((y) => ({ value: String(y), label: String(y) }))} />}
        <Select name="region" label={t('observatory.pages.filter.region')} value={query.region}
          options={[any, ...regions.map((r) => ({ value: r.code, label: r.name }))]} />
        <Select name="grupo-pares" label={t('observatory.pages.filter.peerGroup')} value={query['grupo-pares']}
          options={[any, ...PEER_GROUPS.map((g) => ({ value: g, label: peerName(ctx, g) }))]} />
        <Select name="pilar" label={t('observatory.pages.filter.pillar')} hint={t('observatory.pages.filter.pillarHint')} value={query.pilar}
          options={[{ value: '', label: t('observatory.pages.filter.wholeIndex') }, ...PILLARS.map((p) => ({ value: p, label: pillarName(ctx, p) }))]} />
        <Button>{t('observatory.pages.filter.apply')}</Button>
        {filtered && <a href={`${OBSERVATORY_PATH}/ranking${year === null ? '' : `?anio=${year}`}`}>{t('observatory.pages.filter.clear')}</a>}
      </form>
      {year === null ? <EmptyState>{t('observatory.pages.empty')}</EmptyState> : (
        <>
          <RankingTable ctx={ctx} caption={caption} rows={rows} pillar={query.pilar || undefined} omit={query.region ? ['region'] : []} />
          <p class="export-links">{t('export.label')}: <a href={`${INDEX_API}.csv?year=${year}`}>{t('observatory.pages.link.csv')}</a> · <a href={`${INDEX_API}?year=${year}`}>{t('observatory.pages.link.json')}</a></p>
          <p class="cell-note">{t('observatory.pages.ranking.note')} <a href={`${OBSERVATORY_PATH}/sensibilidad?anio=${year}`}>{t('observatory.pages.link.sensitivity')}</a>.</p>
        </>
      )}
    </Layout>
  );
}
