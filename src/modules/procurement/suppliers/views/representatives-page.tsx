// /compras/proveedores/{id}/representantes: private to the supplier's representatives. Who acts for the supplier
// (name, email, since when), a form to add an existing account by its email, and a remove button on each row but
// when only one is left (the command refuses it too).
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { Button, ErrorSummary, Field, Form, PostButton } from '../../../../core/views/components/form.js';
import { Table } from '../../../../core/views/components/table.js';
import { formatters } from '../../../../core/i18n/index.js';
import { supplierUrl } from '../present.js';
import type { listRepresentatives, SupplierDetail } from '../queries.js';
import type { FormState } from './supplier-form.js';

export function RepresentativesPage({ ctx, s, reps, form = { values: {} } }: {
  ctx: ViewContext; s: SupplierDetail; reps: Awaited<ReturnType<typeof listRepresentatives>>; form?: FormState;
}) {
  const { t } = ctx;
  const { date } = formatters(ctx.locale);
  const url = `${supplierUrl(s.id)}/representantes`;
  return (
    <Layout ctx={ctx} title={t('procurement.supplier.representatives')} breadcrumbs={[{ href: '/compras/proveedores', label: t('procurement.supplier.directory') },
      { href: supplierUrl(s.id), label: s.legalName }, { label: t('procurement.supplier.representatives') }]}>
      <h1>{t('procurement.supplier.representatives')}<span class="subtitle">{s.legalName}</span></h1>
      <p class="lead">{t('procurement.supplier.representativesLead')}</p>
      <Table ctx={ctx} caption={t('procurement.supplier.representativesCaption', { name: s.legalName })} rows={reps} columns={[
        { header: t('procurement.supplier.rep.name'), rowHeader: true, cell: (r) => r.name },
        { header: t('procurement.supplier.rep.email'), cell: (r) => r.email ?? '—' },
        { header: t('procurement.supplier.rep.since'), cell: (r) => date.format(r.addedAt) },
        { header: t('procurement.supplier.rep.actions'), cell: (r) => (reps.length > 1
          ? <PostButton ctx={ctx} action={`${url}/${r.personId}/quitar`} label={t('procurement.supplier.rep.remove')} />
          : t('procurement.supplier.rep.last')) },
      ]} />
      <h2>{t('procurement.supplier.rep.add')}</h2>
      <ErrorSummary ctx={ctx} errors={form.errors} labels={{ email: t('procurement.supplier.field.email') }} />
      <Form ctx={ctx} action={url}>
        <Field name="email" type="email" label={t('procurement.supplier.field.email')} hint={t('procurement.supplier.rep.emailHint')} value={form.values.email}
          error={form.errors?.email} autocomplete="off" required />
        <Button>{t('procurement.supplier.rep.addButton')}</Button>
      </Form>
    </Layout>
  );
}
