// In-person identity verification: the form an official fills in with the ID card in hand, and the latest
// verifications made at the institution, the RUN masked.
import type { ViewContext } from '../../views/context.js';
import { Button, ErrorSummary, Field, Form } from '../../views/components/form.js';
import { Table } from '../../views/components/table.js';
import { formatters } from '../../i18n/index.js';
import type { FormState } from '../../auth/views/auth-page.js';
import { InstitutionAdminPage } from '../institution-page.js';
import type { InPersonVerification } from './queries.js';

export function VerificationPage({ ctx, institution, verifications, form = { values: {} } }: {
  ctx: ViewContext; institution: { slug: string; name: string }; verifications: InPersonVerification[]; form?: FormState;
}) {
  const { t } = ctx;
  const { dateTime } = formatters(ctx.locale);
  return (
    <InstitutionAdminPage ctx={ctx} institution={institution} title={t('identity.verify.title')} lead={t('identity.verify.lead')}>
      <ErrorSummary ctx={ctx} errors={form.errors} />
      <Form ctx={ctx} action={`/instituciones/${institution.slug}/verificaciones`}>
        <Field name="email" type="email" autocomplete="off" label={t('identity.verify.email')} hint={t('identity.verify.emailHint')}
          value={form.values.email} error={form.errors?.email} required />
        <Field name="run" autocomplete="off" label={t('identity.verify.run')} hint={t('identity.verify.runHint')}
          value={form.values.run} error={form.errors?.run} required />
        <Button>{t('identity.verify.submit')}</Button>
      </Form>
      <h2>{t('identity.verify.recent')}</h2>
      <Table ctx={ctx} caption={t('identity.verify.recentCaption', { name: institution.name })} rows={verifications} columns={[
        { header: t('identity.verify.at'), cell: (v) => <time dateTime={v.at.toISOString()}>{dateTime.format(v.at)}</time> },
        { header: t('identity.verify.person'), cell: (v) => v.name },
        { header: t('identity.verify.maskedRun'), cell: (v) => <code>{v.maskedRun ?? '—'}</code> },
        { header: t('identity.verify.official'), cell: (v) => v.officialName },
      ]} />
    </InstitutionAdminPage>
  );
}
