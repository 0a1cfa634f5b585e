// /compras/estadisticas (by region or by institution, with the total) and /instituciones/{slug}/compras/estadisticas
// (one institution: its headline, its awards by kind of supplier, and its figures year by year).
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { EmptyState } from '../../../../core/views/components/table.js';
import type { InstitutionDetail } from '../../../../core/tenancy/queries.js';
import type { StatisticsRow } from '../statistics.js';
import { ChoiceTabs, MARKETPLACE_PATH, STATISTICS_PATH, institutionStatisticsPath, landingPath } from './parts.js';
import { ChoiceBar, CountingNotes, GroupTables, Headline, KindTable, withChoice, type StatisticsChoice } from './statistics-parts.js';

export type OverviewGrouping = 'region' | 'institution';
const BY_PARAM: Record<OverviewGrouping, string> = { region: 'region', institution: 'institucion' };

export function OverviewStatisticsPage({ ctx, groupBy, choice, years, rows, total }: {
  ctx: ViewContext; groupBy: OverviewGrouping; choice: StatisticsChoice; years: number[]; rows: StatisticsRow[]; total: StatisticsRow | null;
}) {
  const { t } = ctx;
  const title = t('procurement.marketplace.stats.title');
  const extra = { por: BY_PARAM[groupBy] };
  const groupName = t(`procurement.marketplace.stats.by.${groupBy}`);
  const api = `/api/v1/procurement/statistics?groupBy=${groupBy}${choice.year ? `&year=${choice.year}` : ''}${choice.pending ? '&includePending=true' : ''}`;
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={[{ href: '/', label: t('nav.home') }, { href: MARKETPLACE_PATH, label: t('module.procurement') }, { label: title }]}>
      <h1>{title}</h1>
      <p class="lead">{t('procurement.marketplace.stats.lead')}</p>
      <ChoiceTabs ctx={ctx} label={t('procurement.marketplace.stats.grouping')} choices={(['region', 'institution'] as const).map((g) => ({
        label: t(`procurement.marketplace.stats.by.${g}`), href: withChoice(STATISTICS_PATH, choice, { por: BY_PARAM[g] }), current: g === groupBy,
      }))} />
      <ChoiceBar ctx={ctx} path={STATISTICS_PATH} years={years} choice={choice} extra={extra} />
      {!total || rows.length === 0 ? <EmptyState>{t('procurement.marketplace.stats.none')}</EmptyState> : <>
        <Headline ctx={ctx} row={total} year={choice.year} />
        <GroupTables ctx={ctx} rows={rows} total={total} groupHeader={groupName}
          groupCell={(r) => (groupBy === 'institution' ? <a href={withChoice(institutionStatisticsPath(r.key), choice)}>{r.name}</a>
            : r.name || t('procurement.marketplace.stats.noRegion'))}
          captions={{ shares: t('procurement.marketplace.stats.sharesCaption', { group: groupName }),
            competition: t('procurement.marketplace.stats.competitionCaption', { group: groupName }) }} />
      </>}
      <p class="export-links">
        {t('export.label')}: <a href={withChoice(`${STATISTICS_PATH}.csv`, choice, extra)} download>{t('export.csv')}</a> · <a href={api}>{t('export.json')}</a>
      </p>
      <CountingNotes ctx={ctx} />
    </Layout>
  );
}

export function InstitutionStatisticsPage({ ctx, institution: i, choice, years, row, byYear }: {
  ctx: ViewContext; institution: InstitutionDetail; choice: StatisticsChoice; years: number[]; row: StatisticsRow | null; byYear: StatisticsRow[];
}) {
  const { t } = ctx;
  const title = t('procurement.marketplace.stats.title');
  const path = institutionStatisticsPath(i.slug);
  const api = `/api/v1/procurement/statistics?groupBy=institution&institution=${i.slug}${choice.year ? `&year=${choice.year}` : ''}${choice.pending ? '&includePending=true' : ''}`;
  return (
    <Layout ctx={ctx} title={`${title} · ${i.name}`} institution={i} breadcrumbs={[{ href: '/', label: t('nav.home') },
      { href: `/instituciones/${i.slug}`, label: i.name }, { href: landingPath(i.slug), label: t('procurement.marketplace.landing.title') }, { label: title }]}>
      <h1>{title}<span class="subtitle">{i.name}</span></h1>
      <p class="lead">{t('procurement.marketplace.stats.institutionLead')}</p>
      <ChoiceBar ctx={ctx} path={path} years={years} choice={choice} />
      {!row ? <EmptyState>{t('procurement.marketplace.stats.none')}</EmptyState> : <>
        <Headline ctx={ctx} row={row} year={choice.year} />
        {row.awards > 0 && <KindTable ctx={ctx} row={row} year={choice.year} />}
      </>}
      {byYear.length > 1 && <GroupTables ctx={ctx} rows={byYear} total={null} groupHeader={t('procurement.marketplace.stats.by.year')} groupCell={(r) => r.key}
        captions={{ shares: t('procurement.marketplace.stats.sharesCaption', { group: t('procurement.marketplace.stats.by.year') }),
          competition: t('procurement.marketplace.stats.competitionCaption', { group: t('procurement.marketplace.stats.by.year') }) }} />}
      <p class="export-links">
        {t('export.label')}: <a href={withChoice(`${path}.csv`, { ...choice, year: null })} download>{t('procurement.marketplace.stats.csvByYear')}</a> · <a href={api}>{t('export.json')}</a>
      </p>
      <CountingNotes ctx={ctx} />
    </Layout>
  );
}
