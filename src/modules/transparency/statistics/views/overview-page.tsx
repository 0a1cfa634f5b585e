// /transparencia/estadisticas — every institution's requests of one year in one table (a row per institution with
// requests that year, totals below), linking each to its own statistics page.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { Table } from '../../../../core/views/components/table.js';
import type { YearFigures } from '../queries.js';
import { CountingNotes, OnTimeBars, OVERVIEW_PATH, YearTabs, formatDays, formatShare, statisticsPath } from './parts.js';

export type OverviewRow = YearFigures & { slug: string; name: string };
const SUMMED = ['received', 'answered', 'answeredOnTime', 'answeredLate', 'pending', 'overdue'] as const;

export function OverviewStatisticsPage({ ctx, year, years, rows }: { ctx: ViewContext; year: number; years: number[]; rows: OverviewRow[] }) {
  const { t } = ctx;
  const title = t('transparency.statistics.title');
  const n = (value: number) => new Intl.NumberFormat(ctx.locale).format(value);
  const share = (onTime: number, answered: number) => (answered ? formatShare(onTime / answered, ctx.locale) : '—');
  const totals = Object.fromEntries(SUMMED.map((k) => [k, rows.reduce((sum, r) => sum + r[k], 0)])) as Record<(typeof SUMMED)[number], number>;
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={[{ href: '/', label: t('nav.home') }, { href: '/transparencia', label: t('module.transparency') }, { label: title }]}>
      <h1>{title}</h1>
      <p class="lead">{t('transparency.statistics.overviewLead', { year })}</p>
      <YearTabs ctx={ctx} years={years} year={year} path={OVERVIEW_PATH} />
      {rows.length === 0 ? <p class="empty-state">{t('transparency.statistics.none', { year })}</p> : <>
        <OnTimeBars ctx={ctx} year={year} onTime={totals.answeredOnTime} late={totals.answeredLate} />
        <Table ctx={ctx} caption={t('transparency.statistics.overviewCaption', { year })} rows={rows} columns={[
          { header: t('transparency.statistics.institution'), cell: (r) => <a href={`${statisticsPath(r.slug)}?anio=${year}`}>{r.name}</a>, rowHeader: true },
          ...SUMMED.map((k) => ({ header: t(`transparency.statistics.${k}`), cell: (r: OverviewRow) => n(r[k]), numeric: true })),
          { header: t('transparency.statistics.onTimeShare'), cell: (r) => share(r.answeredOnTime, r.answered), numeric: true },
          { header: t('transparency.statistics.medianShort'), cell: (r) => formatDays(r.medianBusinessDays, ctx.locale), numeric: true },
        ]} footer={<>
          <th scope="row">{t('transparency.statistics.total')}</th>
          {SUMMED.map((k) => <td class="num">{n(totals[k])}</td>)}
          <td class="num">{share(totals.answeredOnTime, totals.answered)}</td>
          <td class="num">—</td>
        </>} />
      </>}
      <p class="export-links"><a href={`${OVERVIEW_PATH}.csv?anio=${year}`} download>{t('transparency.statistics.csvYear')}</a> · <a href={`/api/v1/transparency/statistics?year=${year}`}>JSON</a></p>
      <CountingNotes ctx={ctx} />
    </Layout>
  );
}
