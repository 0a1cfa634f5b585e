// /instituciones/{slug}/transparencia/estadisticas — one institution's requests of one year: the headline figures,
// the on-time bar, and tables by outcome, by kind of answer and by art. 21 ground of denial, each with a caption.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { Table } from '../../../../core/views/components/table.js';
import type { MessageKey } from '../../../../core/i18n/index.js';
import { ANSWER_KINDS, DENIAL_CAUSES, type DenialCause } from '../../requests/schema.js';
import type { YearFigures } from '../queries.js';
import { CountingNotes, OnTimeBars, YearTabs, formatDays, formatShare, statisticsPath } from './parts.js';

type Institution = { slug: string; name: string };
const OUTCOMES = ['received', 'answered', 'answeredOnTime', 'answeredLate', 'pending', 'overdue', 'extended', 'transferred', 'withdrawn'] as const;

/** '21.1.a' → '1 a)', as the law numbers and letters it. */
const causeRef = (cause: DenialCause) => cause.slice(3).replace('.', ' ').replace(/ (\w)$/, ' $1)');

export function InstitutionStatisticsPage({ ctx, institution: i, year, years, figures }: {
  ctx: ViewContext; institution: Institution; year: number; years: number[]; figures: YearFigures | null;
}) {
  const { t } = ctx;
  const path = statisticsPath(i.slug);
  const title = t('transparency.statistics.title');
  const n = (value: number) => new Intl.NumberFormat(ctx.locale).format(value);
  return (
    <Layout ctx={ctx} title={`${title} · ${i.name}`} institution={i} breadcrumbs={[
      { href: `/instituciones/${i.slug}`, label: i.name },
      { href: `/instituciones/${i.slug}/transparencia`, label: t('module.transparency') },
      { label: title },
    ]}>
      <h1>{title}</h1>
      <p class="lead">{t('transparency.statistics.lead', { name: i.name, year })}</p>
      <YearTabs ctx={ctx} years={years} year={year} path={path} />
      {!figures ? <p class="empty-state">{t('transparency.statistics.none', { year })}</p> : <>
        <dl class="facts">
          <div><dt>{t('transparency.statistics.received')}</dt><dd>{n(figures.received)}</dd></div>
          <div><dt>{t('transparency.statistics.onTimeShare')}</dt><dd>{figures.answered ? formatShare(figures.answeredOnTime / figures.answered, ctx.locale) : '—'}</dd></div>
          <div><dt>{t('transparency.statistics.overdue')}</dt><dd>{n(figures.overdue)}</dd></div>
          <div><dt>{t('transparency.statistics.median')}</dt><dd>{formatDays(figures.medianBusinessDays, ctx.locale)}</dd></div>
        </dl>
        <OnTimeBars ctx={ctx} year={year} onTime={figures.answeredOnTime} late={figures.answeredLate} />
        <Table ctx={ctx} caption={t('transparency.statistics.outcomesCaption', { year })} rows={[...OUTCOMES]} columns={[
          { header: t('transparency.statistics.figure'), cell: (k) => t(`transparency.statistics.${k}`), rowHeader: true },
          { header: t('transparency.statistics.count'), cell: (k) => n(figures[k]), numeric: true },
        ]} />
        <Table ctx={ctx} caption={t('transparency.statistics.kindsCaption', { year })} rows={[...ANSWER_KINDS]} columns={[
          { header: t('transparency.statistics.kind'), cell: (k) => t(`transparency.request.answer.kind.${k}` as MessageKey), rowHeader: true },
          { header: t('transparency.statistics.count'), cell: (k) => n(figures.answersByKind[k]), numeric: true },
        ]} />
        <Table ctx={ctx} caption={t('transparency.statistics.causesCaption', { year })} rows={[...DENIAL_CAUSES]} columns={[
          { header: t('transparency.statistics.cause'), rowHeader: true, cell: (c) => <>
            {t('transparency.statistics.causeRef', { ref: causeRef(c) })}
            <span class="cell-note">{t(`transparency.request.cause.${c}` as MessageKey)}</span>
          </> },
          { header: t('transparency.statistics.count'), cell: (c) => n(figures.deniedByCause[c]), numeric: true },
        ]} />
      </>}
      <p class="export-links"><a href={`${path}.csv`} download>{t('transparency.statistics.csv')}</a> · <a href={`/api/v1/transparency/statistics?institution=${i.slug}`}>JSON</a></p>
      <CountingNotes ctx={ctx} />
      <p><a href="/transparencia/estadisticas">{t('transparency.statistics.allInstitutions')}</a></p>
    </Layout>
  );
}
