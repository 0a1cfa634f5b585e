// /instituciones/{slug}/participacion/compromisos: an institution's commitments as cards (title, status and overdue
// flag, a progress bar, due date, unit, origin: readable on a phone), a GET filter form (status, overdue, origin,
// plan, pillar, axis), cursor pagination and the CSV/JSON links of the same filtered list; officials get "new".
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { Button, Form, Select } from '../../../../core/views/components/form.js';
import { EmptyState, ExportLinks, Pagination } from '../../../../core/views/components/table.js';
import { canManageCommitments } from '../policy.js';
import { commitmentUrl, planUrl } from '../present.js';
import type { CommitmentRow } from '../queries.js';
import type { PlanDetail } from '../plans.js';
import { COMMITMENT_STATUSES, ORIGIN_TYPES } from '../schema.js';
import type { FilterQuery } from '../service.js';
import { formatDay, originLabel, ProgressLine, StatusTags, statusLabel } from './parts.js';

export const indexPath = (slug: string) => `/instituciones/${slug}/participacion/compromisos`;

/** Pillars and axes of every plan, named "plan: pillar" when the institution has more than one plan. */
export const taxonomyOptions = (plans: PlanDetail[], kind: 'pillars' | 'axes') =>
  plans.flatMap((p) => p[kind].map((x) => ({ value: String(x.id), label: plans.length > 1 ? `${p.title}: ${x.name}` : x.name })));

export function CommitmentIndexPage({ ctx, institution, plans, filter, rows, next }: {
  ctx: ViewContext; institution: { id: number; slug: string; name: string }; plans: PlanDetail[]; filter: FilterQuery; rows: CommitmentRow[]; next: string | null;
}) {
  const { t } = ctx;
  const base = indexPath(institution.slug);
  const all = (label: string) => ({ value: '', label });
  const str = (v: unknown) => (v === undefined ? '' : String(v));
  return (
    <Layout ctx={ctx} title={t('participation.commitment.ofInstitution', { institution: institution.name })} institution={institution} breadcrumbs={[
      { href: `/instituciones/${institution.slug}/participacion`, label: t('participation.title') }, { label: t('participation.commitment.heading') }]}>
      <h1>{t('participation.commitment.heading')}<span class="subtitle">{institution.name}</span></h1>
      <p class="lead">{t('participation.commitment.lead')}</p>
      {plans.length > 0 && <p>{plans.map((p, i) => <>{i > 0 && ' · '}<a href={planUrl(p.id)}>{t('participation.plan.dashboardOf', { plan: p.title })}</a></>)}</p>}
      {canManageCommitments(ctx.actor, institution.id) && <p><a class="button button-primary" href={`${base}/nuevo`}>{t('participation.commitment.new')}</a></p>}
      <Form ctx={ctx} action={base} method="get" class="filters">
        <Select name="status" label={t('participation.commitment.status')} value={str(filter.status)}
          options={[all(t('participation.commitment.allStatuses')), ...COMMITMENT_STATUSES.map((s) => ({ value: s, label: statusLabel(ctx, s) }))]} />
        <Select name="overdue" label={t('participation.commitment.overdueFilter')} value={str(filter.overdue)} options={[all(t('participation.commitment.any')),
          { value: 'true', label: t('participation.commitment.onlyOverdue') }, { value: 'false', label: t('participation.commitment.notOverdue') }]} />
        <Select name="origin" label={t('participation.commitment.origin')} value={str(filter.origin)}
          options={[all(t('participation.commitment.allOrigins')), ...ORIGIN_TYPES.map((o) => ({ value: o, label: originLabel(ctx, o) }))]} />
        {plans.length > 0 && <>
          <Select name="plan" label={t('participation.plan.one')} value={str(filter.plan)} options={[all(t('participation.commitment.any')), ...plans.map((p) => ({ value: String(p.id), label: p.title }))]} />
          <Select name="pillar" label={t('participation.plan.pillar')} value={str(filter.pillar)} options={[all(t('participation.commitment.any')), ...taxonomyOptions(plans, 'pillars')]} />
          <Select name="axis" label={t('participation.plan.axis')} value={str(filter.axis)} options={[all(t('participation.commitment.any')), ...taxonomyOptions(plans, 'axes')]} />
        </>}
        <Button variant="secondary">{t('participation.commitment.filter')}</Button>
      </Form>
      <h2>{t('participation.commitment.listCaption', { institution: institution.name })}</h2>
      {rows.length === 0 ? <EmptyState>{t('participation.commitment.noneFound')}</EmptyState> : (
        <ol class="card-grid">
          {rows.map((r) => (
            <li class="card">
              <h3><a href={commitmentUrl(r.id)}>{r.title}</a></h3>
              <p><StatusTags ctx={ctx} status={r.status} overdue={r.overdue} /></p>
              <ProgressLine ctx={ctx} progress={r.progress} />
              <p class="hint">{t('participation.commitment.cardFacts', { due: formatDay(ctx, r.dueDate), unit: r.responsibleUnit, origin: originLabel(ctx, r.originType) })}</p>
            </li>
          ))}
        </ol>
      )}
      <Pagination ctx={ctx} baseUrl={ctx.url} nextCursor={next} isFirstPage={!filter.cursor} />
      <ExportLinks ctx={ctx} baseUrl={ctx.url} />
    </Layout>
  );
}
