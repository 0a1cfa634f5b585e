// /observatorio/regiones/{code} — one region: its map coloured by group (ranks stay national) and the table of its
// municipalities.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { EmptyState } from '../../../../core/views/components/table.js';
import { RegionMap } from '../../maps/index.js';
import type { ScoreRow } from '../queries.js';
import { OBSERVATORY_PATH, regionPath } from '../present.js';
import { RankingTable, YearForm, fillsOf, groupLegend, observatoryCrumbs } from './parts.js';

export function RegionPage({ ctx, region, year, years, rows, ranked }: {
  ctx: ViewContext; region: { code: string; name: string }; year: number | null; years: number[]; rows: ScoreRow[];
  /** Municipalities ranked nationally that year (the n of "rank r of n"). */
  ranked: number;
}) {
  const { t } = ctx;
  const scored = rows.filter((r) => r.score !== null).length;
  return (
    <Layout ctx={ctx} title={region.name} breadcrumbs={[...observatoryCrumbs(ctx), { label: region.name }]}>
      <h1>{region.name}<span class="subtitle">{t('observatory.indexName')}{year === null ? '' : ` ${year}`}</span></h1>
      <p class="lead">{year === null ? t('observatory.pages.empty') : t('observatory.pages.region.lead', { scored, total: rows.length, ranked })}</p>
      {year !== null && <YearForm ctx={ctx} action={regionPath(region.code)} years={years} year={year} />}
      <div class="obs-map obs-map-region">
        <RegionMap locale={ctx.locale} regionCode={region.code} fills={fillsOf(ctx, rows, ranked)} title={t('observatory.pages.region.mapTitle', { region: region.name, year: year ?? '—' })}
          description={t('observatory.pages.map.description')} legend={groupLegend(ctx)} caption={t('observatory.pages.map.caption')} />
      </div>
      {year === null ? <EmptyState>{t('observatory.pages.empty')}</EmptyState>
        : <RankingTable ctx={ctx} caption={t('observatory.pages.region.caption', { region: region.name, year })} rows={rows} omit={['region']} />}
      <p>
        <a href={`${OBSERVATORY_PATH}/ranking?${year === null ? '' : `anio=${year}&`}region=${region.code}`}>{t('observatory.pages.region.inRanking')}</a> ·{' '}
        <a href={`${OBSERVATORY_PATH}/adopcion/${region.code}`}>{t('observatory.pages.region.adoption')}</a> ·{' '}
        <a href={`${OBSERVATORY_PATH}#regiones`}>{t('observatory.pages.region.others')}</a>
      </p>
    </Layout>
  );
}
