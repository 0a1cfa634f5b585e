// A framework agreement's call-offs: each awarded lot's budget and what its call-offs already commit, the list of
// call-offs, and for the institution's officials the form to place one (direct, or a renewed competition).
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { EmptyState, ExportLinks, Table } from '../../../../core/views/components/table.js';
import { Button, DateTimeField, ErrorSummary, Field, Form, Select, TextArea } from '../../../../core/views/components/form.js';
import { canManageContracts } from '../policy.js';
import type { CallOffListRow, LotBudget } from '../queries-call-offs.js';
import { callOffUrl, callUrl } from '../present.js';
import { instant, pesos, stateTag, type FormState } from './parts.js';

export const callOffsPath = (slug: string, callId: number) => `${callUrl(slug, callId)}/ordenes`;

export function CallOffsPage({ ctx, call, institution, lots, callOffs, form }: {
  ctx: ViewContext; call: { id: number; title: string; kind: string; institutionId: number }; institution: { slug: string; name: string };
  lots: LotBudget[]; callOffs: CallOffListRow[]; form: FormState;
}) {
  const { t } = ctx;
  const official = canManageContracts(ctx.actor, call.institutionId) && call.kind === 'framework' && lots.length > 0;
  return (
    <Layout ctx={ctx} title={t('procurement.contracts.callOffs.ofCall', { title: call.title })} institution={institution} breadcrumbs={[
      { href: '/', label: t('nav.home') }, { href: `/instituciones/${institution.slug}/compras`, label: institution.name },
      { href: callUrl(institution.slug, call.id), label: call.title }, { label: t('procurement.contracts.callOffs.title') }]}>
      <h1>{t('procurement.contracts.callOffs.ofCall', { title: call.title })}</h1>
      <p class="lead">{t(call.kind === 'framework' ? 'procurement.contracts.callOffs.lead' : 'procurement.contracts.error.notFramework')}</p>
      {/* Three columns and a list of cards rather than wide tables: at 360 px a six-column table scrolls sideways. */}
      <Table ctx={ctx} caption={t('procurement.contracts.callOffs.lotBudgets')} rows={lots} columns={[
        { header: t('procurement.contracts.lot'), rowHeader: true, cell: (l) => <>{`${l.number}. ${l.title}`}{l.admitted.length > 0
          && <span class="cell-note">{t('procurement.contracts.callOffs.admitted')}: {l.admitted.map((a) => a.name).join(', ')}</span>}</> },
        { header: t('procurement.contracts.callOffs.budget'), cell: (l) => pesos(ctx, l.budget), numeric: true },
        { header: t('procurement.contracts.remaining'), cell: (l) => <>{pesos(ctx, l.budget - l.committed)}
          <span class="cell-note">{t('procurement.contracts.callOffs.committedNote', { amount: pesos(ctx, l.committed) })}</span></>, numeric: true },
      ]} />
      <h2>{t('procurement.contracts.callOffs.title')}</h2>
      {callOffs.length === 0 ? <EmptyState>{t('table.empty')}</EmptyState> : (
        <ul class="card-grid" aria-label={t('procurement.contracts.callOffs.title')}>{callOffs.map((c) => <CallOffCard ctx={ctx} c={c} />)}</ul>
      )}
      <ExportLinks ctx={ctx} baseUrl={`/api/v1/procurement/call-offs?call=${call.id}`} />
      {official && <PlaceForm ctx={ctx} action={callOffsPath(institution.slug, call.id)} lots={lots} form={form} />}
    </Layout>
  );
}

function CallOffCard({ ctx, c }: { ctx: ViewContext; c: CallOffListRow }) {
  const { t } = ctx;
  return (
    <li class="card">
      <h3><a href={callOffUrl(c.id)}>{c.title}</a></h3>
      <p>{stateTag(ctx, 'callOff', c.state)} {stateTag(ctx, 'method', c.method)}</p>
      <dl class="facts">
        <div><dt>{t('procurement.contracts.lot')}</dt><dd>{c.lotNumber}</dd></div>
        <div><dt>{t('procurement.contracts.callOffs.amount')}</dt><dd>{pesos(ctx, c.amount ?? c.maxAmount)}</dd></div>
        <div><dt>{t('procurement.contracts.supplier')}</dt><dd>{c.supplierName
          ?? (c.quotesUntil ? t('procurement.contracts.callOffs.quotesUntilShort', { at: instant(ctx, c.quotesUntil) }) : '—')}</dd></div>
      </dl>
    </li>
  );
}

function PlaceForm({ ctx, action, lots, form }: { ctx: ViewContext; action: string; lots: LotBudget[]; form: FormState }) {
  const { t } = ctx;
  const labels = {
    lotId: t('procurement.contracts.lot'), title: t('procurement.contracts.field.title'), description: t('procurement.contracts.callOffs.description'),
    method: t('procurement.contracts.callOffs.method'), maxAmount: t('procurement.contracts.callOffs.maxAmount'), supplierId: t('procurement.contracts.callOffs.directSupplier'),
    quotesUntil: t('procurement.contracts.callOffs.quotesUntil'),
  };
  const v = form.values;
  const e = form.errors ?? {};
  return (
    <section aria-labelledby="place-h">
      <h2 id="place-h">{t('procurement.contracts.callOffs.place')}</h2>
      <ErrorSummary ctx={ctx} errors={form.errors} labels={labels} />
      <Form ctx={ctx} action={action}>
        <Select name="lotId" label={labels.lotId} value={v.lotId} error={e.lotId} options={lots.map((l) => ({ value: String(l.id), label: `${l.number}. ${l.title}` }))} />
        <Field name="title" label={labels.title} value={v.title} error={e.title} required />
        <TextArea name="description" label={labels.description} value={v.description} error={e.description} rows={3} />
        <Select name="method" label={labels.method} value={v.method} error={e.method} hint={t('procurement.contracts.callOffs.methodHint')} options={[
          { value: 'direct', label: t('procurement.contracts.method.direct') }, { value: 'mini_competition', label: t('procurement.contracts.method.mini_competition') }]} />
        <Field name="maxAmount" label={labels.maxAmount} hint={t('procurement.contracts.callOffs.maxAmountHint')} value={v.maxAmount} error={e.maxAmount} inputmode="numeric" required />
        <Select name="supplierId" label={labels.supplierId} value={v.supplierId} error={e.supplierId} hint={t('procurement.contracts.callOffs.directSupplierHint')}
          options={[{ value: '', label: '—' }, ...lots.flatMap((l) => l.admitted.map((a) => ({ value: String(a.id), label: `${t('procurement.contracts.lot')} ${l.number}: ${a.name}` })))]} />
        <DateTimeField name="quotesUntil" label={labels.quotesUntil} hint={t('procurement.contracts.callOffs.quotesUntilHint')} value={v.quotesUntil} error={e.quotesUntil} />
        <Button>{t('procurement.contracts.callOffs.place')}</Button>
      </Form>
    </section>
  );
}
