// …/activa/{category}/publicar: the official's monthly update. A real multipart form (no JavaScript), written out
// rather than <Form> because a file needs enctype="multipart/form-data", so the CSRF token is its first field (core's
// upload parser reads it into the body before the app-wide check). Below it, what the file must hold (the Table
// Schema in words) and the updates published so far; after a refused file, every problem by line and column.
import type { ViewContext } from '../../../../core/views/context.js';
import type { MessageKey } from '../../../../core/i18n/index.js';
import { Layout } from '../../../../core/views/layout.js';
import { Button, ErrorSummary, Field, FileField } from '../../../../core/views/components/form.js';
import { Table } from '../../../../core/views/components/table.js';
import { CSRF_FIELD } from '../../../../core/http/csrf.js';
import type { ActiveCategory } from '../categories.js';
import type { Problem } from '../parsing.js';
import type { listUpdatesWithPublisher } from '../queries.js';
import { activePath, categoryPath, uploadPath } from '../present.js';
import { lang } from '../table-schema.js';
import { formatters } from '../../../../core/i18n/index.js';
import { describeType, formatPeriod } from './parts.js';

export interface UploadFormState {
  values: Record<string, string>;
  errors?: Record<string, string>;
  problems?: { list: Problem[]; total: number };
}
type History = Awaited<ReturnType<typeof listUpdatesWithPublisher>>;

export function ActiveUploadPage({ ctx, institution, category, history, form = { values: {} } }: {
  ctx: ViewContext; institution: { slug: string; name: string }; category: ActiveCategory; history: History; form?: UploadFormState;
}) {
  const { t } = ctx;
  const l = lang(ctx.locale);
  const labels = { period: t('transparency.active.upload.period'), file: t('transparency.active.upload.file') };
  const fileError = form.errors?.file;
  const titleOf = (name: string | undefined) => category.fields.find((f) => f.name === name)?.title[l] ?? name ?? '';
  return (
    <Layout ctx={ctx} title={t('transparency.active.upload.title', { category: category.title[l] })} institution={institution} breadcrumbs={[
      { href: `/instituciones/${institution.slug}`, label: institution.name }, { href: activePath(institution.slug), label: t('transparency.active.title') },
      { href: categoryPath(institution.slug, category.key), label: category.title[l] }, { label: t('transparency.active.category.publish') }]}>
      <h1>{t('transparency.active.upload.title', { category: category.title[l] })}<span class="subtitle">{institution.name}</span></h1>
      <p class="lead">{t('transparency.active.upload.lead')}</p>
      <p>{t('transparency.active.rule')} {t('transparency.active.upload.replaces')}</p>
      <ErrorSummary ctx={ctx} errors={form.errors} labels={labels} />
      {form.problems && (
        <>
          {form.problems.total > form.problems.list.length && <p>{t('transparency.active.upload.problemsShown', { shown: form.problems.list.length })}</p>}
          <Table ctx={ctx} caption={t('transparency.active.upload.problemsCaption')} rows={form.problems.list} columns={[
            { header: t('transparency.active.upload.line'), cell: (p) => p.line, numeric: true },
            { header: t('transparency.active.upload.column'), cell: (p) => titleOf(p.column) },
            { header: t('transparency.active.upload.problem'), cell: (p) => t(`transparency.active.problem.${p.code}` as MessageKey, p.params) },
          ]} />
        </>
      )}
      <form method="post" action={uploadPath(institution.slug, category.key)} enctype="multipart/form-data" noValidate>
        <input type="hidden" name={CSRF_FIELD} value={ctx.csrfToken} />
        <Field name="period" label={labels.period} hint={t('transparency.active.upload.periodHint')} value={form.values.period} error={form.errors?.period} inputmode="numeric" required />
        <FileField name="file" label={labels.file} hint={t('transparency.active.upload.fileHint')} error={fileError} accept=".csv,text/csv" required />
        <Button>{t('transparency.active.upload.submit')}</Button>
      </form>
      <Table ctx={ctx} caption={t('transparency.active.upload.columns')} rows={[...category.fields]} columns={[
        { header: t('transparency.active.upload.colName'), cell: (f) => <code>{f.name}</code>, rowHeader: true },
        { header: t('transparency.active.upload.colTitle'), cell: (f) => f.title[l] },
        { header: t('transparency.active.upload.colType'), cell: (f) => describeType(ctx, f) },
        { header: t('transparency.active.upload.colRequired'), cell: (f) => t(f.required ? 'transparency.active.yes' : 'transparency.active.no') },
      ]} />
      {history.length > 0 && <Table ctx={ctx} caption={t('transparency.active.upload.history')} rows={history} columns={[
        { header: t('transparency.active.upload.period'), cell: (h) => formatPeriod(ctx, h.period), rowHeader: true },
        { header: t('transparency.active.upload.fileName'), cell: (h) => h.fileName },
        { header: t('transparency.active.upload.rows'), cell: (h) => h.rowCount, numeric: true },
        { header: t('transparency.active.upload.publishedBy'), cell: (h) => h.publishedBy ?? '—' },
        { header: t('transparency.active.upload.publishedAt'), cell: (h) => formatters(ctx.locale).dateTime.format(h.publishedAt) },
      ]} />}
    </Layout>
  );
}
