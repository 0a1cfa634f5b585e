// /servicios/{slug}/indicadores/importar: a CSV of monthly values in the long format `indicator,month,value`. A real
// multipart form (no script), written out rather than <Form> because a file needs enctype="multipart/form-data", so the
// CSRF token is its first field (core's upload parser reads it into the body before the app-wide check), as the
// observatory's import page does. A refused file: the error summary and every problem by line.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { Button, ErrorSummary, FileField } from '../../../../core/views/components/form.js';
import { Table } from '../../../../core/views/components/table.js';
import { CSRF_FIELD } from '../../../../core/http/csrf.js';
import type { ServiceRecord } from '../../registry/queries.js';
import type { IndicatorRow } from '../queries.js';
import type { ImportProblem } from '../csv.js';
import { problemKey } from '../commands/record-values.js';
import { importPath, managePath } from '../present.js';
import { serviceCrumbs } from '../../crumbs.js';

export interface ImportFormState { errors?: Record<string, string>; problems?: { list: ImportProblem[]; total: number } }

export function ImportPage({ ctx, service, indicators, form = {} }: { ctx: ViewContext; service: ServiceRecord; indicators: IndicatorRow[]; form?: ImportFormState }) {
  const { t } = ctx;
  const title = t('services.impact.import.title');
  const sample = indicators[0]?.code ?? 'tramites-en-linea';
  return (
    <Layout ctx={ctx} title={`${title} · ${service.title}`} breadcrumbs={serviceCrumbs(ctx, service, { href: managePath(service.slug), label: t('services.impact.manage.title') }, title)}>
      <h1>{title}</h1>
      <p class="lead">{t('services.impact.import.lead')}</p>
      <p>{t('services.impact.import.format')}</p>
      <pre class="svc-impact-sample">indicator,month,value{'\n'}{sample},2026-09,1234{'\n'}{sample},2026-10,1302</pre>
      {indicators.length > 0 && <p>{t('services.impact.import.codes')} {indicators.map((i, k) => <>{k > 0 && ', '}<code>{i.code}</code></>)}</p>}
      <ErrorSummary ctx={ctx} errors={form.errors} labels={{ file: t('services.impact.import.file') }} />
      {form.problems && (
        <>
          {form.problems.total > form.problems.list.length && <p>{t('services.impact.import.problemsShown', { shown: form.problems.list.length, total: form.problems.total })}</p>}
          <Table ctx={ctx} caption={t('services.impact.import.problemsCaption')} rows={form.problems.list} columns={[
            { header: t('services.impact.import.line'), cell: (p) => p.line, numeric: true, rowHeader: true },
            { header: t('services.impact.import.problem'), cell: (p) => t(problemKey(p.code), p.params) },
          ]} />
        </>
      )}
      <form method="post" action={importPath(service.slug)} enctype="multipart/form-data" noValidate>
        <input type="hidden" name={CSRF_FIELD} value={ctx.csrfToken} />
        <FileField name="file" label={t('services.impact.import.file')} hint={t('services.impact.import.fileHint')} error={form.errors?.file} accept=".csv,text/csv" required />
        <Button>{t('services.impact.import.submit')}</Button>
      </form>
    </Layout>
  );
}
