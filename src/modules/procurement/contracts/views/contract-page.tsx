// A contract's public page: who, how much, when, what was delivered (milestones) and paid (payments), the link to its
// OCDS record; the institution's officials also get the forms to execute it (contract-forms.tsx).
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { Table } from '../../../../core/views/components/table.js';
import { canManageContracts } from '../policy.js';
import type { ContractDetail } from '../queries.js';
import { callOffUrl, callUrl, ocdsRecordUrl } from '../present.js';
import { contractsPath } from './call-contracts-page.js';
import { ContractForms } from './contract-forms.js';
import { day, instant, pesos, stateTag, type FormState } from './parts.js';
import { printRut } from '../../suppliers/views/parts.js';

export function ContractPage({ ctx, c, forms }: { ctx: ViewContext; c: ContractDetail; forms: Record<string, FormState> }) {
  const { t } = ctx;
  const budgetLine = c.budgetLine ?? c.lot.budgetLine;
  return (
    <Layout ctx={ctx} title={c.title} institution={c.institution} breadcrumbs={[
      { href: '/', label: t('nav.home') }, { href: `/instituciones/${c.institution.slug}`, label: c.institution.name },
      { href: callUrl(c.institution.slug, c.call.id), label: c.call.title },
      { href: contractsPath(c.institution.slug, c.call.id), label: t('procurement.contracts.title') }, { label: c.title }]}>
      <h1>{c.title}</h1>
      <p>{stateTag(ctx, 'contract', c.state)}</p>
      {c.terminationReason && <p class="notice">{t('procurement.contracts.terminated', { reason: c.terminationReason })}</p>}
      <dl class="facts">
        <div><dt>{t('procurement.contracts.supplier')}</dt><dd>{c.supplier.name}{c.supplier.rut && <> (RUT {printRut(c.supplier.rut)})</>}</dd></div>
        <div><dt>{t('procurement.contracts.field.amount')}</dt><dd>{pesos(ctx, c.amount)}</dd></div>
        <div><dt>{t('procurement.contracts.paid')}</dt><dd>{pesos(ctx, c.paid)} ({t('procurement.contracts.remaining')}: {pesos(ctx, c.amount - c.paid)})</dd></div>
        <div><dt>{t('procurement.contracts.period')}</dt><dd>{day(ctx, c.periodStart)} – {day(ctx, c.periodEnd)}</dd></div>
        <div><dt>{t('procurement.contracts.signedAt')}</dt><dd>{instant(ctx, c.signedAt)}</dd></div>
        <div><dt>{t('procurement.contracts.lot')}</dt><dd>{c.lot.number}. {c.lot.title}</dd></div>
        {c.callOff && <div><dt>{t('procurement.contracts.callOffs.one')}</dt><dd><a href={callOffUrl(c.callOff.id)}>{c.callOff.title}</a></dd></div>}
        <div><dt>{t('procurement.contracts.field.budgetLine')}</dt><dd>{budgetLine ?? t('procurement.contracts.noBudgetLine')}</dd></div>
        {c.call.kind === 'grant' && <div><dt>{t('procurement.contracts.field.incubatorRef')}</dt><dd>{c.incubatorRef
          ? (/^https?:/.test(c.incubatorRef) ? <a href={c.incubatorRef} rel="nofollow">{c.incubatorRef}</a> : c.incubatorRef) : '—'}</dd></div>}
        <div><dt>OCDS</dt><dd><a href={ocdsRecordUrl(c.ocid)}>{c.ocid}</a></dd></div>
      </dl>
      <h2>{t('procurement.contracts.milestones')}</h2>
      <Table ctx={ctx} caption={t('procurement.contracts.milestones')} rows={c.milestones} columns={[
        { header: t('procurement.contracts.field.title'), rowHeader: true, cell: (m) => m.title },
        { header: t('procurement.contracts.field.dueOn'), cell: (m) => day(ctx, m.dueOn) },
        { header: t('procurement.contracts.field.amount'), cell: (m) => pesos(ctx, m.amount), numeric: true },
        { header: t('procurement.contracts.state'), cell: (m) => <>{stateTag(ctx, 'milestone', m.state)}{m.metOn && <span class="cell-note">{day(ctx, m.metOn)}</span>}</> },
      ]} />
      <h2>{t('procurement.contracts.payments')}</h2>
      <Table ctx={ctx} caption={t('procurement.contracts.payments')} rows={c.payments} columns={[
        { header: t('procurement.contracts.field.paidOn'), rowHeader: true, cell: (p) => day(ctx, p.paidOn) },
        { header: t('procurement.contracts.field.amount'), cell: (p) => pesos(ctx, p.amount), numeric: true },
        { header: t('procurement.contracts.milestone'), cell: (p) => c.milestones.find((m) => m.id === p.milestoneId)?.title ?? '—' },
        { header: t('procurement.contracts.field.budgetLine'), cell: (p) => p.budgetLine ?? '—' },
      ]} />
      {canManageContracts(ctx.actor, c.call.institutionId) && <ContractForms ctx={ctx} c={c} forms={forms} />}
    </Layout>
  );
}
