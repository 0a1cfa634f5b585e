// One import's page: while it runs, its stage and a progress bar, reloading itself every 2 seconds without JavaScript
// (a link stops that, WCAG 2.2.1: a person may turn off automatic updates); when it ends, the cube with its totals and a
// link to the explorer, or every problem with its line and the assurance that nothing changed.
import type { ViewContext } from '../../../../core/views/context.js';
import { Table } from '../../../../core/views/components/table.js';
import { formatters, type MessageKey } from '../../../../core/i18n/index.js';
import type { MeasureTotals } from '../../queries.js';
import type { ImportJob } from '../../jobs/import-jobs.js';
import { money } from '../../pages/money.js';
import { BudgetAdminPage } from '../frame.js';
import { describeImportProblem } from './problems.js';
import { formatLabel, importsPath, statusLabel } from './views.js';

export const REFRESH_SECONDS = 2;
/** Beyond this many files (an execution report has hundreds), the list says how many more. */
const FILES_SHOWN = 10;

export interface JobResult {
  facts: number;
  totals: MeasureTotals[];
}

export function ImportJobPage({ ctx, institution, job, result, autoRefresh }: {
  ctx: ViewContext; institution: { slug: string; name: string }; job: ImportJob;
  /** The dataset the job made, while it is still the cube's (a later import of the same cube replaces it). */
  result: JobResult | null;
  autoRefresh: boolean;
}) {
  const { t } = ctx;
  const { number, dateTime } = formatters(ctx.locale);
  const running = job.status === 'queued' || job.status === 'running';
  const shown = job.sourceNames.slice(0, FILES_SHOWN).join(', ');
  const more = job.sourceNames.length - FILES_SHOWN;
  return (
    <BudgetAdminPage ctx={ctx} institution={institution} title={t('budget.admin.job.title', { id: job.id })}
      crumbs={[{ href: importsPath(institution.slug), label: t('budget.admin.import.title') }]} refreshEvery={running && autoRefresh ? REFRESH_SECONDS : undefined}>
      <p class="lead" role="status">{statusLabel(ctx, job.status)}</p>
      {running && <Progress ctx={ctx} job={job} autoRefresh={autoRefresh} />}
      <dl>
        <dt>{t('budget.admin.import.format')}</dt><dd>{formatLabel(ctx, job.format)}</dd>
        <dt>{t('budget.admin.import.year')}</dt><dd>{job.year}</dd>
        <dt>{t('budget.admin.job.files')}</dt><dd>{more > 0 ? t('budget.admin.job.filesMore', { names: shown, count: number.format(more) }) : shown}</dd>
        <dt>{t('budget.admin.job.requestedBy')}</dt><dd>{job.requestedByName}</dd>
        <dt>{t('budget.admin.job.createdAt')}</dt><dd><time dateTime={job.createdAt.toISOString()}>{dateTime.format(job.createdAt)}</time></dd>
        {job.finishedAt && <><dt>{t('budget.admin.job.finishedAt')}</dt><dd><time dateTime={job.finishedAt.toISOString()}>{dateTime.format(job.finishedAt)}</time></dd></>}
      </dl>
      {job.status === 'done' && <Done ctx={ctx} institution={institution} job={job} result={result} />}
      {job.status === 'failed' && (
        <div class="error-summary" role="alert" aria-labelledby="problems-title" tabIndex={-1}>
          <h2 id="problems-title">{t('budget.admin.job.rejected', { count: number.format(job.problems.length) })}</h2>
          <ul>{job.problems.map((p) => <li>{describeImportProblem(t, p)}</li>)}</ul>
        </div>
      )}
      <p><a href={importsPath(institution.slug)}>{t('budget.admin.job.back')}</a></p>
    </BudgetAdminPage>
  );
}

function Progress({ ctx, job, autoRefresh }: { ctx: ViewContext; job: ImportJob; autoRefresh: boolean }) {
  const { t } = ctx;
  const { number } = formatters(ctx.locale);
  // Until the files are parsed the total is unknown (0): an indeterminate bar, which has no value.
  const parsing = job.totalRows === 0;
  const text = parsing ? t('budget.admin.job.parsing')
    : t('budget.admin.job.inserting', { done: number.format(job.doneRows), total: number.format(job.totalRows) });
  return (
    <>
      <p><label for="job-progress">{text}</label></p>
      <progress id="job-progress" max={parsing ? undefined : job.totalRows} value={parsing ? undefined : job.doneRows}>{text}</progress>
      <p>
        {autoRefresh
          ? <>{t('budget.admin.job.refreshing', { seconds: REFRESH_SECONDS })} <a href="?actualizar=no">{t('budget.admin.job.stopRefresh')}</a></>
          : <a href="?">{t('budget.admin.job.reload')}</a>}
      </p>
    </>
  );
}

function Done({ ctx, institution, job, result }: { ctx: ViewContext; institution: { slug: string }; job: ImportJob; result: JobResult | null }) {
  const { t } = ctx;
  const { number } = formatters(ctx.locale);
  const explorer = `/instituciones/${institution.slug}/presupuesto/${job.year}?cubo=${encodeURIComponent(job.cube ?? '')}`;
  const amount = (v: bigint | null, moneda: 'CLP' | 'USD') => (v === null ? '—' : money(v, ctx.locale, moneda));
  if (!result) return <p>{t('budget.admin.job.replaced', { cube: job.cube ?? '' })} <a href={explorer}>{t('budget.admin.job.explore')}</a></p>;
  return (
    <>
      <h2>{t('budget.admin.job.result')}</h2>
      <p>{t('budget.admin.job.imported', { cube: job.cube ?? '', facts: number.format(result.facts) })}</p>
      <Table ctx={ctx} caption={t('budget.admin.job.totals', { cube: job.cube ?? '' })} rows={result.totals} columns={[
        { header: t('budget.dimension.tipo'), cell: (r) => t(`budget.admin.tipo.${r.tipo}` as MessageKey) },
        { header: t('budget.dimension.moneda'), cell: (r) => r.moneda },
        { header: t('budget.measure.inicial'), cell: (r) => amount(r.inicial, r.moneda), numeric: true },
        { header: t('budget.measure.vigente'), cell: (r) => amount(r.vigente, r.moneda), numeric: true },
        { header: t('budget.measure.ejecutado'), cell: (r) => amount(r.ejecutado, r.moneda), numeric: true },
      ]} />
      <p><a class="button button-primary" href={explorer}>{t('budget.admin.job.explore')}</a></p>
    </>
  );
}
