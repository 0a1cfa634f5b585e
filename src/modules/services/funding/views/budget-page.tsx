// /servicios/{slug}/presupuesto: what the service has cost, per year (its linked contracts' payments and the other
// spending entries), the contracts with what was paid to date, the entries with their source, and what is and is
// not counted. The service's managers (policy.ts canManageService) also see the forms to link a contract and record
// spending.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { Table } from '../../../../core/views/components/table.js';
import type { FieldErrors } from '../../../../core/views/components/form.js';
import type { ContractForServices } from '../../../procurement/index.js';
import type { ServiceRecord } from '../../registry/queries.js';
import type { ServiceBudget } from '../queries.js';
import type { ServiceOrigin } from '../origin.js';
import { contractPath } from '../origin.js';
import { spentIn } from '../budget.js';
import { budgetPath, OriginNote, pesos } from './parts.js';
import { serviceCrumbs } from '../../crumbs.js';
import { ContractActions, LinkContractForm, SpendingActions, SpendingForm } from './budget-forms.js';

export interface FormState { values: Record<string, string>; errors?: FieldErrors }
export interface BudgetForms { link?: FormState; spending?: FormState }

export function BudgetPage({ ctx, service, budget, origin, thisYear, linkable, canManage, forms = {} }: {
  ctx: ViewContext; service: ServiceRecord; budget: ServiceBudget; origin: ServiceOrigin | null; thisYear: number;
  linkable: ContractForServices[]; canManage: boolean; forms?: BudgetForms;
}) {
  const { t } = ctx;
  const { sums } = budget;
  const title = t('services.funding.title', { title: service.title });
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={serviceCrumbs(ctx, service, t('services.funding.crumb'))}
      alternates={[{ href: `/api/v1/services/${service.slug}/budget`, type: 'application/json', title: t('services.funding.json') }]}>
      <h1>{title}</h1>
      <OriginNote ctx={ctx} origin={origin} />
      <dl class="facts svc-budget-facts">
        <div><dt>{t('services.funding.totalToDate')}</dt><dd>{pesos(ctx, sums.total.total)}</dd></div>
        <div><dt>{t('services.funding.totalYear', { year: thisYear })}</dt><dd>{pesos(ctx, spentIn(sums, thisYear))}</dd></div>
      </dl>

      <h2 id="por-ano">{t('services.funding.perYear')}</h2>
      <Table ctx={ctx} caption={t('services.funding.perYearCaption')} rows={sums.years} columns={[
        { header: t('services.funding.year'), rowHeader: true, cell: (r) => String(r.year) },
        { header: t('services.funding.contractsPaid'), numeric: true, cell: (r) => pesos(ctx, r.contracts) },
        { header: t('services.funding.other'), numeric: true, cell: (r) => pesos(ctx, r.other) },
        { header: t('services.funding.total'), numeric: true, cell: (r) => pesos(ctx, r.total) },
      ]} footer={<>
        <th scope="row">{t('services.funding.total')}</th><td class="num">{pesos(ctx, sums.total.contracts)}</td>
        <td class="num">{pesos(ctx, sums.total.other)}</td><td class="num">{pesos(ctx, sums.total.total)}</td>
      </>} />

      <h2 id="contratos">{t('services.funding.contracts')}</h2>
      <Table ctx={ctx} caption={t('services.funding.contractsCaption')} rows={budget.contracts} columns={[
        { header: t('services.funding.contract'), rowHeader: true, cell: (c) => <><a href={contractPath(c.id)}>{c.title}</a>
          <span class="cell-note">{t('services.funding.supplier')}: {c.supplierName} · {c.institutionName}{c.callKind === 'grant' ? ` · ${t('services.funding.grant')}` : ''}</span></> },
        { header: t('services.funding.amount'), numeric: true, cell: (c) => pesos(ctx, c.amount) },
        { header: t('services.funding.paidToDate'), numeric: true, cell: (c) => pesos(ctx, c.paid) },
        ...(canManage ? [{ header: t('services.funding.actions'), cell: (c: ContractForServices) => <ContractActions ctx={ctx} slug={service.slug} contract={c} /> }] : []),
      ]} />

      <h2 id="otros-gastos">{t('services.funding.spending')}</h2>
      <div class="svc-spending"><Table ctx={ctx} caption={t('services.funding.spendingCaption')} rows={budget.spending} columns={[
        { header: t('services.funding.year'), cell: (s) => String(s.year) },
        { header: t('services.funding.description'), rowHeader: true, cell: (s) => s.description },
        { header: t('services.funding.budgetLine'), cell: (s) => s.budgetLine ?? '—' },
        { header: t('services.funding.amount'), numeric: true, cell: (s) => pesos(ctx, s.amount) },
        ...(canManage ? [{ header: t('services.funding.actions'), cell: (s: ServiceBudget['spending'][number]) => <SpendingActions ctx={ctx} slug={service.slug} id={s.id} /> }] : []),
      ]} /></div>

      <h2 id="que-se-cuenta">{t('services.funding.noteTitle')}</h2>
      <ul class="svc-budget-note">
        <li>{t('services.funding.noteCounted')}</li>
        <li>{t('services.funding.noteEntries')}</li>
        <li>{t('services.funding.noteNotCounted')}</li>
      </ul>
      <p><a href={`/api/v1/services/${service.slug}/budget`}>{t('services.funding.json')}</a></p>

      {canManage && <>
        <LinkContractForm ctx={ctx} action={`${budgetPath(service.slug)}/contratos`} linkable={linkable} form={forms.link} />
        <SpendingForm ctx={ctx} action={`${budgetPath(service.slug)}/gastos`} thisYear={thisYear} form={forms.spending} />
      </>}
    </Layout>
  );
}
