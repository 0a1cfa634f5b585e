// …/llamados/{id}/evaluacion: the evaluators' workspace. The committee (and, for procurement officials, the form to
// appoint), the reader's declaration of interests, then each lot: its bids with the reader's scoring forms, and for
// procurement officials the provisional ranking, the award button and the form to declare the lot deserted.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { Button, ErrorSummary, Form, Select } from '../../../../core/views/components/form.js';
import { Checkboxes } from '../../../../core/views/components/checkboxes.js';
import { formatters } from '../../../../core/i18n/index.js';
import type { Workspace } from '../workspace.js';
import { workspacePath } from '../present.js';
import { callPath } from './report-page.js';
import { LotSection } from './lot-section.js';
import type { Forms } from './parts.js';
import { printRut } from '../../suppliers/views/parts.js';

export function WorkspacePage({ ctx, w, forms = {} }: { ctx: ViewContext; w: Workspace; forms?: Forms }) {
  const { t } = ctx;
  const { dateTime } = formatters(ctx.locale);
  const base = workspacePath(w.call.institution.slug, w.call.id);
  const errors = Object.values(forms).reduce<Record<string, string>>((all, f) => ({ ...all, ...f.errors }), {});
  return (
    <Layout ctx={ctx} title={`${t('procurement.evaluation.workspace.title')} · ${w.call.title}`} institution={w.call.institution} breadcrumbs={[
      { href: `/instituciones/${w.call.institution.slug}/compras`, label: w.call.institution.name },
      { href: callPath(w.call.institution.slug, w.call.id), label: w.call.title },
      { label: t('procurement.evaluation.workspace.title') },
    ]}>
      <h1>{w.call.title}<span class="subtitle">{t('procurement.evaluation.workspace.title')}</span></h1>
      <ErrorSummary ctx={ctx} errors={errors} />
      <p><a href={callPath(w.call.institution.slug, w.call.id)}>{t('procurement.evaluation.workspace.callPage')}</a></p>
      <section aria-labelledby="comision">
        <h2 id="comision">{t('procurement.evaluation.evaluators.title')}</h2>
        {w.evaluators.length === 0 ? <p>{t('procurement.evaluation.evaluators.none')}</p> : (
          <ul>
            {w.evaluators.map((e) => <li>{e.name} — {e.declaredAt
              ? t('procurement.evaluation.evaluators.declaredOn', { date: dateTime.format(e.declaredAt) }) : t('procurement.evaluation.evaluators.pending')}</li>)}
          </ul>
        )}
        {w.manages && w.officials.length > 0 && (
          <Form ctx={ctx} action={`${base}/evaluadores`}>
            {forms.appoint?.errors.form && <p class="error-message" id="f-form">{forms.appoint.errors.form}</p>}
            <Select name="personId" label={t('procurement.evaluation.appoint.label')} hint={t('procurement.evaluation.appoint.hint')}
              value={forms.appoint?.values.personId} error={forms.appoint?.errors.personId}
              options={w.officials.map((o) => ({ value: String(o.personId), label: o.name }))} />
            <Button variant="secondary">{t('procurement.evaluation.appoint.submit')}</Button>
          </Form>
        )}
      </section>
      {w.me && <Declaration ctx={ctx} w={w} action={`${base}/declaracion`} form={forms.declaration} />}
      {w.lots.map((lot) => <LotSection ctx={ctx} w={w} lot={lot} base={base} forms={forms} />)}
    </Layout>
  );
}

function Declaration({ ctx, w, action, form }: { ctx: ViewContext; w: Workspace; action: string; form?: Forms[string] }) {
  const { t } = ctx;
  const me = w.me!;
  const suppliers = [...new Map(w.bids.map((b) => [b.supplierId, b.supplier])).entries()];
  const checked = form ? (form.values.conflictSupplierIds ?? '').split(',').filter(Boolean) : me.conflictSupplierIds.map(String);
  return (
    <section aria-labelledby="declaracion">
      <h2 id="declaracion">{t('procurement.evaluation.declaration.title')}</h2>
      {me.declaredAt && <p class="notice">{t('procurement.evaluation.declaration.done', { date: formatters(ctx.locale).dateTime.format(me.declaredAt) })}</p>}
      {suppliers.length === 0 ? <p>{t('procurement.evaluation.declaration.before')}</p> : (
        <Form ctx={ctx} action={action}>
          {form?.errors.form && <p class="error-message" id="f-form">{form.errors.form}</p>}
          <Checkboxes name="conflictSupplierIds" legend={t('procurement.evaluation.declaration.legend')} hint={t('procurement.evaluation.declaration.hint')}
            checked={checked} error={form?.errors.conflictSupplierIds}
            options={suppliers.map(([id, s]) => ({ value: String(id), label: s.rut ? `${s.legalName} (RUT ${printRut(s.rut)})` : s.legalName }))} />
          <blockquote><p>{t('procurement.evaluation.declaration.text')}</p></blockquote>
          <Checkboxes name="sign" legend={t('procurement.evaluation.declaration.title')} checked={[]} error={form?.errors.sign}
            options={[{ value: 'yes', label: t('procurement.evaluation.declaration.sign') }]} />
          <Button>{t('procurement.evaluation.declaration.submit')}</Button>
        </Form>
      )}
    </section>
  );
}
