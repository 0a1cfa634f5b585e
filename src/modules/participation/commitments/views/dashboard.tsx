// The public dashboard of an action plan (/participacion/planes-de-accion/{id}): progress by pillar and by transversal
// axis as bars with the figures in text (done and overdue lines counted), then every line with its pillar and axes.
// Bars are SVG drawn on the server; the numbers are HTML, so a phone, a screen reader and a printout all read them.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { Table } from '../../../../core/views/components/table.js';
import { commitmentUrl } from '../present.js';
import type { Dashboard, PlanDetail, Tally } from '../plans.js';
import { indexPath } from './index-page.js';
import { formatDay, ProgressRow, StatusTags } from './parts.js';

function TallyBars({ ctx, id, title, caption, rows }: { ctx: ViewContext; id: string; title: string; caption: string; rows: Tally[] }) {
  const { t } = ctx;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <figure class="chart bars">
        <dl>{rows.map((r) => <ProgressRow label={r.name} progress={r.progress}
          detail={t('participation.plan.counts', { lines: r.lines, done: r.done, overdue: r.overdue })} />)}</dl>
        <figcaption>{caption}</figcaption>
      </figure>
    </section>
  );
}

export function PlanDashboardPage({ ctx, plan, dashboard, others }: { ctx: ViewContext; plan: PlanDetail; dashboard: Dashboard; others: Array<{ id: number; title: string }> }) {
  const { t } = ctx;
  const institution = { slug: plan.institutionSlug, name: plan.institutionName };
  const pillarOf = new Map(plan.pillars.map((p) => [p.id, p.name]));
  const axisOf = new Map(plan.axes.map((a) => [a.id, a.name]));
  const { total } = dashboard;
  return (
    <Layout ctx={ctx} title={plan.title} institution={institution} breadcrumbs={[
      { href: `/instituciones/${plan.institutionSlug}/participacion`, label: t('participation.title') },
      { href: indexPath(plan.institutionSlug), label: t('participation.commitment.heading') }, { label: plan.title }]}>
      <h1>{plan.title}{plan.period && <span class="subtitle">{plan.period}</span>}</h1>
      {plan.description && <p class="lead">{plan.description}</p>}
      <dl class="facts">
        <div><dt>{t('participation.plan.progress')}</dt><dd>{total.progress} %</dd></div>
        <div><dt>{t('participation.plan.lines')}</dt><dd>{total.lines}</dd></div>
        <div><dt>{t('participation.plan.done')}</dt><dd>{total.done}</dd></div>
        <div><dt>{t('participation.plan.overdue')}</dt><dd>{total.overdue}</dd></div>
      </dl>
      <TallyBars ctx={ctx} id="by-pillar" title={t('participation.plan.byPillar')} caption={t('participation.plan.barsCaption')} rows={dashboard.byPillar} />
      <TallyBars ctx={ctx} id="by-axis" title={t('participation.plan.byAxis')} caption={t('participation.plan.axesCaption')} rows={dashboard.byAxis} />
      <h2>{t('participation.plan.lines')}</h2>
      <Table ctx={ctx} caption={t('participation.plan.linesCaption', { plan: plan.title })} rows={dashboard.lines} columns={[
        { header: t('participation.commitment.title'), rowHeader: true, cell: (l) => <a href={commitmentUrl(l.id)}>{l.title}</a> },
        { header: t('participation.plan.pillar'), cell: (l) => (l.pillarId ? pillarOf.get(l.pillarId) : '') },
        { header: t('participation.plan.axes'), cell: (l) => l.axisIds.map((a) => axisOf.get(a)).join(', ') },
        { header: t('participation.commitment.status'), cell: (l) => <StatusTags ctx={ctx} status={l.status} overdue={l.overdue} /> },
        { header: t('participation.commitment.progress'), numeric: true, cell: (l) => `${l.progress} %` },
        { header: t('participation.commitment.dueDate'), cell: (l) => formatDay(ctx, l.dueDate) },
      ]} />
      <p class="export-links"><a href={`${indexPath(plan.institutionSlug)}?plan=${plan.id}&format=csv`}>{t('export.csv')}</a> · <a href={`/api/v1/participation/action-plans/${plan.id}`}>JSON</a></p>
      {others.length > 0 && <p>{t('participation.plan.others')} {others.map((o, i) => <>{i > 0 && ' · '}<a href={`/participacion/planes-de-accion/${o.id}`}>{o.title}</a></>)}</p>}
    </Layout>
  );
}

export function NoPlanPage({ ctx, institution, canCreate }: { ctx: ViewContext; institution: { slug: string; name: string }; canCreate: boolean }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('participation.plan.heading')} institution={institution}>
      <h1>{t('participation.plan.heading')}<span class="subtitle">{institution.name}</span></h1>
      <p class="empty-state">{t('participation.plan.noneYet')}</p>
      {canCreate && <p><a class="button button-primary" href={`/instituciones/${institution.slug}/participacion/plan-de-accion/nuevo`}>{t('participation.plan.new')}</a></p>}
    </Layout>
  );
}
