// The form of a call (new draft, edit of a draft, amendment of a published call), without JavaScript: the call's
// fields, one block per lot and one row per criterion, plus a blank block to add one (form.ts reads them). An
// amendment keeps the lots and criteria as published (rules.ts checkAmendment) and asks for a public summary.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { Checkboxes } from '../../../../core/views/components/checkboxes.js';
import { Button, DateTimeField, ErrorSummary, Field, Form, Select, TextArea } from '../../../../core/views/components/form.js';
import { CATEGORIES } from '../../categories.js';
import { CALL_KINDS, CRITERION_KINDS } from '../schema.js';
import { usedSlots } from '../form.js';
import { categoryName, crumbsOf, kindName, type FormState } from './parts.js';

export type CallFormMode = 'new' | 'draft' | 'amend';
type Region = { code: string; name: string };

export function CallFormPage({ ctx, institution, mode, action, form, regions, title }: {
  ctx: ViewContext; institution: { slug: string; name: string }; mode: CallFormMode; action: string; form: FormState; regions: Region[]; title: string;
}) {
  const { t } = ctx;
  const v = form.values;
  const err = form.errors ?? {};
  const lots = usedSlots(v, 'lot');
  const crits = usedSlots(v, 'crit');
  const lastLot = Math.max(0, ...lots);
  const lastCrit = Math.max(0, ...crits);
  // A blank block more to add a lot or a criterion; a new call starts with 5 criterion rows to fill.
  const lotSlots = mode === 'amend' ? lots : [...lots, lastLot + 1];
  const critSlots = mode === 'amend' ? [] : [...crits, ...Array.from({ length: Math.max(1, 5 - crits.length) }, (_, i) => lastCrit + i + 1)];
  const f = (name: string, label = t(`procurement.calls.field.${name.replace(/^(lot|crit)\d+_/, '')}` as never)) =>
    ({ name, label, value: v[name], error: err[name] });
  return (
    <Layout ctx={ctx} title={title} institution={institution} breadcrumbs={crumbsOf(ctx, institution, true, title)}>
      <h1>{title}</h1>
      <p class="lead">{t(mode === 'amend' ? 'procurement.calls.amendLead' : 'procurement.calls.formLead')}</p>
      <ErrorSummary ctx={ctx} errors={err} />
      <Form ctx={ctx} action={action}>
        <h2>{t('procurement.calls.theCall')}</h2>
        {mode === 'amend'
          ? <p><strong>{t('procurement.calls.field.kind')}:</strong> {kindName(t, v.kind as never)}<input type="hidden" name="kind" value={v.kind} /></p>
          : <Select {...f('kind')} options={CALL_KINDS.map((k) => ({ value: k, label: kindName(t, k) }))} hint={t('procurement.calls.hint.kind')} />}
        <Field {...f('title')} required />
        <TextArea {...f('description')} rows={4} />
        <Field {...f('maxLotsBid')} inputmode="numeric" hint={t('procurement.calls.hint.maxLots')} />
        <Field {...f('maxLotsWon')} inputmode="numeric" hint={t('procurement.calls.hint.maxLots')} />
        <Field {...f('standstillDays')} value={v.standstillDays ?? '5'} inputmode="numeric" hint={t('procurement.calls.hint.standstillDays')} />

        <h2 id="f-lots" tabIndex={-1}>{t('procurement.calls.lots')}</h2>
        {err.lots && <p class="error-message">{err.lots}</p>}
        <p class="hint">{t(mode === 'amend' ? 'procurement.calls.hint.amendLots' : 'procurement.calls.hint.lots')}</p>
        {lotSlots.map((n) => {
          const p = `lot${n}_`;
          return (
            <fieldset class="card">
              <legend><strong>{n > lastLot ? t('procurement.calls.newLot') : t('procurement.calls.lotN', { n })}</strong></legend>
              <Field {...f(`${p}title`)} />
              <TextArea {...f(`${p}description`)} rows={3} />
              <Field {...f(`${p}budgetAmount`)} inputmode="numeric" hint={t('procurement.calls.hint.budgetAmount')} />
              <Select {...f(`${p}regionCode`)} options={[{ value: '', label: t('procurement.calls.anyRegion') }, ...regions.map((r) => ({ value: r.code, label: r.name }))]} />
              <Select {...f(`${p}category`)} options={CATEGORIES.map((c) => ({ value: c, label: categoryName(t, c) }))} />
              <Field {...f(`${p}admitCount`)} value={v[`${p}admitCount`] ?? '1'} inputmode="numeric" hint={t('procurement.calls.hint.admitCount')} />
              <DateTimeField {...f(`${p}questionsUntil`)} hint={t('procurement.calls.hint.dateTime')} />
              <DateTimeField {...f(`${p}bidsUntil`)} hint={t('procurement.calls.hint.dateTime')} />
              <Field {...f(`${p}awardBy`)} hint={t('procurement.calls.hint.date')} />
              <Field {...f(`${p}deliveryStart`)} hint={t('procurement.calls.hint.date')} />
              <Field {...f(`${p}deliveryEnd`)} hint={t('procurement.calls.hint.date')} />
              <Field {...f(`${p}budgetLine`)} hint={t('procurement.calls.hint.budgetLine')} />
              {mode === 'draft' && n <= lastLot && <Checkboxes name={`${p}remove`} legend={t('procurement.calls.removeLot')} options={[{ value: 'on', label: t('procurement.calls.removeLotN', { n }) }]} checked={[]} />}
            </fieldset>
          );
        })}

        <h2 id="f-criteria" tabIndex={-1}>{t('procurement.calls.criteria')}</h2>
        {err.criteria && <p class="error-message">{err.criteria}</p>}
        {mode === 'amend' ? <p class="hint">{t('procurement.calls.hint.amendCriteria')}</p> : (
          <>
            <p class="hint">{t('procurement.calls.hint.criteria')}</p>
            {critSlots.map((n) => {
              const p = `crit${n}_`;
              return (
                <fieldset class="card">
                  <legend><strong>{t('procurement.calls.criterionN', { n })}</strong></legend>
                  <Select {...f(`${p}kind`)} options={CRITERION_KINDS.map((k) => ({ value: k, label: t(`procurement.calls.criterion.${k}` as never) }))} />
                  <Field {...f(`${p}name`)} />
                  <TextArea {...f(`${p}description`)} rows={2} />
                  <Field {...f(`${p}weight`)} inputmode="numeric" hint={t('procurement.calls.hint.weight')} />
                  <Field {...f(`${p}minScore`)} inputmode="decimal" hint={t('procurement.calls.hint.minScore')} />
                  {mode === 'draft' && n <= lastCrit && <Checkboxes name={`${p}remove`} legend={t('procurement.calls.removeCriterion')} options={[{ value: 'on', label: t('procurement.calls.removeCriterionN', { n }) }]} checked={[]} />}
                </fieldset>
              );
            })}
          </>
        )}
        {mode === 'amend' && <TextArea {...f('summary')} rows={3} hint={t('procurement.calls.hint.summary')} required />}
        <Button>{t(mode === 'amend' ? 'procurement.calls.saveAmendment' : 'procurement.calls.saveDraft')}</Button>
      </Form>
    </Layout>
  );
}
