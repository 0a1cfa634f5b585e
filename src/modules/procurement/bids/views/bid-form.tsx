// The bid form: a real multipart form (no JavaScript) written out rather than <Form>, since files need
// enctype="multipart/form-data"; the CSRF token is its first field (core/identity/eligibility/upload.ts reads it into
// the body before the app-wide check). A refused bid comes back (422) with its values kept, except the files: a
// browser cannot pre-fill a file input, and the server keeps nothing of a refused bid, so the page asks to attach them
// again.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { Button, ErrorSummary, Field, Select, TextArea } from '../../../../core/views/components/form.js';
import { CSRF_FIELD } from '../../../../core/http/csrf.js';
import type { AnsweredCriterion, BidLot } from '../queries.js';
import { MAX_BID_BYTES, MAX_BID_DOCUMENTS, MAX_DOCUMENT_BYTES, answerField } from '../commands/submit-bid.js';
import { MY_BIDS_PATH, bidFormPath } from '../present.js';
import { callCrumbs, formatInstant, formatPesos, timeLeft } from './parts.js';

export interface FormState { values: Record<string, string>; errors?: Record<string, string> }
export type BidderSupplier = { id: number; legalName: string; hasLiveBid: boolean };

/** What the file input offers to pick; the server decides by the content (core/http/files.ts sniffDocument). */
const ACCEPT = '.pdf,.odt,.docx,.xlsx,.csv,.png,.jpg,.jpeg,application/pdf';
const MB = 1024 * 1024;

export function BidFormPage({ ctx, lot, criteria, suppliers, now, form = { values: {} } }: {
  ctx: ViewContext; lot: BidLot; criteria: AnsweredCriterion[]; suppliers: BidderSupplier[]; now: Date; form?: FormState;
}) {
  const { t } = ctx;
  const open = lot.callState === 'published' && lot.state === 'open' && now.getTime() <= lot.bidsUntil.getTime();
  const free = suppliers.filter((s) => !s.hasLiveBid);
  return (
    <Layout ctx={ctx} title={t('procurement.bid.form.title', { number: lot.number })} institution={{ slug: lot.institutionSlug, name: lot.institutionName }}
      breadcrumbs={[...callCrumbs(ctx, lot), { label: t('procurement.bid.form.title', { number: lot.number }) }]}>
      <h1>{t('procurement.bid.form.heading', { number: lot.number, title: lot.title })}<span class="subtitle">{lot.callTitle}</span></h1>
      <dl class="facts">
        <div><dt>{t('procurement.bid.form.budget')}</dt><dd>{formatPesos(ctx, lot.budgetAmount)}</dd></div>
        <div><dt>{t('procurement.bid.form.deadline')}</dt><dd>{formatInstant(ctx, lot.bidsUntil)}</dd><dd class="hint">{timeLeft(ctx, lot.bidsUntil, now)}</dd></div>
      </dl>
      {!open && <p class="notice">{t('procurement.bid.form.closed')}</p>}
      {open && suppliers.filter((s) => s.hasLiveBid).map((s) => <p class="notice">{t('procurement.bid.form.alreadyBid', { supplier: s.legalName })}</p>)}
      {open && free.length < suppliers.length && <p><a href={MY_BIDS_PATH}>{t('procurement.bid.form.myBids')}</a></p>}
      {open && free.length > 0 && <BidForm ctx={ctx} lot={lot} criteria={criteria} suppliers={free} form={form} />}
    </Layout>
  );
}

function BidForm({ ctx, lot, criteria, suppliers, form }: { ctx: ViewContext; lot: BidLot; criteria: AnsweredCriterion[]; suppliers: BidderSupplier[]; form: FormState }) {
  const { t } = ctx;
  const labels: Record<string, string> = {
    supplierId: t('procurement.bid.form.supplier'), price: t('procurement.bid.form.price'), documents: t('procurement.bid.form.documents'),
    ...Object.fromEntries(criteria.map((c) => [answerField(c.id), c.name])),
  };
  const errors = form.errors ?? {};
  const hadErrors = Object.keys(errors).length > 0;
  return <>
    <p class="notice">{t('procurement.bid.form.sealedNotice')}</p>
    <ErrorSummary ctx={ctx} errors={errors} labels={labels} />
    <form id="f-form" method="post" action={bidFormPath(lot.institutionSlug, lot.callId, lot.number)} enctype="multipart/form-data" noValidate>
      <input type="hidden" name={CSRF_FIELD} value={ctx.csrfToken} />
      {suppliers.length > 1
        ? <Select name="supplierId" label={labels.supplierId!} hint={t('procurement.bid.form.supplierHint')} value={form.values.supplierId} error={errors.supplierId}
          options={suppliers.map((s) => ({ value: String(s.id), label: s.legalName }))} />
        : <input type="hidden" name="supplierId" value={String(suppliers[0]!.id)} />}
      <Field name="price" label={labels.price!} hint={t('procurement.bid.form.priceHint', { budget: formatPesos(ctx, lot.budgetAmount) })}
        value={form.values.price} error={errors.price} inputmode="numeric" required />
      {criteria.length > 0 && (
        <fieldset class="field">
          <legend>{t('procurement.bid.form.answers')}</legend>
          <p class="hint">{t('procurement.bid.form.answersHint')}</p>
          {criteria.map((c) => (
            <TextArea name={answerField(c.id)} label={t('procurement.bid.form.criterion', { name: c.name, weight: c.weight })} hint={c.description || undefined}
              value={form.values[answerField(c.id)]} error={errors[answerField(c.id)]} rows={6} required />
          ))}
        </fieldset>
      )}
      <div class={`field${errors.documents ? ' field-error' : ''}`}>
        <label for="f-documents">{labels.documents}</label>
        <p class="hint" id="f-documents-hint">
          {t('procurement.bid.form.documentsHint', { count: MAX_BID_DOCUMENTS, mb: MAX_DOCUMENT_BYTES / MB, total: MAX_BID_BYTES / MB })}
          {hadErrors && <> <strong>{t('procurement.bid.form.reattach')}</strong></>}
        </p>
        {errors.documents && <p class="error-message" id="f-documents-error">{errors.documents}</p>}
        <input id="f-documents" name="documents" type="file" multiple accept={ACCEPT} aria-invalid={errors.documents ? 'true' : undefined}
          aria-describedby={errors.documents ? 'f-documents-hint f-documents-error' : 'f-documents-hint'} />
      </div>
      <Button>{t('procurement.bid.form.submit')}</Button>
    </form>
  </>;
}

/** The page for someone who represents no supplier (403): what to do instead. */
export function NotRepresentingPage({ ctx }: { ctx: ViewContext }) {
  return (
    <Layout ctx={ctx} title={ctx.t('procurement.bid.forbidden.title')}>
      <h1>{ctx.t('procurement.bid.forbidden.title')}</h1>
      <p>{ctx.t('procurement.bid.forbidden.body')}</p>
      <p><a class="button button-primary" href="/compras/proveedores/nuevo">{ctx.t('procurement.bid.forbidden.register')}</a></p>
    </Layout>
  );
}
