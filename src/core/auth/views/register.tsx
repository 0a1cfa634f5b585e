// Registration: name, email, password twice.
import type { ViewContext } from '../../views/context.js';
import { Button, ErrorSummary, Field, Form } from '../../views/components/form.js';
import { PASSWORD_MIN } from '../passwords.js';
import { AuthPage, type FormState } from './auth-page.js';

export function RegisterPage({ ctx, form = { values: {} } }: { ctx: ViewContext; form?: FormState }) {
  const { t } = ctx;
  const { values, errors = {} } = form;
  return (
    <AuthPage ctx={ctx} title={t('auth.register.title')} lead={t('auth.register.lead')}>
      <ErrorSummary ctx={ctx} errors={errors} labels={{
        name: t('auth.field.name'), email: t('auth.field.email'), password: t('auth.field.password'), passwordConfirm: t('auth.field.passwordConfirm'),
      }} />
      <Form ctx={ctx} action="/registro">
        <Field name="name" label={t('auth.field.name')} hint={t('auth.field.nameHint')} value={values.name} error={errors.name} autocomplete="name" required />
        <Field name="email" type="email" label={t('auth.field.email')} value={values.email} error={errors.email} autocomplete="email" required />
        <Field name="password" type="password" label={t('auth.field.password')} hint={t('auth.field.newPasswordHint', { min: PASSWORD_MIN })}
          error={errors.password} autocomplete="new-password" required />
        <Field name="passwordConfirm" type="password" label={t('auth.field.passwordConfirm')} error={errors.passwordConfirm} autocomplete="new-password" required />
        <Button>{t('auth.register.submit')}</Button>
      </Form>
      <p>{t('auth.register.haveAccount')} <a href="/ingresar">{t('nav.signIn')}</a></p>
    </AuthPage>
  );
}
