// Sign-in: email and password, carrying the page to return to.
import type { ViewContext } from '../../views/context.js';
import { Button, ErrorSummary, Field, Form } from '../../views/components/form.js';
import { AuthPage, type FormState } from './auth-page.js';
import { ClaveUnicaButton } from '../../identity/claveunica/button.js';

export function SignInPage({ ctx, next, form = { values: {} }, claveunica }: {
  ctx: ViewContext; next: string; form?: FormState;
  /** Slug of an institution whose ClaveÚnica is configured: its button comes first (verified identity). */
  claveunica?: string;
}) {
  const { t } = ctx;
  const { values, errors = {} } = form;
  return (
    <AuthPage ctx={ctx} title={t('auth.signIn.title')}>
      {claveunica && (
        <section class="claveunica-choice">
          <p>{t('claveunica.lead')}</p>
          <ClaveUnicaButton ctx={ctx} institutionSlug={claveunica} next={next} />
          <p class="divider">{t('claveunica.or')}</p>
        </section>
      )}
      <ErrorSummary ctx={ctx} errors={errors} labels={{ email: t('auth.field.email'), password: t('auth.field.password') }} />
      <Form ctx={ctx} action="/ingresar">
        {next !== '/' && <input type="hidden" name="next" value={next} />}
        <Field name="email" type="email" label={t('auth.field.email')} value={values.email} error={errors.email} autocomplete="email" required />
        <Field name="password" type="password" label={t('auth.field.password')} error={errors.password} autocomplete="current-password" required />
        <Button>{t('auth.signIn.submit')}</Button>
      </Form>
      <p><a href="/recuperar">{t('auth.signIn.forgot')}</a></p>
      <p>{t('auth.signIn.noAccount')} <a href="/registro">{t('nav.register')}</a></p>
    </AuthPage>
  );
}
