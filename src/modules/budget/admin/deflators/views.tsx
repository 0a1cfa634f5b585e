// The deflator table as a public page: what it is for, an example of the chain over the whole table, every year with
// its source and last change, and for those who may edit it the form to add or correct a year.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { Table } from '../../../../core/views/components/table.js';
import { Button, ErrorSummary, Field, Form } from '../../../../core/views/components/form.js';
import { formatters, type Locale } from '../../../../core/i18n/index.js';
import { canEditBudgetReferenceData } from '../../../../core/policy.js';
import { money } from '../../pages/money.js';
import type { DeflatorRow } from './queries.js';

export const DEFLATORS_PATH = '/presupuesto/deflactores';

export interface DeflatorFormState {
  values: Record<string, string>;
  errors?: Record<string, string>;
}

/** The chain from the first year of the table to the last, as the example: or the years that break it. */
export type DeflatorExample =
  | { from: number; to: number; amount: bigint; converted: bigint }
  | { from: number; to: number; missing: number[] }
  | null;

/** "2,2 %" (es-CL) / "2.2%" (en): a percent as its readers write it. */
export const formatVariation = (variation: string, locale: Locale) =>
  `${new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 2 }).format(Number(variation))}${locale === 'en' ? '%' : ' %'}`;

export function DeflatorsPage({ ctx, rows, example, form = { values: {} } }: {
  ctx: ViewContext; rows: DeflatorRow[]; example: DeflatorExample; form?: DeflatorFormState;
}) {
  const { t } = ctx;
  const { dateTime } = formatters(ctx.locale);
  const canEdit = canEditBudgetReferenceData(ctx.actor);
  const labels = { year: t('budget.admin.deflators.year'), variation: t('budget.admin.deflators.variation'), source: t('budget.admin.deflators.source') };
  return (
    <Layout ctx={ctx} title={t('budget.admin.deflators.title')} breadcrumbs={[{ href: '/', label: t('nav.home') }, { label: t('budget.admin.deflators.title') }]}>
      <h1>{t('budget.admin.deflators.title')}</h1>
      <p class="lead">{t('budget.admin.deflators.lead')}</p>
      <p>{t('budget.admin.deflators.how')}</p>
      {example && ('missing' in example
        ? <p>{t('budget.admin.deflators.gap', { from: example.from, to: example.to, years: example.missing.join(', ') })}</p>
        : <p>{t('budget.admin.deflators.example', {
          amount: money(example.amount, ctx.locale), from: example.from, converted: money(example.converted, ctx.locale), to: example.to,
        })}</p>)}
      <p>{t('budget.admin.deflators.who')} <a href="/auditoria?resource=budget_deflator">{t('budget.admin.deflators.history')}</a></p>
      <Table ctx={ctx} caption={t('budget.admin.deflators.caption')} rows={rows} columns={[
        { header: labels.year, cell: (r) => r.year },
        { header: labels.variation, cell: (r) => formatVariation(r.variation, ctx.locale), numeric: true },
        { header: labels.source, cell: (r) => r.source },
        { header: t('budget.admin.rules.changedBy'), cell: (r) => r.updatedByName ?? t('budget.admin.deflators.seeded') },
        { header: t('budget.admin.rules.changedAt'), cell: (r) => <time dateTime={r.updatedAt.toISOString()}>{dateTime.format(r.updatedAt)}</time> },
        ...(canEdit ? [{ header: t('budget.admin.actions'), cell: (r: DeflatorRow) => <a href={`${DEFLATORS_PATH}?anio=${r.year}#f-year`}>{t('budget.admin.deflators.correct', { year: r.year })}</a> }] : []),
      ]} />
      {canEdit && (
        <>
          <h2>{t('budget.admin.deflators.set')}</h2>
          <ErrorSummary ctx={ctx} errors={form.errors} labels={labels} />
          <Form ctx={ctx} action={DEFLATORS_PATH}>
            <Field name="year" label={labels.year} hint={t('budget.admin.deflators.yearHint')} value={form.values.year} error={form.errors?.year} inputmode="numeric" required />
            <Field name="variation" label={labels.variation} hint={t('budget.admin.deflators.variationHint')} value={form.values.variation} error={form.errors?.variation} inputmode="decimal" required />
            <Field name="source" label={labels.source} hint={t('budget.admin.deflators.sourceHint')} value={form.values.source} error={form.errors?.source} required />
            <Button>{t('budget.admin.deflators.save')}</Button>
          </Form>
        </>
      )}
    </Layout>
  );
}
