// The form to create or edit a process, without JavaScript: the process's fields, then a fixed set of phase
// fieldsets (blank ones ignored), each with its dates in Chile's time and checkboxes for what it enables.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout, type Crumb } from '../../../../core/views/layout.js';
import { Button, DateTimeField, ErrorSummary, Field, Form, Select, TextArea } from '../../../../core/views/components/form.js';
import { Checkboxes } from '../../../../core/views/components/checkboxes.js';
import { newSubmissionKey, SUBMISSION_FIELD } from '../../../../core/http/idempotency.js';
import type { MessageKey } from '../../../../core/i18n/index.js';
import { COMPONENTS, SCOPES } from '../schema.js';
import { labelsOf, slotCount, type ProcessFormState } from '../form.js';

export function ProcessFormPage({ ctx, title, action, institution, breadcrumbs, state, editing }: {
  ctx: ViewContext; title: string; action: string; institution: { slug: string; name: string }; breadcrumbs: Crumb[];
  state: ProcessFormState; editing: boolean;
}) {
  const { t } = ctx;
  const { values, errors = {} } = state;
  const str = (name: string) => { const v = values[name]; return Array.isArray(v) ? v[0] : v; };
  const count = slotCount(values);
  const components = COMPONENTS.map((c) => ({ value: c, label: t(`participation.process.component.${c}` as MessageKey) }));
  return (
    <Layout ctx={ctx} title={title} institution={institution} breadcrumbs={breadcrumbs}>
      <h1>{title}</h1>
      <ErrorSummary ctx={ctx} errors={errors} labels={labelsOf(t, count)} />
      <Form ctx={ctx} action={action}>
        {!editing && <input type="hidden" name={SUBMISSION_FIELD} value={str(SUBMISSION_FIELD) ?? newSubmissionKey()} />}
        <Field name="title" label={t('participation.process.form.title')} value={str('title')} error={errors.title} required />
        <TextArea name="description" label={t('participation.process.form.description')} hint={t('participation.process.form.descriptionHint')}
          value={str('description')} error={errors.description} rows={8} required />
        <Select name="scope" label={t('participation.process.form.scope')} value={str('scope')} error={errors.scope}
          options={SCOPES.map((s) => ({ value: s, label: t(`participation.process.form.scope.${s}`) }))} />
        <Field name="scopeCode" label={t('participation.process.form.scopeCode')} hint={t('participation.process.form.scopeCodeHint')}
          value={str('scopeCode')} error={errors.scopeCode} inputmode="numeric" required />
        <h2>{t('participation.process.form.phasesLegend')}</h2>
        <p class="hint">{t('participation.process.form.phasesHint')}{editing && ` ${t('participation.process.form.removeHint')}`}</p>
        {Array.from({ length: count }, (_, i) => i + 1).map((n) => {
          const f = (name: string) => `p${n}_${name}`;
          return (
            <fieldset class="field" id={`f-p${n}`}>
              <legend>{t('participation.process.form.phase', { n })}</legend>
              {str(f('id')) && <input type="hidden" name={f('id')} value={str(f('id'))} />}
              <Field name={f('title')} label={t('participation.process.form.phaseTitle')} value={str(f('title'))} error={errors[f('title')]} />
              <DateTimeField name={f('startsAt')} label={t('participation.process.form.startsAt')} hint={t('participation.process.form.dateHint')}
                value={str(f('startsAt'))} error={errors[f('startsAt')]} />
              <DateTimeField name={f('endsAt')} label={t('participation.process.form.endsAt')} hint={t('participation.process.form.dateHint')}
                value={str(f('endsAt'))} error={errors[f('endsAt')]} />
              <Checkboxes name={f('components')} legend={t('participation.process.form.components')} hint={t('participation.process.form.componentsHint')}
                options={components} checked={([] as string[]).concat(values[f('components')] ?? [])} error={errors[f('components')]} />
              <TextArea name={f('description')} label={t('participation.process.form.phaseDescription')} value={str(f('description'))} error={errors[f('description')]} rows={3} />
            </fieldset>
          );
        })}
        <Button>{t(editing ? 'participation.process.form.save' : 'participation.process.form.create')}</Button>
      </Form>
    </Layout>
  );
}
