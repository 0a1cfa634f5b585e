// /observatorio/adopcion/{region}: the regional dashboard of the adoption tracker. The published figures as sentences,
// the counts per stage, the map (shade = platforms enabled or in production), the quarterly trend, the municipality ×
// platform matrix, and the programme: workshops (officials trained) and support visits (satisfaction on 1–7).
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { formatters } from '../../../../core/i18n/index.js';
import { RegionMap, type ComunaFill } from '../../maps/index.js';
import type { Dashboard } from '../dashboard.js';
import type { Workshop } from '../queries.js';
import { adoptionPath, recordPath } from '../present.js';
import { PlatformFigures, AdoptionMatrix } from './matrix.js';
import { TrendChart } from './trend-chart.js';
import { IllustrativeNotice, RegionTabs, formatDay, formatDecimal, formatShare, regionCrumbs } from './parts.js';
import { WorkshopList } from './workshops-page.js';

const LEVELS = [0, 1, 2, 3, 4];

export function DashboardPage({ ctx, d, latestWorkshops }: { ctx: ViewContext; d: Dashboard; latestWorkshops: Workshop[] }) {
  const { t } = ctx;
  const { number } = formatters(ctx.locale);
  const fills = new Map<string, ComunaFill>(d.matrix.map((m) => [m.cut, {
    className: `map-level-${m.enabledPlatforms}`, href: recordPath(d.region.code, m.cut),
    label: t('observatory.adoption.mapLabel', { name: m.name, n: m.enabledPlatforms }),
  }]));
  const v = d.visits;
  return (
    <Layout ctx={ctx} title={t('observatory.adoption.regionTitle', { region: d.region.name })} breadcrumbs={regionCrumbs(ctx, d.region)}>
      <h1>{t('observatory.adoption.regionTitle', { region: d.region.name })}<span class="subtitle">{d.region.regionalGovernment}</span></h1>
      <RegionTabs ctx={ctx} code={d.region.code} current="dashboard" />
      {d.illustrative && <IllustrativeNotice ctx={ctx} />}
      <p>{t('observatory.adoption.asOf', { date: formatDay(ctx, d.asOf), tracked: d.tracked, total: d.municipalities })}</p>

      <h2 id="plataformas">{t('observatory.adoption.platformsHeading')}</h2>
      <PlatformFigures ctx={ctx} d={d} />

      <h2 id="mapa">{t('observatory.adoption.mapHeading')}</h2>
      <RegionMap regionCode={d.region.code} fills={fills} locale={ctx.locale} title={t('observatory.adoption.mapTitle', { region: d.region.name })}
        description={t('observatory.adoption.mapDesc')} legend={LEVELS.map((n) => ({ className: `map-level-${n}`, label: t('observatory.adoption.mapLegend', { n }) }))} />
      <p class="hint">{t('observatory.adoption.mapCaption')}</p>

      <h2 id="tendencia">{t('observatory.adoption.trendHeading')}</h2>
      <TrendChart ctx={ctx} d={d} />

      <h2 id="municipios">{t('observatory.adoption.matrixHeading')}</h2>
      <AdoptionMatrix ctx={ctx} d={d} />

      <h2 id="talleres">{t('observatory.adoption.workshopsHeading')}</h2>
      <p class="obs-key-figure">{t('observatory.adoption.workshopsSummary', { count: number.format(d.workshops.count), attendees: number.format(d.workshops.attendees),
        reached: d.workshops.municipalitiesReached })}</p>
      {latestWorkshops.length > 0 && <WorkshopList ctx={ctx} rows={latestWorkshops} caption={t('observatory.adoption.latestWorkshops')} />}
      <p><a href={`${adoptionPath(d.region.code)}/talleres`}>{t('observatory.adoption.allWorkshops')}</a></p>

      <h2 id="visitas">{t('observatory.adoption.visitsHeading')}</h2>
      <p class="obs-key-figure">{v.answers === 0 ? t('observatory.adoption.visitsNoAnswers', { count: v.count })
        : t('observatory.adoption.visitsSummary', { count: v.count, answers: v.answers, share: formatShare(ctx, v.positiveShare), mean: formatDecimal(ctx, v.mean) })}</p>
      <p class="hint">{t('observatory.adoption.positiveRule')}</p>
      <p><a href={`${adoptionPath(d.region.code)}/visitas`}>{t('observatory.adoption.allVisits')}</a></p>

      <p class="export-links">{t('export.label')}: <a href={`/api/v1/observatory/adoption/${d.region.code}`}>{t('observatory.adoption.json')}</a></p>
    </Layout>
  );
}
