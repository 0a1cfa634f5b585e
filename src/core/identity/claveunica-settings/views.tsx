// An institution's ClaveÚnica client: whether it is configured, and the form to set it. The secret field is
// write-only; the redirect and logout addresses are shown so the admin can register them with ClaveÚnica.
import type { ViewContext } from '../../views/context.js';
import { Button, ErrorSummary, Field, Form } from '../../views/components/form.js';
import { formatters } from '../../i18n/index.js';
import type { FormState } from '../../auth/views/auth-page.js';
import { InstitutionAdminPage } from '../institution-page.js';
import type { ClaveUnicaSettingsRow } from './queries.js';

export function ClaveUnicaSettingsPage({ ctx, institution, current, form }: {
  ctx: ViewContext; institution: { slug: string; name: string }; current: ClaveUnicaSettingsRow | null; form: FormState;
}) {
  const { t } = ctx;
  const { values, errors } = form;
  return (
    <InstitutionAdminPage ctx={ctx} institution={institution} title={t('identity.claveunica.title')} lead={t('identity.claveunica.lead')}>
      <dl class="facts">
        <div>
          <dt>{t('identity.claveunica.status')}</dt>
          <dd>{current ? t('identity.claveunica.configured') : t('identity.claveunica.notConfigured')}</dd>
        </div>
        {current && (
          <div>
            <dt>{t('identity.claveunica.updatedAt')}</dt>
            <dd><time dateTime={current.updatedAt.toISOString()}>{formatters(ctx.locale).dateTime.format(current.updatedAt)}</time></dd>
          </div>
        )}
      </dl>
      <ErrorSummary ctx={ctx} errors={errors} />
      <Form ctx={ctx} action={`/instituciones/${institution.slug}/claveunica/configuracion`}>
        <Field name="issuer" type="url" label={t('identity.claveunica.issuer')} hint={t('identity.claveunica.issuerHint')}
          value={values.issuer} error={errors?.issuer} required />
        <Field name="clientId" autocomplete="off" label={t('identity.claveunica.clientId')} value={values.clientId} error={errors?.clientId} required />
        <Field name="clientSecret" type="password" autocomplete="new-password" label={t('identity.claveunica.clientSecret')}
          hint={current ? t('identity.claveunica.clientSecretKeep') : t('identity.claveunica.clientSecretFirst')}
          error={errors?.clientSecret} required={!current} />
        <Field name="redirectUri" type="url" label={t('identity.claveunica.redirectUri')} hint={t('identity.claveunica.redirectUriHint')}
          value={values.redirectUri} error={errors?.redirectUri} required />
        <Field name="logoutUri" type="url" label={t('identity.claveunica.logoutUri')} hint={t('identity.claveunica.logoutUriHint')}
          value={values.logoutUri} error={errors?.logoutUri} required />
        <Button>{t('identity.claveunica.save')}</Button>
      </Form>
    </InstitutionAdminPage>
  );
}
