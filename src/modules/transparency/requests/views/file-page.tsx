// …/transparencia/solicitudes/nueva: file an information request without an account (Ley 20.285 art. 12). Signing in
// (a local account or ClaveÚnica) is offered, never required; a signed-in person finds the form filled. The name is
// hidden from the public unless the requester ticks the box: the institution always sees it.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { Button, ErrorSummary, Field, Form, TextArea } from '../../../../core/views/components/form.js';
import { REQUEST_DELIVERIES, REQUEST_FORMATS } from '../schema.js';
import { Radios, requestCrumbs, type FormState, type InstitutionRef } from './parts.js';
import { requestsPath } from './paths.js';

export function FileRequestPage({ ctx, institution, form, submission }: {
  ctx: ViewContext; institution: InstitutionRef; form: FormState; submission: string;
}) {
  const { t } = ctx;
  const { values, errors = {} } = form;
  const labels = {
    name: t('transparency.request.form.name'), email: t('transparency.request.form.email'), subject: t('transparency.request.form.subject'),
    body: t('transparency.request.form.body'), format: t('transparency.request.form.format'), delivery: t('transparency.request.form.delivery'),
    address: t('transparency.request.form.address'),
  };
  const action = `${requestsPath(institution.slug)}/nueva`;
  return (
    <Layout ctx={ctx} title={t('transparency.request.file.title')} institution={institution}
      breadcrumbs={[...requestCrumbs(ctx, institution), { label: t('transparency.request.file.crumb') }]}>
      <h1>{t('transparency.request.file.title')}<span class="subtitle">{institution.name}</span></h1>
      <p class="lead">{t('transparency.request.file.lead')}</p>
      {!ctx.actor && <p class="notice">{t('transparency.request.file.signInOffer')}{' '}
        <a href={`/ingresar?next=${encodeURIComponent(action)}`}>{t('transparency.request.file.signIn')}</a></p>}
      <ErrorSummary ctx={ctx} errors={errors} labels={labels} />
      <Form ctx={ctx} action={action}>
        <input type="hidden" name="submission" value={values.submission ?? submission} />
        <h2>{t('transparency.request.file.about')}</h2>
        <Field name="subject" label={labels.subject} hint={t('transparency.request.form.subjectHint')} value={values.subject} error={errors.subject} required />
        <TextArea name="body" label={labels.body} hint={t('transparency.request.form.bodyHint')} value={values.body} error={errors.body} rows={8} required />
        <Radios name="format" legend={labels.format} value={values.format ?? 'digital'} error={errors.format}
          options={REQUEST_FORMATS.map((f) => ({ value: f, label: t(`transparency.request.format.${f}`) }))} />
        <Radios name="delivery" legend={labels.delivery} value={values.delivery ?? 'email'} error={errors.delivery}
          options={REQUEST_DELIVERIES.map((d) => ({ value: d, label: t(`transparency.request.delivery.${d}`) }))} />
        <TextArea name="address" label={labels.address} hint={t('transparency.request.form.addressHint')} value={values.address} error={errors.address} rows={3} />
        <h2>{t('transparency.request.file.you')}</h2>
        <Field name="name" label={labels.name} value={values.name} error={errors.name} autocomplete="name" required />
        <Field name="email" type="email" label={labels.email} hint={t('transparency.request.form.emailHint')} value={values.email} error={errors.email} autocomplete="email" required />
        <div class="field">
          <label class="inline" for="f-showName">
            <input type="checkbox" id="f-showName" name="showName" value="on" checked={values.showName === 'on'} aria-describedby="f-showName-hint" />
            {t('transparency.request.form.showName')}
          </label>
          <p class="hint" id="f-showName-hint">{t('transparency.request.form.showNameHint')}</p>
        </div>
        <Button>{t('transparency.request.file.submit')}</Button>
      </Form>
    </Layout>
  );
}
