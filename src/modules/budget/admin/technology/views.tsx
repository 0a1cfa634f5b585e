// The technology rule set as a public, documented page: how matching works (technology.ts), every rule with its state
// and its last change, and for those who may edit it (policy.ts, canEditBudgetReferenceData) the forms.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { Table } from '../../../../core/views/components/table.js';
import { Button, ErrorSummary, Field, Form, PostButton } from '../../../../core/views/components/form.js';
import { formatters } from '../../../../core/i18n/index.js';
import { canEditBudgetReferenceData } from '../../../../core/policy.js';
import type { TechnologyRuleRow } from './queries.js';

export const RULES_PATH = '/presupuesto/reglas-tecnologia';

export interface RuleFormState {
  values: Record<string, string>;
  errors: Record<string, string>;
}

/** The matching, in the words of technology.ts, for anyone reading a technology figure. */
const EXPLANATION = ['budget.admin.rules.how1', 'budget.admin.rules.how2', 'budget.admin.rules.how3', 'budget.admin.rules.how4', 'budget.admin.rules.how5'] as const;

export function TechnologyRulesPage({ ctx, rules, form }: { ctx: ViewContext; rules: TechnologyRuleRow[]; form?: RuleFormState }) {
  const { t } = ctx;
  const { dateTime } = formatters(ctx.locale);
  const canEdit = canEditBudgetReferenceData(ctx.actor);
  const labels = { code: t('budget.admin.rules.code'), label: t('budget.admin.rules.label') };
  return (
    <Layout ctx={ctx} title={t('budget.admin.rules.title')} breadcrumbs={[{ href: '/', label: t('nav.home') }, { label: t('budget.admin.rules.title') }]}>
      <h1>{t('budget.admin.rules.title')}</h1>
      <p class="lead">{t('budget.admin.rules.lead')}</p>
      <h2>{t('budget.admin.rules.how')}</h2>
      {EXPLANATION.map((key) => <p>{t(key)}</p>)}
      <p>{t('budget.admin.rules.who')} <a href="/auditoria?resource=budget_technology_rule">{t('budget.admin.rules.history')}</a></p>
      <Table ctx={ctx} caption={t('budget.admin.rules.caption')} rows={rules} columns={[
        { header: labels.code, cell: (r) => <code>{r.code}</code> },
        { header: labels.label, cell: (r) => r.label },
        { header: t('budget.admin.rules.state'), cell: (r) => (r.active ? t('budget.admin.rules.active') : <span class="tag">{t('budget.admin.rules.inactive')}</span>) },
        { header: t('budget.admin.rules.changedBy'), cell: (r) => r.changedBy ?? t('budget.admin.rules.seeded') },
        { header: t('budget.admin.rules.changedAt'), cell: (r) => (r.changedAt ? <time dateTime={r.changedAt.toISOString()}>{dateTime.format(r.changedAt)}</time> : '—') },
        ...(canEdit ? [{ header: t('budget.admin.actions'), cell: (r: TechnologyRuleRow) => <a href={`${RULES_PATH}/${r.id}`}>{t('budget.admin.rules.edit', { code: r.code })}</a> }] : []),
      ]} />
      {canEdit && (
        <>
          <h2>{t('budget.admin.rules.add')}</h2>
          <ErrorSummary ctx={ctx} errors={form?.errors} labels={labels} />
          <Form ctx={ctx} action={RULES_PATH}>
            <Field name="code" label={labels.code} hint={t('budget.admin.rules.codeHint')} value={form?.values.code} error={form?.errors.code} required />
            <Field name="label" label={labels.label} hint={t('budget.admin.rules.labelHint')} value={form?.values.label} error={form?.errors.label} required />
            <p class="hint">{t('budget.admin.rules.reflagNote')}</p>
            <Button>{t('budget.admin.rules.addButton')}</Button>
          </Form>
        </>
      )}
    </Layout>
  );
}

/** One rule: a new label, or deactivate / reactivate it (either re-flags every fact). */
export function TechnologyRulePage({ ctx, rule, form }: {
  ctx: ViewContext; rule: { id: number; code: string; label: string; active: boolean }; form?: RuleFormState;
}) {
  const { t } = ctx;
  const title = t('budget.admin.rules.ruleTitle', { code: rule.code });
  const base = `${RULES_PATH}/${rule.id}`;
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={[{ href: '/', label: t('nav.home') }, { href: RULES_PATH, label: t('budget.admin.rules.title') }, { label: title }]}>
      <h1>{title}</h1>
      <p class="lead">{rule.label} · {rule.active ? t('budget.admin.rules.active') : t('budget.admin.rules.inactive')}</p>
      <h2>{t('budget.admin.rules.relabel')}</h2>
      <ErrorSummary ctx={ctx} errors={form?.errors} labels={{ label: t('budget.admin.rules.label') }} />
      <Form ctx={ctx} action={base}>
        <Field name="label" label={t('budget.admin.rules.label')} hint={t('budget.admin.rules.labelHint')} value={form?.values.label ?? rule.label} error={form?.errors.label} required />
        <Button>{t('budget.admin.rules.relabelButton')}</Button>
      </Form>
      <h2>{rule.active ? t('budget.admin.rules.deactivate') : t('budget.admin.rules.reactivate')}</h2>
      <p>{rule.active ? t('budget.admin.rules.deactivateNote') : t('budget.admin.rules.reactivateNote')}</p>
      <PostButton ctx={ctx} action={`${base}/${rule.active ? 'desactivar' : 'reactivar'}`}
        label={rule.active ? t('budget.admin.rules.deactivateButton', { code: rule.code }) : t('budget.admin.rules.reactivateButton', { code: rule.code })} />
    </Layout>
  );
}
