// The officials' forms on a contract's page. Each form's fields have their own names, so their ids stay unique on
// the page; a framework agreement's own contract is executed through its call-offs and shows no execution forms.
import type { ViewContext } from '../../../../core/views/context.js';
import { Button, ErrorSummary, Field, Form, Select, TextArea } from '../../../../core/views/components/form.js';
import type { ContractDetail } from '../queries.js';
import { contractUrl } from '../present.js';
import { pesos, type FormState } from './parts.js';

export function ContractForms({ ctx, c, forms }: { ctx: ViewContext; c: ContractDetail; forms: Record<string, FormState> }) {
  const { t } = ctx;
  const base = contractUrl(c.id);
  const agreement = c.call.kind === 'framework' && c.callOffId === null;
  const state = (key: string) => forms[key] ?? { values: {} };
  const scheduled = c.milestones.filter((m) => m.state === 'scheduled');
  const met = c.milestones.filter((m) => m.state === 'met');
  return (
    <section aria-labelledby="official-h">
      <h2 id="official-h">{t('procurement.contracts.officialForms')}</h2>
      {agreement && <p class="notice">{t('procurement.contracts.error.agreementNotExecuted')}</p>}
      {!agreement && c.state === 'active' && (
        <>
          <h3>{t('procurement.contracts.planMilestone')}</h3>
          <SmallForm ctx={ctx} action={`${base}/hitos`} state={state('milestone')} fields={[
            ['milestoneTitle', t('procurement.contracts.field.title')], ['milestoneDue', t('procurement.contracts.field.dueOn'), t('procurement.contracts.hint.day')],
            ['milestoneAmount', t('procurement.contracts.field.amount'), t('procurement.contracts.hint.optionalAmount')]]} submit={t('procurement.contracts.planMilestone')} />
          {scheduled.length > 0 && (
            <>
              <h3>{t('procurement.contracts.meetMilestone')}</h3>
              <SmallForm ctx={ctx} action={`${base}/hitos/cumplido`} state={state('met')} fields={[['metOn', t('procurement.contracts.field.metOn'), t('procurement.contracts.hint.day')]]}
                select={{ name: 'metMilestone', label: t('procurement.contracts.milestone'), options: scheduled.map((m) => ({ value: String(m.id), label: m.title })) }}
                submit={t('procurement.contracts.meetMilestone')} />
            </>
          )}
        </>
      )}
      {!agreement && c.state !== 'completed' && c.paid < c.amount && (
        <>
          <h3>{t('procurement.contracts.recordPayment')}</h3>
          <p class="hint">{t('procurement.contracts.paymentHint', { remaining: pesos(ctx, c.amount - c.paid) })}</p>
          <SmallForm ctx={ctx} action={`${base}/pagos`} state={state('payment')} fields={[
            ['paymentAmount', t('procurement.contracts.field.amount')], ['paidOn', t('procurement.contracts.field.paidOn'), t('procurement.contracts.hint.day')],
            ['paymentBudgetLine', t('procurement.contracts.field.budgetLine'), t('procurement.contracts.hint.paymentBudgetLine', { line: c.budgetLine ?? c.lot.budgetLine ?? '—' })]]}
            select={{ name: 'paymentMilestone', label: t('procurement.contracts.milestone'), options: [{ value: '', label: '—' }, ...met.map((m) => ({ value: String(m.id), label: m.title }))] }}
            submit={t('procurement.contracts.recordPayment')} />
        </>
      )}
      {c.call.kind === 'grant' && (
        <>
          <h3>{t('procurement.contracts.linkIncubator')}</h3>
          <SmallForm ctx={ctx} action={`${base}/incubadora`} state={forms.incubator ?? { values: { incubatorRef: c.incubatorRef ?? '' } }}
            fields={[['incubatorRef', t('procurement.contracts.field.incubatorRef'), t('procurement.contracts.hint.incubatorRef')]]} submit={t('procurement.contracts.save')} />
        </>
      )}
      {c.state === 'active' && (
        <>
          <h3>{t('procurement.contracts.terminate')}</h3>
          <ErrorSummary ctx={ctx} errors={state('terminate').errors} labels={{ reason: t('procurement.contracts.field.reason') }} />
          <Form ctx={ctx} action={`${base}/termino`}>
            <TextArea name="reason" label={t('procurement.contracts.field.reason')} value={state('terminate').values.reason} error={state('terminate').errors?.reason} rows={3} required />
            <Button variant="secondary">{t('procurement.contracts.terminate')}</Button>
          </Form>
        </>
      )}
    </section>
  );
}

/** A short form: text fields (name, label, hint), an optional select first, one button. */
function SmallForm({ ctx, action, state, fields, select, submit }: {
  ctx: ViewContext; action: string; state: FormState; fields: Array<[string, string, string?]>; submit: string;
  select?: { name: string; label: string; options: Array<{ value: string; label: string }> };
}) {
  const labels = Object.fromEntries([...fields.map(([n, l]) => [n, l]), ...(select ? [[select.name, select.label]] : [])]);
  return (
    <>
      <ErrorSummary ctx={ctx} errors={state.errors} labels={labels} />
      <Form ctx={ctx} action={action}>
        {select && <Select name={select.name} label={select.label} options={select.options} value={state.values[select.name]} error={state.errors?.[select.name]} />}
        {fields.map(([name, label, hint]) => <Field name={name} label={label} hint={hint} value={state.values[name]} error={state.errors?.[name]} />)}
        <Button>{submit}</Button>
      </Form>
    </>
  );
}
