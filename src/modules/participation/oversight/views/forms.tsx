// The oversight body's forms, each keeping what was typed when it comes back with errors (422): configuring the body,
// announcing a draw (the seed is hashed on arrival; only the hash is kept), opening an observation, publishing a report.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { Button, DateTimeField, ErrorSummary, Field, Form, Select, TextArea } from '../../../../core/views/components/form.js';
import { SUBMISSION_FIELD, newSubmissionKey } from '../../../../core/http/idempotency.js';
import { OBSERVATION_TARGETS } from '../schema.js';
import { bodyPath } from '../present.js';
import { DEFAULT_ANSWER_DAYS } from '../validation.js';
import { crumbs, type FormState, type InstitutionRef } from './common.js';

type Props = { ctx: ViewContext; institution: InstitutionRef; form: FormState };

function FormPage({ ctx, institution, form, title, action, labels, children, submit }: Props & {
  title: string; action: string; labels: Record<string, string>; children: preact.ComponentChildren; submit: string;
}) {
  return (
    <Layout ctx={ctx} title={title} institution={institution} breadcrumbs={crumbs(ctx, institution, title)}>
      <h1>{title}<span class="subtitle">{institution.name}</span></h1>
      <ErrorSummary ctx={ctx} errors={form.errors} labels={labels} />
      <Form ctx={ctx} action={action}>
        {children}
        <Button>{submit}</Button>
      </Form>
    </Layout>
  );
}

export function ConfigurePage(p: Props) {
  const { t } = p.ctx;
  const v = { seats: '5', termMonths: '24', answerDays: String(DEFAULT_ANSWER_DAYS), ...p.form.values };
  const e = p.form.errors ?? {};
  const labels = { seats: t('participation.oversight.seats'), termMonths: t('participation.oversight.termMonths'), answerDays: t('participation.oversight.answerDays') };
  return (
    <FormPage {...p} title={t('participation.oversight.configure')} action={`${bodyPath(p.institution.slug)}/configurar`} labels={labels} submit={t('participation.oversight.configureSubmit')}>
      <Field name="seats" label={labels.seats} value={v.seats} error={e.seats} inputmode="numeric" required />
      <Field name="termMonths" label={labels.termMonths} value={v.termMonths} error={e.termMonths} inputmode="numeric" required />
      <Field name="answerDays" label={labels.answerDays} hint={t('participation.oversight.answerDaysHint')} value={v.answerDays} error={e.answerDays} inputmode="numeric" required />
    </FormPage>
  );
}

export function AnnounceDrawPage(p: Props) {
  const { t } = p.ctx;
  const v = p.form.values;
  const e = p.form.errors ?? {};
  const labels = { termStart: t('participation.oversight.draw.termStart'), closesAt: t('participation.oversight.draw.closesAt'), seed: t('participation.oversight.draw.seedField') };
  return (
    <FormPage {...p} title={t('participation.oversight.draw.new')} action={`${bodyPath(p.institution.slug)}/sorteos/nuevo`} labels={labels} submit={t('participation.oversight.draw.announce')}>
      <Field name="termStart" label={labels.termStart} hint={t('participation.oversight.draw.termStartHint')} value={v.termStart} error={e.termStart} required />
      <DateTimeField name="closesAt" label={labels.closesAt} hint={t('participation.oversight.draw.closesAtHint')} value={v.closesAt} error={e.closesAt} />
      <Field name="seed" label={labels.seed} hint={t('participation.oversight.draw.seedHint')} value={v.seed} error={e.seed} autocomplete="off" required />
    </FormPage>
  );
}

export function NewObservationPage(p: Props) {
  const { t } = p.ctx;
  const v = p.form.values;
  const e = p.form.errors ?? {};
  const labels = { targetType: t('participation.oversight.observation.targetType'), targetId: t('participation.oversight.observation.targetId'),
    targetRef: t('participation.oversight.observation.targetRef'), title: t('participation.oversight.observation.titleField'), body: t('participation.oversight.observation.bodyField') };
  return (
    <FormPage {...p} title={t('participation.oversight.observation.new')} action={`${bodyPath(p.institution.slug)}/observaciones/nueva`} labels={labels}
      submit={t('participation.oversight.observation.submit')}>
      <input type="hidden" name={SUBMISSION_FIELD} value={v[SUBMISSION_FIELD] ?? newSubmissionKey()} />
      <Select name="targetType" label={labels.targetType} value={v.targetType ?? 'commitment'} error={e.targetType}
        options={OBSERVATION_TARGETS.map((x) => ({ value: x, label: t(`participation.oversight.target.${x}`) }))} />
      <Field name="targetId" label={labels.targetId} hint={t('participation.oversight.observation.targetIdHint')} value={v.targetId} error={e.targetId} inputmode="numeric" />
      <Field name="targetRef" label={labels.targetRef} hint={t('participation.oversight.observation.targetRefHint')} value={v.targetRef} error={e.targetRef} />
      <Field name="title" label={labels.title} value={v.title} error={e.title} required />
      <TextArea name="body" label={labels.body} hint={t('participation.oversight.observation.bodyHint')} value={v.body} error={e.body} rows={8} required />
    </FormPage>
  );
}

export function NewReportPage(p: Props) {
  const { t } = p.ctx;
  const v = p.form.values;
  const e = p.form.errors ?? {};
  const labels = { title: t('participation.oversight.report.titleField'), periodFrom: t('participation.oversight.report.periodFrom'),
    periodTo: t('participation.oversight.report.periodTo'), body: t('participation.oversight.report.bodyField') };
  const hint = t('participation.oversight.report.dateHint');
  return (
    <FormPage {...p} title={t('participation.oversight.report.new')} action={`${bodyPath(p.institution.slug)}/informes/nuevo`} labels={labels} submit={t('participation.oversight.report.submit')}>
      <Field name="title" label={labels.title} value={v.title} error={e.title} required />
      <Field name="periodFrom" label={labels.periodFrom} hint={hint} value={v.periodFrom} error={e.periodFrom} required />
      <Field name="periodTo" label={labels.periodTo} hint={hint} value={v.periodTo} error={e.periodTo} required />
      <TextArea name="body" label={labels.body} value={v.body} error={e.body} rows={12} required />
    </FormPage>
  );
}
