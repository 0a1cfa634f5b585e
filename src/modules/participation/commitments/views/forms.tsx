// The official's forms for a commitment: create (with its origin, and for an action-plan line its plan, pillar and
// axes) and edit (fields, progress and status, with a note for the public history). Errors come back with values kept.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { Button, ErrorSummary, Field, Form, Select, TextArea } from '../../../../core/views/components/form.js';
import { Checkboxes } from '../../../../core/views/components/checkboxes.js';
import { commitmentUrl } from '../present.js';
import type { CommitmentDetail } from '../queries.js';
import type { PlanDetail } from '../plans.js';
import { COMMITMENT_STATUSES, ORIGIN_TYPES } from '../schema.js';
import type { FormState } from './official-forms.js';
import { indexPath, taxonomyOptions } from './index-page.js';
import { originLabel, statusLabel } from './parts.js';

type Institution = { id: number; slug: string; name: string };

/** An action-plan line's pillar and axes, from its plan's taxonomy. */
function TaxonomyFields({ ctx, form, plans }: { ctx: ViewContext; form: FormState; plans: PlanDetail[] }) {
  const { t } = ctx;
  const v = form.values;
  const err = form.errors ?? {};
  const axes = (v.axisIds ?? '').split(',').filter(Boolean);
  if (plans.length === 0) return null;
  return <>
    <Select name="pillarId" label={t('participation.plan.pillar')} hint={t('participation.commitment.linesOnly')} value={v.pillarId} error={err.pillarId}
      options={[{ value: '', label: t('participation.commitment.none') }, ...taxonomyOptions(plans, 'pillars')]} />
    <Checkboxes name="axisIds" legend={t('participation.plan.axes')} options={taxonomyOptions(plans, 'axes')} checked={axes} error={err.axisIds} />
  </>;
}

function NoteField({ ctx, form }: { ctx: ViewContext; form: FormState }) {
  const { t } = ctx;
  return <TextArea name="note" label={t('participation.commitment.note')} hint={t('participation.commitment.noteHint')} value={form.values.note} error={form.errors?.note} rows={2} />;
}

function CommonFields({ ctx, form, derived }: { ctx: ViewContext; form: FormState; derived: boolean }) {
  const { t } = ctx;
  const v = form.values;
  const err = form.errors ?? {};
  return <>
    <Field name="title" label={t('participation.commitment.title')} value={v.title} error={err.title} required />
    <TextArea name="description" label={t('participation.commitment.description')} value={v.description} error={err.description} rows={4} />
    <Field name="responsibleUnit" label={t('participation.commitment.responsibleUnit')} hint={t('participation.commitment.responsibleUnitHint')} value={v.responsibleUnit} error={err.responsibleUnit} required />
    <Field name="dueDate" label={t('participation.commitment.dueDate')} hint={t('participation.commitment.dateHint')} value={v.dueDate} error={err.dueDate} inputmode="numeric" required />
    <Field name="weight" type="number" label={t('participation.commitment.weight')} hint={t('participation.commitment.weightHint')} value={v.weight ?? '1'} error={err.weight} inputmode="numeric" />
    {derived ? <p class="hint">{t('participation.commitment.progressDerived')}</p>
      : <Field name="progress" type="number" label={t('participation.commitment.progressPercent')} value={v.progress ?? '0'} error={err.progress} inputmode="numeric" />}
    <Select name="status" label={t('participation.commitment.status')} value={v.status} error={err.status} options={COMMITMENT_STATUSES.map((s) => ({ value: s, label: statusLabel(ctx, s) }))} />
  </>;
}

const LABELS = ['title', 'description', 'responsibleUnit', 'dueDate', 'weight', 'progress', 'status', 'pillarId', 'axisIds', 'note', 'originType', 'originId', 'originRef',
  'parentId', 'actionPlanId', 'processId'] as const;
const labels = (ctx: ViewContext) => Object.fromEntries(LABELS.map((k) => [k, ctx.t(`participation.commitment.field.${k}`)]));

export function NewCommitmentPage({ ctx, institution, plans, form = { values: {} } }: { ctx: ViewContext; institution: Institution; plans: PlanDetail[]; form?: FormState }) {
  const { t } = ctx;
  const v = form.values;
  const err = form.errors ?? {};
  return (
    <Layout ctx={ctx} title={t('participation.commitment.new')} institution={institution} breadcrumbs={[
      { href: indexPath(institution.slug), label: t('participation.commitment.heading') }, { label: t('participation.commitment.new') }]}>
      <h1>{t('participation.commitment.new')}<span class="subtitle">{institution.name}</span></h1>
      <ErrorSummary ctx={ctx} errors={form.errors} labels={labels(ctx)} />
      <Form ctx={ctx} action={indexPath(institution.slug)}>
        <CommonFields ctx={ctx} form={form} derived={false} />
        <Select name="originType" label={t('participation.commitment.origin')} value={v.originType} error={err.originType}
          options={ORIGIN_TYPES.map((o) => ({ value: o, label: originLabel(ctx, o) }))} />
        <Field name="originId" type="number" label={t('participation.commitment.field.originId')} hint={t('participation.commitment.originIdHint')} value={v.originId} error={err.originId} inputmode="numeric" />
        <Field name="originRef" label={t('participation.commitment.field.originRef')} hint={t('participation.commitment.originRefHint')} value={v.originRef} error={err.originRef} />
        {plans.length > 0 && <Select name="actionPlanId" label={t('participation.plan.one')} hint={t('participation.commitment.linesOnly')} value={v.actionPlanId} error={err.actionPlanId}
          options={[{ value: '', label: t('participation.commitment.none') }, ...plans.map((p) => ({ value: String(p.id), label: p.title }))]} />}
        <Field name="parentId" type="number" label={t('participation.commitment.field.parentId')} hint={t('participation.commitment.parentHint')} value={v.parentId} error={err.parentId} inputmode="numeric" />
        <NoteField ctx={ctx} form={form} />
        <Button>{t('participation.commitment.create')}</Button>
      </Form>
    </Layout>
  );
}

export function EditCommitmentPage({ ctx, c, plans, form }: { ctx: ViewContext; c: CommitmentDetail; plans: PlanDetail[]; form: FormState }) {
  const { t } = ctx;
  const line = c.originType === 'action_plan_line';
  return (
    <Layout ctx={ctx} title={t('participation.commitment.editTitle', { title: c.title })} institution={{ slug: c.institutionSlug, name: c.institutionName }} breadcrumbs={[
      { href: indexPath(c.institutionSlug), label: t('participation.commitment.heading') }, { href: commitmentUrl(c.id), label: c.title }, { label: t('participation.commitment.edit') }]}>
      <h1>{t('participation.commitment.edit')}<span class="subtitle">{c.title}</span></h1>
      <ErrorSummary ctx={ctx} errors={form.errors} labels={labels(ctx)} />
      <Form ctx={ctx} action={`${commitmentUrl(c.id)}/editar`}>
        <input type="hidden" name="expectedVersion" value={form.values.expectedVersion ?? String(c.version)} />
        <CommonFields ctx={ctx} form={form} derived={c.children.length > 0} />
        <TaxonomyFields ctx={ctx} form={form} plans={line ? plans.filter((p) => p.id === c.actionPlanId) : []} />
        <NoteField ctx={ctx} form={form} />
        <Button>{t('participation.commitment.save')}</Button>
      </Form>
    </Layout>
  );
}

/** The edit form's starting values: the commitment as it is now. */
export const valuesOf = (c: CommitmentDetail): Record<string, string> => ({
  title: c.title, description: c.description, responsibleUnit: c.responsibleUnit, dueDate: c.dueDate, weight: String(c.weight), progress: String(c.progress),
  status: c.status, pillarId: c.pillarId === null ? '' : String(c.pillarId), axisIds: c.axes.map((a) => a.id).join(','),
});
