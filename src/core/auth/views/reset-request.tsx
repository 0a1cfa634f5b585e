// Asking for a password-reset link.
import type { ViewContext } from '../../views/context.js';
import { Button, ErrorSummary, Field, Form } from '../../views/components/form.js';
import { AuthPage, type FormState } from './auth-page.js';

export function ResetRequestPage({ ctx, form = { values: {} } }: { ctx: ViewContext; form?: FormState }) {
  const { t } = ctx;
  const { values, errors = {} } = form;
  return (
    <AuthPage ctx={ctx} title={t('auth.reset.title')} lead={t('auth.reset.lead')}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <Form ctx={ctx} action="/recuperar">
        <Field name="email" type="email" label={t('auth.field.email')} value={values.email} error={errors.email} autocomplete="email" required />
        <Button>{t('auth.reset.submit')}</Button>
      </Form>
    </AuthPage>
  );
}
