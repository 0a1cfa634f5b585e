// A call-off's page: its agreement and lot, method, maximum, deadline, the admitted suppliers, the quotes once the
// competition closed (sealed before: each supplier sees only its own), the supplier it went to and its contract. The
// forms: a quote for representatives of admitted suppliers while it runs; award, cancel and sign for officials.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { Button, ErrorSummary, Field, Form, PostButton, Select, TextArea } from '../../../../core/views/components/form.js';
import { canManageContracts } from '../policy.js';
import { quotesOpen, type CallOffDetail } from '../queries-call-offs.js';
import { callOffUrl, callUrl, contractUrl, ocdsRecordUrl } from '../present.js';
import { callOffsPath } from './call-offs-page.js';
import { QuoteList, SignForm, day, instant, pesos, stateTag, type FormState } from './parts.js';

export interface CallOffPageProps {
  ctx: ViewContext;
  c: CallOffDetail;
  /** The admitted suppliers the viewer represents (may quote for). */
  quoting: Array<{ id: number; name: string }>;
  forms: Record<string, FormState>;
  now: Date;
}

export function CallOffPage({ ctx, c, quoting, forms, now }: CallOffPageProps) {
  const { t } = ctx;
  const open = quotesOpen(c, now);
  const running = c.state === 'competition' && c.method === 'mini_competition' && !open;
  const official = canManageContracts(ctx.actor, c.institutionId);
  const own = c.quotes.filter((q) => quoting.some((s) => s.id === q.supplierId));
  const state = (key: string) => forms[key] ?? { values: {} };
  return (
    <Layout ctx={ctx} title={c.title} institution={c.institution} breadcrumbs={[
      { href: '/', label: t('nav.home') }, { href: `/instituciones/${c.institution.slug}`, label: c.institution.name },
      { href: callUrl(c.institution.slug, c.agreement.id), label: c.agreement.title },
      { href: callOffsPath(c.institution.slug, c.agreement.id), label: t('procurement.contracts.callOffs.title') }, { label: c.title }]}>
      <h1>{c.title}</h1>
      <p>{stateTag(ctx, 'callOff', c.state)} {stateTag(ctx, 'method', c.method)}</p>
      {c.description && <p>{c.description}</p>}
      {c.cancellationReason && <p class="notice">{t('procurement.contracts.callOffs.cancelled', { reason: c.cancellationReason })}</p>}
      <dl class="facts">
        <div><dt>{t('procurement.contracts.callOffs.agreement')}</dt><dd><a href={callUrl(c.institution.slug, c.agreement.id)}>{c.agreement.title}</a></dd></div>
        <div><dt>{t('procurement.contracts.lot')}</dt><dd>{c.lot.number}. {c.lot.title}</dd></div>
        <div><dt>{t('procurement.contracts.callOffs.maxAmount')}</dt><dd>{pesos(ctx, c.maxAmount)}</dd></div>
        {c.quotesUntil && <div><dt>{t('procurement.contracts.callOffs.quotesUntil')}</dt><dd>{instant(ctx, c.quotesUntil)}</dd></div>}
        {c.supplierName && <div><dt>{t('procurement.contracts.callOffs.placedWith')}</dt><dd>{c.supplierName} · {pesos(ctx, c.amount)}</dd></div>}
        {c.contractId && <div><dt>{t('procurement.contracts.callOffs.contract')}</dt><dd><a href={contractUrl(c.contractId)}>{t('procurement.contracts.callOffs.seeContract')}</a></dd></div>}
        <div><dt>OCDS</dt><dd><a href={ocdsRecordUrl(c.ocid)}>{c.ocid}</a></dd></div>
      </dl>
      <h2>{t('procurement.contracts.callOffs.admitted')}</h2>
      <ul>{c.admitted.map((s) => <li>{s.name}</li>)}</ul>
      {c.method === 'mini_competition' && (
        <>
          <h2>{t('procurement.contracts.callOffs.quotes')}</h2>
          {open ? <QuoteList ctx={ctx} quotes={c.quotes} /> : <p class="notice">{t('procurement.contracts.callOffs.sealed')}</p>}
          {!open && own.map((q) => <p>{t('procurement.contracts.callOffs.yourQuote', { supplier: q.supplierName, amount: pesos(ctx, q.amount), at: instant(ctx, q.submittedAt) })}</p>)}
        </>
      )}
      {running && quoting.length > 0 && <QuoteForm ctx={ctx} c={c} quoting={quoting} form={state('quote')} />}
      {official && c.state === 'competition' && (
        <section aria-labelledby="decide-h">
          <h2 id="decide-h">{t('procurement.contracts.callOffs.decide')}</h2>
          <ErrorSummary ctx={ctx} errors={state('award').errors} />
          {open && <PostButton ctx={ctx} action={`${callOffUrl(c.id)}/adjudicar`} label={t('procurement.contracts.callOffs.award')} />}
          {!open && <p class="hint">{t('procurement.contracts.callOffs.awardAfter', { at: instant(ctx, c.quotesUntil) })}</p>}
          <ErrorSummary ctx={ctx} errors={state('cancel').errors} labels={{ reason: t('procurement.contracts.field.reason') }} />
          <Form ctx={ctx} action={`${callOffUrl(c.id)}/anular`}>
            <TextArea name="reason" label={t('procurement.contracts.field.reason')} value={state('cancel').values.reason} error={state('cancel').errors?.reason} rows={3} required />
            <Button variant="secondary">{t('procurement.contracts.callOffs.cancel')}</Button>
          </Form>
        </section>
      )}
      {official && c.state === 'placed' && !c.contractId && (
        <section aria-labelledby="sign-h">
          <h2 id="sign-h">{t('procurement.contracts.sign')}</h2>
          <p class="hint">{t('procurement.contracts.delivery', { start: day(ctx, c.lot.deliveryStart), end: day(ctx, c.lot.deliveryEnd) })}</p>
          <SignForm ctx={ctx} action={`${callOffUrl(c.id)}/contrato`} form={forms.sign ?? { values: {
            title: c.title, amount: String(c.amount ?? ''), periodStart: c.lot.deliveryStart, periodEnd: c.lot.deliveryEnd, budgetLine: c.lot.budgetLine ?? '' } }} grant={false} />
        </section>
      )}
    </Layout>
  );
}

function QuoteForm({ ctx, c, quoting, form }: { ctx: ViewContext; c: CallOffDetail; quoting: Array<{ id: number; name: string }>; form: FormState }) {
  const { t } = ctx;
  const labels = { supplierId: t('procurement.contracts.supplier'), amount: t('procurement.contracts.callOffs.quote') };
  return (
    <section aria-labelledby="quote-h">
      <h2 id="quote-h">{t('procurement.contracts.callOffs.quoteTitle')}</h2>
      <p class="hint">{t('procurement.contracts.callOffs.quoteHint', { max: pesos(ctx, c.maxAmount), at: instant(ctx, c.quotesUntil) })}</p>
      <ErrorSummary ctx={ctx} errors={form.errors} labels={labels} />
      <Form ctx={ctx} action={`${callOffUrl(c.id)}/cotizacion`}>
        <Select name="supplierId" label={labels.supplierId} value={form.values.supplierId} error={form.errors?.supplierId}
          options={quoting.map((s) => ({ value: String(s.id), label: s.name }))} />
        <Field name="amount" label={labels.amount} value={form.values.amount} error={form.errors?.amount} inputmode="numeric" required />
        <Button>{t('procurement.contracts.callOffs.submitQuote')}</Button>
      </Form>
    </section>
  );
}
