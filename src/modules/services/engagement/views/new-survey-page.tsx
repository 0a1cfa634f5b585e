// /servicios/{slug}/satisfaccion/nueva: a manager of the service opens a satisfaction survey (the questions are fixed:
// the 1–7 grade and what to improve, so surveys of a service compare over time).
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { Button, ErrorSummary, Field, Form, Select } from '../../../../core/views/components/form.js';
import type { ServiceRecord } from '../../registry/queries.js';
import { SURVEY_RESPONDENTS } from '../commands/create-survey.js';
import { satisfactionPath, type FormState } from './common.js';
import { serviceCrumbs } from '../../crumbs.js';

export function NewSurveyPage({ ctx, service, form }: { ctx: ViewContext; service: ServiceRecord; form: FormState }) {
  const { t } = ctx;
  const title = t('services.engagement.survey.new');
  const labels = { title: t('services.engagement.survey.form.title'), opensOn: t('services.engagement.survey.form.opensOn'),
    closesOn: t('services.engagement.survey.form.closesOn'), respondents: t('services.engagement.survey.form.respondents') };
  return (
    <Layout ctx={ctx} title={`${title} · ${service.title}`} breadcrumbs={serviceCrumbs(ctx, service,
      { href: satisfactionPath(service.slug), label: t('services.engagement.survey.title') }, { label: title })}>
      <h1>{title}<span class="subtitle">{service.title}</span></h1>
      <ErrorSummary ctx={ctx} errors={form.errors} labels={labels} />
      <p>{t('services.engagement.survey.form.questions')}</p>
      <Form ctx={ctx} action={`${satisfactionPath(service.slug)}/nueva`}>
        <Field name="title" label={labels.title} value={form.values.title} error={form.errors?.title} required />
        <Field name="opensOn" type="date" label={labels.opensOn} hint={t('services.engagement.survey.form.dateHint')} value={form.values.opensOn} error={form.errors?.opensOn} required />
        <Field name="closesOn" type="date" label={labels.closesOn} hint={t('services.engagement.survey.form.closesHint')} value={form.values.closesOn} error={form.errors?.closesOn} required />
        <Select name="respondents" label={labels.respondents} value={form.values.respondents ?? 'signed_in'} error={form.errors?.respondents}
          hint={t('services.engagement.survey.form.respondentsHint')}
          options={SURVEY_RESPONDENTS.map((r) => ({ value: r, label: t(`services.engagement.survey.respondents.${r}`) }))} />
        <Button>{t('services.engagement.survey.form.submit')}</Button>
      </Form>
    </Layout>
  );
}
