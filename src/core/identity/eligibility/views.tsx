// An institution's eligibility lists (padrones): what is loaded, and the form to load or replace a list from a CSV
// file. A file with problems comes back with each bad line listed, and nothing loaded.
import type { ViewContext } from '../../views/context.js';
import { Button, ErrorSummary, Field } from '../../views/components/form.js';
import { Table } from '../../views/components/table.js';
import { CSRF_FIELD } from '../../http/csrf.js';
import { formatters } from '../../i18n/index.js';
import { InstitutionAdminPage } from '../institution-page.js';
import type { EligibilityListRow } from './queries.js';

export interface UploadState {
  values: Record<string, string>;
  errors?: Record<string, string>;
  problems?: string[];
}

export function EligibilityListsPage({ ctx, institution, lists, form = { values: {} } }: {
  ctx: ViewContext; institution: { slug: string; name: string }; lists: EligibilityListRow[]; form?: UploadState;
}) {
  const { t } = ctx;
  const { number, dateTime } = formatters(ctx.locale);
  const fileError = form.errors?.file;
  return (
    <InstitutionAdminPage ctx={ctx} institution={institution} title={t('identity.eligibility.title')} lead={t('identity.eligibility.lead')}>
      <Table ctx={ctx} caption={t('identity.eligibility.caption', { name: institution.name })} rows={lists} columns={[
        { header: t('identity.eligibility.name'), cell: (l) => l.name },
        { header: t('identity.eligibility.entries'), cell: (l) => number.format(l.entryCount), numeric: true },
        { header: t('identity.eligibility.importedAt'), cell: (l) => <time dateTime={l.importedAt.toISOString()}>{dateTime.format(l.importedAt)}</time> },
      ]} />
      <h2>{t('identity.eligibility.upload')}</h2>
      <ErrorSummary ctx={ctx} errors={form.errors} />
      {/* Written out rather than <Form>: a file needs enctype="multipart/form-data" (read by ./upload.ts). */}
      <form method="post" action={`/instituciones/${institution.slug}/padrones`} enctype="multipart/form-data" noValidate>
        <input type="hidden" name={CSRF_FIELD} value={ctx.csrfToken} />
        <Field name="name" label={t('identity.eligibility.name')} hint={t('identity.eligibility.nameHint')}
          value={form.values.name} error={form.errors?.name} required />
        <div class={`field${fileError ? ' field-error' : ''}`}>
          <label for="f-file">{t('identity.eligibility.file')}</label>
          <p class="hint" id="f-file-hint">{t('identity.eligibility.fileHint')}</p>
          {fileError && <p class="error-message" id="f-file-error">{fileError}</p>}
          {form.problems && form.problems.length > 0 && (
            <ul class="error-message" id="f-file-problems">{form.problems.map((p) => <li>{p}</li>)}</ul>
          )}
          <input id="f-file" name="file" type="file" accept=".csv,text/csv" required aria-invalid={fileError ? 'true' : undefined}
            aria-describedby={['f-file-hint', fileError && 'f-file-error', form.problems?.length && 'f-file-problems'].filter(Boolean).join(' ')} />
        </div>
        <Button>{t('identity.eligibility.submit')}</Button>
      </form>
    </InstitutionAdminPage>
  );
}
