// /observatorio/indicadores/importar: the stewards' CSV upload. A real multipart form (no JavaScript), written out
// rather than <Form> because a file needs enctype="multipart/form-data", so the CSRF token is its first field (core's
// upload parser reads it into the body before the app-wide check). After a refused file: the error summary and every
// problem by line; browsers never keep a chosen file, so the hint says to choose it again.
import type { ViewContext } from '../../../../core/views/context.js';
import type { MessageKey } from '../../../../core/i18n/index.js';
import { Layout } from '../../../../core/views/layout.js';
import { Button, ErrorSummary, FileField } from '../../../../core/views/components/form.js';
import { Table } from '../../../../core/views/components/table.js';
import { CSRF_FIELD } from '../../../../core/http/csrf.js';
import type { Problem } from '../parsing.js';
import { CATALOGUE_PATH, IMPORT_PATH } from '../present.js';

export interface ImportFormState { errors?: Record<string, string>; problems?: { list: Problem[]; total: number } }

export function ImportPage({ ctx, form = {} }: { ctx: ViewContext; form?: ImportFormState }) {
  const { t } = ctx;
  const title = t('observatory.import.title');
  const fileError = form.errors?.file;
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={[{ href: '/observatorio', label: t('observatory.name') },
      { href: CATALOGUE_PATH, label: t('observatory.indicators.title') }, { label: title }]}>
      <h1>{title}</h1>
      <p class="lead">{t('observatory.import.lead')}</p>
      <p>{t('observatory.import.format')}</p>
      <pre class="obs-sample">cut,year,indicator,value,source{'\n'}09101,2023,capacities.professionalisation,41.5,SINIM</pre>
      <ErrorSummary ctx={ctx} errors={form.errors} labels={{ file: t('observatory.import.file') }} />
      {form.problems && (
        <>
          {form.problems.total > form.problems.list.length && <p>{t('observatory.import.problemsShown', { shown: form.problems.list.length })}</p>}
          <Table ctx={ctx} caption={t('observatory.import.problemsCaption')} rows={form.problems.list} columns={[
            { header: t('observatory.import.line'), cell: (p) => p.line, numeric: true, rowHeader: true },
            { header: t('observatory.import.problem'), cell: (p) => t(`observatory.import.problem.${p.code}` as MessageKey, p.params) },
          ]} />
        </>
      )}
      <form method="post" action={IMPORT_PATH} enctype="multipart/form-data" noValidate>
        <input type="hidden" name={CSRF_FIELD} value={ctx.csrfToken} />
        <FileField name="file" label={t('observatory.import.file')} hint={t('observatory.import.fileHint')} error={fileError} accept=".csv,text/csv" required />
        <Button>{t('observatory.import.submit')}</Button>
      </form>
    </Layout>
  );
}
