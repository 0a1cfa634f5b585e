// /servicios/{slug} — one service in public: its mission (the users' problem), current phase and the dated timeline
// of every phase, incubator, sponsors, lead and team, who it is for, its links and where it came from (a grant or a
// proposal), the Transparencia box, then the areas' sections (impact, reviews, engagement, funding), in that order.
// The people who may manage or review it see the links to do so (policy.ts), nobody else does.
import type { ComponentChildren } from 'preact';
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { canManageService, canReviewService } from '../../policy.js';
import type { ServiceRecord } from '../../registry/queries.js';
import type { Box } from '../box.js';
import { contractPath, institutionPath, proposalPath, servicePath } from '../present.js';
import { FEED_PATH } from '../feed.js';
import { REGISTRY_PATH } from './registry-page.js';
import { OverdueFlag, PhaseBadge, TransparencyBox, formatDay } from './parts.js';
import { servicesCrumbs } from '../../crumbs.js';

export function ServicePage({ ctx, service: s, box, overdue, sections }: {
  ctx: ViewContext; service: ServiceRecord; box: Box; overdue: boolean; sections: ComponentChildren[];
}) {
  const { t } = ctx;
  const path = servicePath(s.slug);
  const list = (values: string[]) => values.join(', ') || t('services.notAvailable');
  return (
    <Layout ctx={ctx} title={s.title} breadcrumbs={servicesCrumbs(ctx, s.title)}
      alternates={[{ href: `/api/v1/services/${s.slug}`, type: 'application/json', title: s.title },
        { href: FEED_PATH, type: 'application/atom+xml', title: t('services.public.feed.title') }]}>
      <h1>{s.title}</h1>
      <p>
        {s.current && <PhaseBadge ctx={ctx} phase={s.current.phase} since={s.current.startedOn} />}
        {overdue && <> <OverdueFlag ctx={ctx} /></>}
      </p>
      <p class="lead">{s.mission}</p>
      <ActionLinks ctx={ctx} service={s} path={path} />
      <dl class="svc-facts svc-facts-wide">
        <dt>{t('services.public.incubator')}</dt>
        <dd><a href={`${REGISTRY_PATH}?incubadora=${encodeURIComponent(s.incubator.slug)}`}>{s.incubator.name}</a>
          <span class="cell-note"><a href={institutionPath(s.incubator.institutionSlug)}>{s.incubator.institutionName}</a></span></dd>
        <dt>{t('services.public.sponsors')}</dt>
        <dd>{s.sponsors.map((x, i) => <>{i > 0 && ', '}<a href={institutionPath(x.slug)}>{x.name}</a></>)}</dd>
        <dt>{t('services.public.leadOfficial')}</dt><dd>{s.leadName}{s.leadTitle && <span class="cell-note">{s.leadTitle}</span>}</dd>
        <dt>{t('services.public.team')}</dt>
        <dd>{s.team.length === 0 ? t('services.notAvailable') : <ul class="svc-plain">{s.team.map((m) => <li>{m.name} <span class="cell-note">{m.role}</span></li>)}</ul>}</dd>
        <dt>{t('services.public.userTypes')}</dt><dd>{list(s.userTypes.map((u) => t(`services.userType.${u}`)))}</dd>
        <dt>{t('services.public.themes')}</dt><dd>{list(s.themes.map((v) => t(`services.theme.${v}`)))}</dd>
        <dt>{t('services.public.reach')}</dt><dd>{t(`services.reach.${s.reach}`)}</dd>
        <dt>{t('services.public.link')}</dt><dd>{s.link ? <a href={s.link} rel="external">{s.link}</a> : t('services.notAvailable')}</dd>
        <dt>{t('services.public.contact')}</dt><dd>{s.contact ? <Contact value={s.contact} /> : t('services.notAvailable')}</dd>
        {(s.grantContractId || s.proposalId) && <>
          <dt>{t('services.public.origin')}</dt>
          <dd>{s.grantContractId ? <a href={contractPath(s.grantContractId)}>{t('services.public.origin.grant')}</a>
            : <a href={proposalPath(s.proposalId!)}>{t('services.public.origin.proposal')}</a>}</dd>
        </>}
      </dl>
      <section aria-labelledby="fases">
        <h2 id="fases">{t('services.public.timeline')}</h2>
        <ol class="svc-timeline">
          {s.phases.map((p, i) => {
            const end = s.phases[i + 1]?.startedOn;
            return (
              <li class={p === s.current ? 'svc-current' : undefined} aria-current={p === s.current ? 'step' : undefined}>
                <strong>{t(`services.phase.${p.phase}`)}</strong>{' '}
                <span>{end ? t('services.public.between', { start: formatDay(ctx.locale, p.startedOn), end: formatDay(ctx.locale, end) })
                  : t('services.public.since', { date: formatDay(ctx.locale, p.startedOn) })}</span>
                {p.note && <span class="cell-note">{p.note}</span>}
              </li>
            );
          })}
        </ol>
      </section>
      <TransparencyBox ctx={ctx} box={box} />
      {sections}
      <p class="export-links">{t('export.label')}: <a href={`/api/v1/services/${s.slug}`}>{t('export.json')}</a></p>
    </Layout>
  );
}

/** A contact is a team mailbox or a contact page (registry/schema.ts): a mailto link for the first. */
const Contact = ({ value }: { value: string }) => (/^[^\s@]+@[^\s@]+$/.test(value) ? <a href={`mailto:${value}`}>{value}</a> : <a href={value}>{value}</a>);

function ActionLinks({ ctx, service: s, path }: { ctx: ViewContext; service: ServiceRecord; path: string }) {
  const { t } = ctx;
  const manage = canManageService(ctx.actor, s.parties);
  const review = canReviewService(ctx.actor, s.parties);
  if (!manage && !review) return null;
  return (
    <nav class="svc-actions" aria-label={t('services.public.actions')}>
      <ul class="svc-plain svc-inline">
        {manage && <>
          <li><a href={`${path}/editar`}>{t('services.public.action.edit')}</a></li>
          <li><a href={`${path}/fases`}>{t('services.public.action.phases')}</a></li>
          <li><a href={`${path}/indicadores`}>{t('services.public.action.indicators')}</a></li>
          <li><a href={`${path}/presupuesto`}>{t('services.public.action.budget')}</a></li>
        </>}
        {review && <li><a href={`${path}/revisiones/nueva`}>{t('services.public.action.review')}</a></li>}
      </ul>
    </nav>
  );
}
