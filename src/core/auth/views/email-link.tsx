// Pages reached from an email link: confirming an address (a button, so link scanners that fetch the URL do not
// use it up), choosing a new password, and the page for a link that no longer works.
import type { ViewContext } from '../../views/context.js';
import { Button, ErrorSummary, Field, Form } from '../../views/components/form.js';
import { PASSWORD_MIN } from '../passwords.js';
import { AuthPage } from './auth-page.js';

export function ConfirmEmailPage({ ctx, token }: { ctx: ViewContext; token: string }) {
  const { t } = ctx;
  return (
    <AuthPage ctx={ctx} title={t('auth.confirm.title')} lead={t('auth.confirm.lead')}>
      <Form ctx={ctx} action={`/confirmar/${token}`}>
        <Button>{t('auth.confirm.submit')}</Button>
      </Form>
    </AuthPage>
  );
}

export function NewPasswordPage({ ctx, token, errors = {} }: { ctx: ViewContext; token: string; errors?: Record<string, string> }) {
  const { t } = ctx;
  return (
    <AuthPage ctx={ctx} title={t('auth.reset.newTitle')} lead={t('auth.reset.newLead')}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <Form ctx={ctx} action={`/recuperar/${token}`}>
        <Field name="password" type="password" label={t('auth.field.newPassword')} hint={t('auth.field.newPasswordHint', { min: PASSWORD_MIN })}
          error={errors.password} autocomplete="new-password" required />
        <Field name="passwordConfirm" type="password" label={t('auth.field.passwordConfirm')} error={errors.passwordConfirm} autocomplete="new-password" required />
        <Button>{t('auth.reset.newSubmit')}</Button>
      </Form>
    </AuthPage>
  );
}

export function LinkInvalidPage({ ctx }: { ctx: ViewContext }) {
  const { t } = ctx;
  return (
    <AuthPage ctx={ctx} title={t('auth.link.invalidTitle')} lead={t('auth.link.invalid')}>
      <p><a href={ctx.actor ? '/cuenta' : '/recuperar'}>{ctx.actor ? t('auth.tokens.back') : t('auth.reset.title')}</a></p>
    </AuthPage>
  );
}
