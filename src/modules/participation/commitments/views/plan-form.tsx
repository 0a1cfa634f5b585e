// The official's form for a new action plan: title, period, description, and its pillars and axes one per line.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { Button, ErrorSummary, Field, Form, TextArea } from '../../../../core/views/components/form.js';
import type { FormState } from './official-forms.js';

export const newPlanPath = (slug: string) => `/instituciones/${slug}/participacion/plan-de-accion/nuevo`;

export function NewPlanPage({ ctx, institution, form = { values: {} } }: { ctx: ViewContext; institution: { slug: string; name: string }; form?: FormState }) {
  const { t } = ctx;
  const v = form.values;
  const e = form.errors ?? {};
  const labels = { title: t('participation.plan.field.title'), period: t('participation.plan.field.period'), pillars: t('participation.plan.field.pillars'), axes: t('participation.plan.field.axes') };
  return (
    <Layout ctx={ctx} title={t('participation.plan.new')} institution={institution}>
      <h1>{t('participation.plan.new')}<span class="subtitle">{institution.name}</span></h1>
      <ErrorSummary ctx={ctx} errors={form.errors} labels={labels} />
      <Form ctx={ctx} action={newPlanPath(institution.slug)}>
        <Field name="title" label={labels.title} value={v.title} error={e.title} required />
        <Field name="period" label={labels.period} hint={t('participation.plan.periodHint')} value={v.period} error={e.period} />
        <TextArea name="description" label={t('participation.plan.field.description')} value={v.description} error={e.description} rows={3} />
        <TextArea name="pillars" label={labels.pillars} hint={t('participation.plan.pillarsHint')} value={v.pillars} error={e.pillars} rows={4} required />
        <TextArea name="axes" label={labels.axes} hint={t('participation.plan.axesHint')} value={v.axes} error={e.axes} rows={4} />
        <Button>{t('participation.plan.create')}</Button>
      </Form>
    </Layout>
  );
}
