// /servicios/{slug}/satisfaccion: the service's satisfaction surveys on the 1–7 scale. Each shows its period and who
// may answer; while open, a link to answer it on participation's consultation page; from results_at, the number of
// responses, the average grade (one decimal, rounded half up: satisfaction.ts), the approval share (grades of 4 or
// more, the pass mark) and the distribution. Before results_at nothing of the results shows, not even the count.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { EmptyState } from '../../../../core/views/components/table.js';
import { formatters } from '../../../../core/i18n/index.js';
import { consultationPath } from '../../../participation/index.js';
import type { ServiceRecord } from '../../registry/queries.js';
import type { SurveyView } from '../queries.js';
import { formatTenths } from '../satisfaction.js';
import { GradeChart, percent } from './grade-chart.js';
import { satisfactionPath } from './common.js';
import { serviceCrumbs } from '../../crumbs.js';

/** The last day a survey takes answers: closes_at is the first instant after it. */
const lastDay = (closesAt: Date) => new Date(closesAt.getTime() - 1);

export function SatisfactionPage({ ctx, service, surveys, canCreate, now }: { ctx: ViewContext; service: ServiceRecord; surveys: SurveyView[]; canCreate: boolean; now: Date }) {
  const { t } = ctx;
  const title = t('services.engagement.survey.title');
  return (
    <Layout ctx={ctx} title={`${title} · ${service.title}`} breadcrumbs={serviceCrumbs(ctx, service, title)}>
      <h1>{title}<span class="subtitle">{service.title}</span></h1>
      <p>{t('services.engagement.survey.intro')}</p>
      {canCreate && <p><a class="button button-secondary" href={`${satisfactionPath(service.slug)}/nueva`}>{t('services.engagement.survey.new')}</a></p>}
      {surveys.length === 0 ? <EmptyState>{t('services.engagement.survey.empty')}</EmptyState>
        : surveys.map((s) => <Survey ctx={ctx} s={s} now={now} />)}
    </Layout>
  );
}

function Survey({ ctx, s, now }: { ctx: ViewContext; s: SurveyView; now: Date }) {
  const { t } = ctx;
  const { date, number } = formatters(ctx.locale);
  const state = now < s.opensAt ? 'upcoming' : now < s.closesAt ? 'open' : 'closed';
  const r = s.results;
  return (
    <section class="svc-survey" aria-labelledby={`survey-${s.id}`}>
      <h2 id={`survey-${s.id}`}>{s.title}</h2>
      <p><span class="tag">{t(`services.engagement.survey.state.${state}`)}</span>{' '}
        {t('services.engagement.survey.period', { from: date.format(s.opensAt), to: date.format(lastDay(s.closesAt)) })}
        {' · '}{t(`services.engagement.survey.respondents.${s.respondents as 'signed_in'}`)}</p>
      {state === 'open' && <p><a class="button" href={consultationPath(s.consultationId)}>{t('services.engagement.survey.answer')}</a></p>}
      {!r && <p class="hint">{t('services.engagement.survey.resultsOn', { date: date.format(s.resultsAt) })}</p>}
      {r && r.averageTenths === null && <p>{t('services.engagement.survey.noResponses')}</p>}
      {r && r.averageTenths !== null && (
        <>
          <dl class="svc-figures">
            <div><dt>{t('services.engagement.survey.average')}</dt><dd class="svc-grade">{formatTenths(r.averageTenths, ctx.locale)}</dd></div>
            <div><dt>{t('services.engagement.survey.responses')}</dt><dd>{number.format(r.responses)}</dd></div>
            <div><dt>{t('services.engagement.survey.approval')}</dt><dd>{percent(r.approval!, ctx.locale)}</dd></div>
          </dl>
          <GradeChart ctx={ctx} s={r} caption={t('services.engagement.survey.distribution', { title: s.title })} />
          <p><a href={`${consultationPath(s.consultationId)}/resultados`}>{t('services.engagement.survey.allResults')}</a></p>
        </>
      )}
    </section>
  );
}
