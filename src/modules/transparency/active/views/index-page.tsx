// /instituciones/{slug}/transparencia/activa: the categories of Ley 20.285 art. 7 as cards (readable on a phone),
// each with its article letter, current period, last update date and whether it is up to date or late.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import type { CategoryStatusJson } from '../present.js';
import { lang } from '../table-schema.js';
import { formatDay, formatInstant, formatPeriod } from './parts.js';

export function ActiveIndexPage({ ctx, institution, categories }: {
  ctx: ViewContext; institution: { slug: string; name: string }; categories: CategoryStatusJson[];
}) {
  const { t } = ctx;
  const l = lang(ctx.locale);
  return (
    <Layout ctx={ctx} title={`${t('transparency.active.title')} · ${institution.name}`} institution={institution} breadcrumbs={[
      { href: `/instituciones/${institution.slug}`, label: institution.name }, { label: t('transparency.active.title') }]}>
      <h1>{t('transparency.active.title')}<span class="subtitle">{institution.name}</span></h1>
      <p class="lead">{t('transparency.active.lead')}</p>
      <p>{t('transparency.active.rule')}</p>
      <ul class="card-grid">
        {categories.map((c) => (
          <li class="card">
            <h2><a href={c.url}>{c.title[l]}</a></h2>
            <p><span class="tag">{t('transparency.active.article', { letter: c.letter })}</span></p>
            <p>{c.description[l]}</p>
            {c.period && c.updatedAt && <p>{t('transparency.active.period', { period: formatPeriod(ctx, c.period) })}<br />
              {t('transparency.active.updatedAt', { date: formatInstant(ctx, new Date(c.updatedAt)) })}</p>}
            <p>{c.status === 'late'
              ? <strong>{t('transparency.active.status.late', { period: formatPeriod(ctx, c.expectedPeriod!), date: formatDay(ctx, c.dueOn!, 'long') })}</strong>
              : t(c.status === 'current' ? 'transparency.active.status.current' : 'transparency.active.status.missing')}</p>
          </li>
        ))}
      </ul>
      <p><a href={`/api/v1/transparency/active/${institution.slug}`}>{t('transparency.active.api')}</a></p>
    </Layout>
  );
}
