// /observatorio/municipios/{cut} — one municipality: score, rank, group, its peer group and place in it, coverage
// (and what was imputed), pillar scores, trend, closest peers, what to improve first, context figures and every value
// with its source. Context figures describe the municipality; they never enter the score.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { EmptyState } from '../../../../core/views/components/table.js';
import { INDICATOR_BY_CODE } from '../../indicators/catalogue.js';
import type { MunicipalityYear, Place, ScoreRow, ValueRow } from '../queries.js';
import type { Priority } from '../priorities.js';
import { OBSERVATORY_PATH, municipalityPath, regionPath } from '../present.js';
import { GroupBadge, RankingTable, YearForm, formatChange, formatPercent, formatScore, groupName, indicatorName, observatoryCrumbs, peerName } from './parts.js';
import { PillarBars, Priorities, TrendChart, ValuesTable, formatValue } from './municipality-parts.js';

export interface MunicipalityPageProps {
  ctx: ViewContext;
  place: Place;
  year: number | null;
  years: number[];
  history: MunicipalityYear[];
  /** The selected year's result (null when the municipality has none that year). */
  current: MunicipalityYear | null;
  peerCount: number;
  peers: ScoreRow[];
  priorities: Priority[];
  geometric: boolean;
  values: ValueRow[];
  tracked: boolean;
}

export function MunicipalityPage(p: MunicipalityPageProps) {
  const { ctx, place, year, current } = p;
  const { t } = ctx;
  const title = t('observatory.pages.municipality.title', { name: place.name });
  const context = p.values.filter((v) => INDICATOR_BY_CODE.get(v.indicator)?.group === 'context');
  const imputed = current ? Object.entries(current.detail).filter(([, d]) => d.imputed).map(([code]) => code).sort() : [];
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={[...observatoryCrumbs(ctx), { href: regionPath(place.regionCode), label: place.regionName }, { label: place.name }]}>
      <h1>{title}<span class="subtitle">{place.regionName} · {t('observatory.indexName')}{year === null ? '' : ` ${year}`}</span></h1>
      {year !== null && <YearForm ctx={ctx} action={municipalityPath(place.cut)} years={p.years} year={year} />}
      {current === null || current.score === null
        ? <EmptyState>{year === null ? t('observatory.pages.empty') : t('observatory.pages.municipality.noScore', { name: place.name, year })}</EmptyState>
        : (
          <>
            <dl class="obs-summary">
              <div><dt>{t('observatory.pages.col.score')}</dt><dd><strong class="obs-score">{formatScore(ctx, current.score)}</strong> {t('observatory.pages.municipality.outOf')}</dd></div>
              <div><dt>{t('observatory.pages.col.rank')}</dt><dd>{current.rank === null ? '—' : t('observatory.pages.rankOf', { rank: current.rank, ranked: current.ranked })}</dd></div>
              <div><dt>{t('observatory.pages.col.group')}</dt><dd><GroupBadge ctx={ctx} group={current.group} decorative /> {groupName(ctx, current.group)}</dd></div>
              <div><dt>{t('observatory.pages.col.peerGroup')}</dt><dd>{peerName(ctx, current.peerGroup)}{current.peerRank !== null && <>
                <br />{t('observatory.pages.rankOf', { rank: current.peerRank, ranked: p.peerCount })}</>}</dd></div>
              <div><dt>{t('observatory.pages.col.coverage')}</dt><dd>{formatPercent(ctx, current.coverage)}</dd></div>
              <div><dt>{t('observatory.pages.col.change')}</dt><dd>{formatChange(ctx, current.scoreChange)}{current.rankChange !== null && current.rankChange !== 0 &&
                <> ({t(current.rankChange > 0 ? 'observatory.pages.municipality.rankUp' : 'observatory.pages.municipality.rankDown', { places: Math.abs(current.rankChange) })})</>}</dd></div>
            </dl>
            <p class="cell-note">
              {imputed.length === 0 ? t('observatory.pages.municipality.nothingImputed')
                : t('observatory.pages.municipality.imputed', { list: imputed.map((c) => indicatorName(ctx, c)).join('; ') })}{' '}
              <a href={`${OBSERVATORY_PATH}/metodologia`}>{t('observatory.pages.link.methodology')}</a>
            </p>
            <h2>{t('observatory.pages.municipality.pillars')}</h2>
            <PillarBars ctx={ctx} pillars={current.pillars} caption={t('observatory.pages.municipality.pillarsCaption', { year: year ?? '' })} />
            <h2>{t('observatory.pages.municipality.improve')}</h2>
            <p>{t('observatory.pages.improve.lead')}</p>
            <Priorities ctx={ctx} priorities={p.priorities} peerGroup={current.peerGroup} geometric={p.geometric} />
            <h2>{t('observatory.pages.municipality.peers')}</h2>
            <p>{t('observatory.pages.municipality.peersLead', { peer: peerName(ctx, current.peerGroup) })}</p>
            <RankingTable ctx={ctx} caption={t('observatory.pages.municipality.peersCaption', { name: place.name })} rows={p.peers} omit={['peerGroup', 'coverage']} />
          </>
        )}
      {p.history.length > 0 && (
        <>
          <h2>{t('observatory.pages.municipality.trend')}</h2>
          <TrendChart ctx={ctx} years={p.history} name={place.name} />
        </>
      )}
      <h2>{t('observatory.pages.municipality.context')}</h2>
      {context.length === 0 ? <EmptyState>{t('observatory.pages.municipality.noContext')}</EmptyState> : (
        <dl class="obs-context">
          {context.map((v) => <div><dt>{indicatorName(ctx, v.indicator)}</dt><dd>{formatValue(ctx, INDICATOR_BY_CODE.get(v.indicator)?.unit, v.value)} <span class="cell-note">{v.source}, {v.year}</span></dd></div>)}
        </dl>
      )}
      <h2>{t('observatory.pages.municipality.values')}</h2>
      <ValuesTable ctx={ctx} values={p.values} detail={current?.detail ?? {}} caption={t('observatory.pages.municipality.valuesCaption', { name: place.name, year: year ?? '—' })} />
      <ul class="obs-links-inline">
        {p.tracked && <li><a href={`${OBSERVATORY_PATH}/adopcion/${place.regionCode}/municipios/${place.cut}`}>{t('observatory.pages.municipality.adoption')}</a></li>}
        <li><a href={`/instituciones/${place.slug}`}>{t('observatory.pages.municipality.institution')}</a></li>
        <li><a href={`/api/v1/observatory/municipalities/${place.cut}`}>{t('observatory.pages.link.json')}</a></li>
      </ul>
    </Layout>
  );
}
