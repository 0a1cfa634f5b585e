// The managers' forms of the budget page: link a contract of the service's institutions, record a spending entry,
// and the per-row actions (unlink, remove), each a real form that POSTs (no JavaScript needed).
import type { ViewContext } from '../../../../core/views/context.js';
import { Button, ErrorSummary, Field, Form, PostButton, Select, TextArea } from '../../../../core/views/components/form.js';
import type { ContractForServices } from '../../../procurement/index.js';
import { budgetPath, pesos } from './parts.js';
import type { FormState } from './budget-page.js';

export function ContractActions({ ctx, slug, contract }: { ctx: ViewContext; slug: string; contract: ContractForServices }) {
  return <PostButton ctx={ctx} action={`${budgetPath(slug)}/contratos/${contract.id}/desvincular`} label={ctx.t('services.funding.unlink')} />;
}

export function SpendingActions({ ctx, slug, id }: { ctx: ViewContext; slug: string; id: number }) {
  return <PostButton ctx={ctx} action={`${budgetPath(slug)}/gastos/${id}/eliminar`} label={ctx.t('services.funding.remove')} />;
}

export function LinkContractForm({ ctx, action, linkable, form = { values: {} } }: { ctx: ViewContext; action: string; linkable: ContractForServices[]; form?: FormState }) {
  const { t } = ctx;
  const label = t('services.funding.contract');
  return (
    <section aria-labelledby="vincular">
      <h2 id="vincular">{t('services.funding.linkTitle')}</h2>
      <p class="hint">{t('services.funding.linkHint')}</p>
      <ErrorSummary ctx={ctx} errors={form.errors} labels={{ contract: label }} />
      {linkable.length === 0 && !form.errors ? <p class="empty-state">{t('services.funding.nothingToLink')}</p> : (
        <Form ctx={ctx} action={action}>
          <Select name="contract" label={label} value={form.values.contract} error={form.errors?.contract}
            options={linkable.map((c) => ({ value: String(c.id), label: `${c.title} — ${c.supplierName} (${pesos(ctx, c.amount)})` }))} />
          <Button>{t('services.funding.link')}</Button>
        </Form>
      )}
    </section>
  );
}

export function SpendingForm({ ctx, action, thisYear, form = { values: {} } }: { ctx: ViewContext; action: string; thisYear: number; form?: FormState }) {
  const { t } = ctx;
  const v = form.values;
  const e = form.errors ?? {};
  const labels = { year: t('services.funding.year'), amount: t('services.funding.amountPesos'), description: t('services.funding.description'), budgetLine: t('services.funding.budgetLine') };
  return (
    <section aria-labelledby="registrar-gasto">
      <h2 id="registrar-gasto">{t('services.funding.spendingTitle')}</h2>
      <ErrorSummary ctx={ctx} errors={form.errors} labels={labels} />
      <Form ctx={ctx} action={action}>
        <Field name="year" label={labels.year} value={v.year ?? String(thisYear)} error={e.year} inputmode="numeric" required />
        <Field name="amount" label={labels.amount} hint={t('services.funding.amountHint')} value={v.amount} error={e.amount} inputmode="numeric" required />
        <TextArea name="description" label={labels.description} hint={t('services.funding.descriptionHint')} value={v.description} error={e.description} rows={2} required />
        <Field name="budgetLine" label={labels.budgetLine} hint={t('services.funding.budgetLineHint')} value={v.budgetLine} error={e.budgetLine} />
        <Button>{t('services.funding.addSpending')}</Button>
      </Form>
    </section>
  );
}
