// /admin/utm: the UTM of each month with its source, and the form to add or correct a month (platform admins). The
// quick-purchase ceiling of a call is this figure of its month of publication times the configured number of UTM.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { EmptyState, Table } from '../../../../core/views/components/table.js';
import { Button, ErrorSummary, Field, Form } from '../../../../core/views/components/form.js';
import { pesos, type FormState } from './parts.js';

export const UTM_PATH = '/admin/utm';
type UtmRow = { month: string; pesos: number; source: string };

export function UtmPage({ ctx, rows, form = { values: {} }, ceilingUtm }: { ctx: ViewContext; rows: UtmRow[]; form?: FormState; ceilingUtm: number }) {
  const { t, locale } = ctx;
  const labels = { month: t('procurement.calls.utm.month'), pesos: t('procurement.calls.utm.pesos'), source: t('procurement.calls.utm.source') };
  return (
    <Layout ctx={ctx} title={t('procurement.calls.utm.title')} breadcrumbs={[{ href: '/', label: t('nav.home') }, { label: t('procurement.calls.utm.title') }]}>
      <h1>{t('procurement.calls.utm.title')}</h1>
      <p class="lead">{t('procurement.calls.utm.lead', { utm: ceilingUtm })}</p>
      <p><a href="/auditoria?resource=procurement_utm">{t('procurement.calls.utm.history')}</a></p>
      {rows.length === 0 ? <EmptyState>{t('procurement.calls.utm.none')}</EmptyState> : (
        <Table ctx={ctx} caption={t('procurement.calls.utm.caption')} rows={rows} columns={[
          { header: labels.month, cell: (r) => r.month.slice(0, 7) },
          { header: labels.pesos, cell: (r) => pesos(r.pesos, locale), numeric: true },
          { header: t('procurement.calls.utm.ceiling', { utm: ceilingUtm }), cell: (r) => pesos(r.pesos * ceilingUtm, locale), numeric: true },
          { header: labels.source, cell: (r) => r.source },
          { header: t('procurement.calls.utm.actions'), cell: (r) => <a href={`${UTM_PATH}?mes=${r.month.slice(0, 7)}#f-month`}>{t('procurement.calls.utm.correct', { month: r.month.slice(0, 7) })}</a> },
        ]} />
      )}
      <h2>{t('procurement.calls.utm.set')}</h2>
      <ErrorSummary ctx={ctx} errors={form.errors} labels={labels} />
      <Form ctx={ctx} action={UTM_PATH}>
        <Field name="month" label={labels.month} hint={t('procurement.calls.utm.monthHint')} value={form.values.month} error={form.errors?.month} inputmode="numeric" required />
        <Field name="pesos" label={labels.pesos} hint={t('procurement.calls.utm.pesosHint')} value={form.values.pesos} error={form.errors?.pesos} inputmode="numeric" required />
        <Field name="source" label={labels.source} hint={t('procurement.calls.utm.sourceHint')} value={form.values.source} error={form.errors?.source} required />
        <Button>{t('procurement.calls.utm.save')}</Button>
      </Form>
    </Layout>
  );
}
