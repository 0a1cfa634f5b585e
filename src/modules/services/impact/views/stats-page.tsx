// /servicios/{slug}/estadisticas: the service's impact in public (issue 10 point 2; beta.gouv.fr publishes each
// startup's usage and impact figures the same way). Per indicator: the latest value as a headline with its changes, the
// chart, the yearly figures, the method, and the table month | value | target | met, which is the chart as text.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { EmptyState, Table } from '../../../../core/views/components/table.js';
import type { ServiceRecord } from '../../registry/queries.js';
import { apiPath, importPath, managePath, monthPath, type IndicatorReport, type ReportPoint } from '../present.js';
import type { TargetOutcome } from '../series.js';
import { IndicatorChart } from './chart.js';
import { formatChange, formatMonth, formatMonthYear, formatValue } from './format.js';
import { serviceCrumbs } from '../../crumbs.js';

const OUTCOME_MARK: Record<TargetOutcome, string> = { met: '✓', missed: '✗', no_data: '?', pending: '…' };

export function StatsPage({ ctx, service, reports, canManage }: { ctx: ViewContext; service: ServiceRecord; reports: IndicatorReport[]; canManage: boolean }) {
  const { t } = ctx;
  const title = t('services.impact.stats.title', { service: service.title });
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={serviceCrumbs(ctx, service, t('services.impact.stats.crumb'))}>
      <h1>{title}</h1>
      <p class="lead">{t('services.impact.stats.lead')}</p>
      {canManage && <p class="svc-impact-actions"><a href={monthPath(service.slug)}>{t('services.impact.month.title')}</a> · <a href={managePath(service.slug)}>{t('services.impact.manage.title')}</a>
        {' · '}<a href={importPath(service.slug)}>{t('services.impact.import.title')}</a></p>}
      {reports.length === 0 ? <EmptyState>{t('services.impact.stats.none')}</EmptyState> : (
        <>
          <nav aria-label={t('services.impact.stats.contents')}><ul class="svc-impact-toc">{reports.map((r) => <li><a href={`#i-${r.indicator.code}`}>{r.indicator.name}</a></li>)}</ul></nav>
          {reports.map((r) => <IndicatorBlock ctx={ctx} report={r} />)}
          <p class="export-links">{t('services.impact.stats.download')}: <a href={`${apiPath(service.slug)}.csv`}>{t('export.csv')}</a> · <a href={apiPath(service.slug)}>{t('export.json')}</a></p>
          <p class="hint">{t('services.impact.stats.rules')}</p>
        </>
      )}
    </Layout>
  );
}

function IndicatorBlock({ ctx, report }: { ctx: ViewContext; report: IndicatorReport }) {
  const { t, locale } = ctx;
  const { indicator: ind, headline } = report;
  const fmt = (v: number) => formatValue(t, locale, ind.unit, v);
  const next = headline ? report.targets.find((x) => x.month >= headline.month) : report.targets[0];
  const judged = new Map(report.targets.map((x) => [x.month, x]));
  const rows = [...report.points].reverse();
  return (
    <section class="svc-impact-indicator" id={`i-${ind.code}`} aria-labelledby={`i-${ind.code}-h`}>
      <h2 id={`i-${ind.code}-h`}>{ind.name}</h2>
      <p class="svc-impact-meta">{t(`services.indicatorKind.${ind.kind}`)} · {t(`services.impact.direction.${ind.direction}`)}</p>
      {ind.description && <p>{ind.description}</p>}
      {headline ? (
        <dl class="svc-impact-headline">
          <div><dt>{t('services.impact.stats.latest', { month: formatMonth(locale, headline.month) })}</dt><dd class="svc-impact-figure">{fmt(headline.value)}</dd></div>
          <div><dt>{t('services.impact.stats.vsMonth')}</dt><dd>{headline.previousMonth ? formatChange(t, locale, ind.unit, headline.previousMonth) : t('services.impact.stats.noComparison')}</dd></div>
          <div><dt>{t('services.impact.stats.vsYear')}</dt><dd>{headline.previousYear ? formatChange(t, locale, ind.unit, headline.previousYear) : t('services.impact.stats.noComparison')}</dd></div>
          {next && <div><dt>{t('services.impact.stats.nextTarget')}</dt><dd>{t('services.impact.stats.targetBy', { value: fmt(next.value), month: formatMonth(locale, next.month) })}</dd></div>}
        </dl>
      ) : <p>{t('services.impact.stats.noValues')}</p>}
      <IndicatorChart ctx={ctx} report={report} id={`c-${ind.code}`} />
      {report.years.length > 0 && (
        <ul class="svc-impact-years">{report.years.map((y) => <li>{t(`services.impact.stats.year.${y.kind}`, { year: y.year, value: fmt(y.value), months: y.months })}</li>)}</ul>
      )}
      <p><strong>{t('services.impact.stats.method')}</strong> {ind.method || t('services.notAvailable')}</p>
      {rows.length > 0 && <Table ctx={ctx} caption={t('services.impact.stats.tableCaption', { name: ind.name })} rows={rows} columns={[
        { header: t('services.impact.stats.month'), rowHeader: true, cell: (p: ReportPoint) => formatMonthYear(locale, p.month) },
        { header: t('services.impact.stats.value'), numeric: true, cell: (p) => (p.value !== null ? fmt(p.value)
          : <span class="svc-impact-gap">{t(p.month > report.currentMonth ? 'services.impact.stats.future' : p.month === report.currentMonth ? 'services.impact.stats.current' : 'services.impact.stats.gap')}</span>) },
        { header: t('services.impact.stats.target'), numeric: true, cell: (p) => (p.target === null ? '' : p.targetOwnMonth ? fmt(p.target) : <span class="svc-impact-muted">{t('services.impact.stats.towards', { value: fmt(p.target) })}</span>) },
        { header: t('services.impact.stats.met'), cell: (p) => {
          const j = judged.get(p.month);
          return j ? <span class={`svc-impact-outcome svc-impact-outcome-${j.outcome}`}>{OUTCOME_MARK[j.outcome]} {t(`services.impact.outcome.${j.outcome}`)}</span> : '';
        } },
      ]} />}
    </section>
  );
}
