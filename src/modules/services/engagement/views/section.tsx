// The engagement part of the service page: the three most supported needs with the backlog's size and its link,
// and the latest survey's average once public, with the satisfaction page's link. Compact on purpose: the area's own
// pages hold the rest.
import type { ViewContext } from '../../../../core/views/context.js';
import { formatters } from '../../../../core/i18n/index.js';
import { proposalUrl } from '../../../participation/index.js';
import type { NeedRow, SurveyView } from '../queries.js';
import { formatTenths } from '../satisfaction.js';
import { needsPath, satisfactionPath } from './common.js';

export function EngagementSection({ ctx, slug, needs, total, survey, anySurvey }: {
  ctx: ViewContext; slug: string; needs: NeedRow[]; total: number; survey: SurveyView | null; anySurvey: boolean;
}) {
  const { t } = ctx;
  const { number, date } = formatters(ctx.locale);
  const grade = survey?.results?.averageTenths ?? null;
  return (
    <section class="svc-section" aria-labelledby="svc-engagement">
      <h2 id="svc-engagement">{t('services.engagement.section.title')}</h2>
      <h3>{t('services.engagement.section.needs')}</h3>
      {needs.length > 0 && (
        <ol class="svc-top-needs">{needs.map((n) => (
          <li><a href={proposalUrl(n.id)}>{n.title}</a> · {t('services.engagement.needs.supports', { n: number.format(n.supportsCount) })}</li>
        ))}</ol>
      )}
      <p><a href={needsPath(slug)}>{total > 0 ? t('services.engagement.section.allNeeds', { n: number.format(total) }) : t('services.engagement.section.firstNeed')}</a></p>
      <h3>{t('services.engagement.section.satisfaction')}</h3>
      {grade !== null && survey
        ? <p>{t('services.engagement.section.latest', { title: survey.title, grade: formatTenths(grade, ctx.locale),
          n: number.format(survey.results!.responses), date: date.format(new Date(survey.closesAt.getTime() - 1)) })}</p>
        : <p>{t(anySurvey ? 'services.engagement.section.pending' : 'services.engagement.section.noSurvey')}</p>}
      <p><a href={satisfactionPath(slug)}>{t('services.engagement.section.surveys')}</a></p>
    </section>
  );
}
