// Pieces the contract and call-off pages share: money and dates in the reader's language, state tags, the form state
// a page re-renders with (422), the signing form (an award's contract, or a call-off's) and a call-off's quotes.
import type { ViewContext } from '../../../../core/views/context.js';
import { formatters, type MessageKey } from '../../../../core/i18n/index.js';
import { Button, ErrorSummary, Field, Form } from '../../../../core/views/components/form.js';
import { EmptyState } from '../../../../core/views/components/table.js';
import { formatPesos } from '../../money.js';

export interface FormState { values: Record<string, string>; errors?: Record<string, string> }

export const pesos = (ctx: ViewContext, amount: number | null) => (amount === null ? '—' : formatPesos(amount, ctx.locale));
/** A calendar date ('YYYY-MM-DD') in words; noon UTC is the same day in Santiago. */
export const day = (ctx: ViewContext, date: string | null) => (date === null ? '—' : formatters(ctx.locale).date.format(new Date(`${date}T12:00:00Z`)));
export const instant = (ctx: ViewContext, at: Date | null) => (at === null ? '—' : formatters(ctx.locale).dateTime.format(at));
export const stateTag = (ctx: ViewContext, kind: 'contract' | 'milestone' | 'callOff' | 'method', state: string) =>
  <span class="tag">{ctx.t(`procurement.contracts.${kind}.${state}` as MessageKey)}</span>;

/** The signing form; `hidden` names what is signed (awardId) when the action does not. */
export function SignForm({ ctx, action, form, hidden, grant }: {
  ctx: ViewContext; action: string; form: FormState; hidden?: Record<string, string>; grant: boolean;
}) {
  const { t } = ctx;
  const labels = {
    title: t('procurement.contracts.field.title'), amount: t('procurement.contracts.field.amount'), periodStart: t('procurement.contracts.field.periodStart'),
    periodEnd: t('procurement.contracts.field.periodEnd'), budgetLine: t('procurement.contracts.field.budgetLine'), incubatorRef: t('procurement.contracts.field.incubatorRef'),
  };
  const v = form.values;
  const e = form.errors ?? {};
  return (
    <>
      <ErrorSummary ctx={ctx} errors={form.errors} labels={labels} />
      <Form ctx={ctx} action={action}>
        {Object.entries(hidden ?? {}).map(([name, value]) => <input type="hidden" name={name} value={value} />)}
        <Field name="title" label={labels.title} value={v.title} error={e.title} required />
        <Field name="amount" label={labels.amount} hint={t('procurement.contracts.hint.amount')} value={v.amount} error={e.amount} inputmode="numeric" required />
        <Field name="periodStart" label={labels.periodStart} hint={t('procurement.contracts.hint.day')} value={v.periodStart} error={e.periodStart} required />
        <Field name="periodEnd" label={labels.periodEnd} hint={t('procurement.contracts.hint.day')} value={v.periodEnd} error={e.periodEnd} required />
        <Field name="budgetLine" label={labels.budgetLine} hint={t('procurement.contracts.hint.budgetLine')} value={v.budgetLine} error={e.budgetLine} />
        {grant && <Field name="incubatorRef" label={labels.incubatorRef} hint={t('procurement.contracts.hint.incubatorRef')} value={v.incubatorRef} error={e.incubatorRef} />}
        <Button>{t('procurement.contracts.sign')}</Button>
      </Form>
    </>
  );
}

/** A renewed competition's quotes as cards: a table of supplier, amount and instant scrolls sideways on a 360 px phone. */
export function QuoteList({ ctx, quotes }: { ctx: ViewContext; quotes: Array<{ supplierName: string; amount: number; submittedAt: Date }> }) {
  const { t } = ctx;
  if (quotes.length === 0) return <EmptyState>{t('table.empty')}</EmptyState>;
  return (
    <ul class="card-grid" aria-label={t('procurement.contracts.callOffs.quotes')}>
      {quotes.map((q) => (
        <li class="card">
          <h3>{q.supplierName}</h3>
          <dl class="facts">
            <div><dt>{t('procurement.contracts.callOffs.quote')}</dt><dd>{pesos(ctx, q.amount)}</dd></div>
            <div><dt>{t('procurement.contracts.callOffs.quotedAt')}</dt><dd>{instant(ctx, q.submittedAt)}</dd></div>
          </dl>
        </li>
      ))}
    </ul>
  );
}
