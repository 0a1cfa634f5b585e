// /observatorio — the index at a glance: what it measures in one plain paragraph, the national map coloured by group
// (each comuna a link with its text alternative), the year, how many municipalities fall in each group, the top ten,
// the regions as a list (the map is not the only way in), and links to everything else the observatory publishes.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { EmptyState } from '../../../../core/views/components/table.js';
import { NationalMap } from '../../maps/index.js';
import { feedAlternate } from '../../publications/views/parts.js';
import { GROUPS } from '../../index/schema.js';
import type { ScoreRow } from '../queries.js';
import { OBSERVATORY_PATH, regionPath } from '../present.js';
import { GroupBadge, ObservatoryLinks, RankingTable, YearForm, countRanked, fillsOf, groupLegend, groupName } from './parts.js';

export interface LandingProps {
  ctx: ViewContext;
  /** null when the index has no results yet. */
  year: number | null;
  years: number[];
  rows: ScoreRow[];
  regions: Array<{ code: string; name: string }>;
}

export function LandingPage({ ctx, year, years, rows, regions }: LandingProps) {
  const { t } = ctx;
  const title = t('observatory.indexName');
  const ranked = countRanked(rows);
  return (
    <Layout ctx={ctx} title={year === null ? title : `${title} ${year}`} breadcrumbs={[{ href: '/', label: t('nav.home') }, { label: t('observatory.name') }]}
      alternates={[feedAlternate(ctx)]}>
      <h1>{year === null ? title : t('observatory.pages.landing.heading', { year })}</h1>
      {year === null
        ? <p class="lead">{t('observatory.pages.landing.leadEmpty', { total: rows.length })}</p>
        : <p>{t('observatory.pages.landing.lead', { ranked, total: rows.length, year })}</p>}
      {year !== null && <YearForm ctx={ctx} action={OBSERVATORY_PATH} years={years} year={year} />}
      <ObservatoryLinks ctx={ctx} year={year} />
      <div class="obs-landing">
        <div class="obs-map">
          <NationalMap locale={ctx.locale} fills={fillsOf(ctx, rows, ranked)} title={t('observatory.pages.map.title', { year: year ?? '—' })}
            description={t('observatory.pages.map.description')} legend={groupLegend(ctx)} caption={t('observatory.pages.map.caption')} />
        </div>
        <div>
          {year === null ? <EmptyState>{t('observatory.pages.empty')}</EmptyState> : <GroupCounts ctx={ctx} rows={rows} />}
          <h2 id="regiones">{t('observatory.pages.landing.regions')}</h2>
          <nav aria-labelledby="regiones">
            <ul class="obs-regions">
              {regions.map((r) => <li><a href={year === null ? regionPath(r.code) : `${regionPath(r.code)}?anio=${year}`}>{r.name}</a></li>)}
            </ul>
          </nav>
        </div>
      </div>
      {year !== null && (
        <>
          <h2>{t('observatory.pages.landing.top')}</h2>
          <RankingTable ctx={ctx} caption={t('observatory.pages.landing.topCaption', { year })} rows={rows.filter((r) => r.rank !== null).slice(0, 10)}
            omit={['peerGroup', 'coverage']} />
          <p><a href={`${OBSERVATORY_PATH}/ranking?anio=${year}`}>{t('observatory.pages.landing.fullRanking', { ranked })}</a></p>
        </>
      )}
    </Layout>
  );
}

/** How many municipalities fall in each group, and how many have no score. */
function GroupCounts({ ctx, rows }: { ctx: ViewContext; rows: ScoreRow[] }) {
  const { t } = ctx;
  const count = (g: string | null) => rows.filter((r) => r.group === g).length;
  return (
    <>
      <h2>{t('observatory.pages.landing.groups')}</h2>
      <ul class="obs-group-counts">
        {GROUPS.map((g) => <li><GroupBadge ctx={ctx} group={g} decorative /> {groupName(ctx, g)}: <strong>{count(g)}</strong></li>)}
        <li><GroupBadge ctx={ctx} group={null} decorative /> {groupName(ctx, null)}: <strong>{count(null)}</strong></li>
      </ul>
      <p class="cell-note">{t('observatory.pages.landing.groupsNote')}</p>
    </>
  );
}
