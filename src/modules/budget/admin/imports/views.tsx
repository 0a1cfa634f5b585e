// The upload page of an institution's budget officials: the form (a file, or the many files of an execution report)
// and the institution's recent imports, each linking to its job page.
import type { ViewContext } from '../../../../core/views/context.js';
import { Button, ErrorSummary, Field, Select } from '../../../../core/views/components/form.js';
import { Table } from '../../../../core/views/components/table.js';
import { CSRF_FIELD } from '../../../../core/http/csrf.js';
import { formatters, type MessageKey } from '../../../../core/i18n/index.js';
import { BudgetAdminPage } from '../frame.js';
import type { ImportJob } from '../../jobs/import-jobs.js';
import { IMPORT_FORMATS, MAX_IMPORT_BYTES } from './form.js';

export interface ImportFormState {
  values: Record<string, string>;
  errors?: Record<string, string>;
}

export const importsPath = (slug: string) => `/instituciones/${slug}/presupuesto/importar`;
export const jobPath = (slug: string, id: number) => `/instituciones/${slug}/presupuesto/importaciones/${id}`;
export const formatLabel = (ctx: ViewContext, format: string) => ctx.t(`budget.admin.format.${format}` as MessageKey);
export const statusLabel = (ctx: ViewContext, status: string) => ctx.t(`budget.admin.status.${status}` as MessageKey);

export function ImportPage({ ctx, institution, jobs, form = { values: {} } }: {
  ctx: ViewContext; institution: { slug: string; name: string }; jobs: ImportJob[]; form?: ImportFormState;
}) {
  const { t } = ctx;
  const { number, dateTime } = formatters(ctx.locale);
  const fileError = form.errors?.file;
  const labels = { format: t('budget.admin.import.format'), year: t('budget.admin.import.year'), cube: t('budget.admin.import.cube'), file: t('budget.admin.import.file') };
  return (
    <BudgetAdminPage ctx={ctx} institution={institution} title={t('budget.admin.import.title')} lead={t('budget.admin.import.lead')}>
      <ErrorSummary ctx={ctx} errors={form.errors} labels={labels} />
      {/* Written out rather than <Form>: files need enctype="multipart/form-data" (read by core's upload parser). */}
      <form method="post" action={importsPath(institution.slug)} enctype="multipart/form-data" noValidate>
        <input type="hidden" name={CSRF_FIELD} value={ctx.csrfToken} />
        <Select name="format" label={labels.format} hint={t('budget.admin.import.formatHint')} value={form.values.format} error={form.errors?.format}
          options={IMPORT_FORMATS.map((f) => ({ value: f, label: formatLabel(ctx, f) }))} />
        <Field name="year" label={labels.year} hint={t('budget.admin.import.yearHint')} value={form.values.year} error={form.errors?.year} inputmode="numeric" required />
        <Field name="cube" label={labels.cube} hint={t('budget.admin.import.cubeHint', { slug: institution.slug })} value={form.values.cube} error={form.errors?.cube} />
        <div class={`field${fileError ? ' field-error' : ''}`}>
          <label for="f-file">{labels.file}</label>
          <p class="hint" id="f-file-hint">{t('budget.admin.import.fileHint', { mb: MAX_IMPORT_BYTES / (1024 * 1024) })}</p>
          {fileError && <p class="error-message" id="f-file-error">{fileError}</p>}
          <input id="f-file" name="file" type="file" multiple accept=".csv,.zip,.json,text/csv,application/zip,application/json" required aria-invalid={fileError ? 'true' : undefined}
            aria-describedby={fileError ? 'f-file-hint f-file-error' : 'f-file-hint'} />
        </div>
        <Button>{t('budget.admin.import.submit')}</Button>
      </form>

      <h2>{t('budget.admin.import.recent')}</h2>
      <Table ctx={ctx} caption={t('budget.admin.import.recentCaption', { name: institution.name })} rows={jobs} columns={[
        { header: t('budget.admin.job.number'), cell: (j) => <a href={jobPath(institution.slug, j.id)}>{t('budget.admin.job.title', { id: j.id })}</a> },
        { header: t('budget.admin.job.createdAt'), cell: (j) => <time dateTime={j.createdAt.toISOString()}>{dateTime.format(j.createdAt)}</time> },
        { header: labels.format, cell: (j) => formatLabel(ctx, j.format) },
        { header: labels.year, cell: (j) => j.year, numeric: true },
        { header: t('budget.admin.job.files'), cell: (j) => number.format(j.sourceNames.length), numeric: true },
        { header: t('budget.admin.job.status'), cell: (j) => statusLabel(ctx, j.status) },
        { header: t('budget.admin.job.requestedBy'), cell: (j) => j.requestedByName },
      ]} />
    </BudgetAdminPage>
  );
}
