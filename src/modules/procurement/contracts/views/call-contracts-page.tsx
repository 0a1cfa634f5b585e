// A call's contracts: the public list (each links to its page), and for the institution's officials the awards still
// waiting for their contract, each with a link that opens its signing form (one form at a time: ids stay unique and
// the page stays short on a phone).
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { ExportLinks, Table } from '../../../../core/views/components/table.js';
import { canManageContracts } from '../policy.js';
import type { AwardRow, ContractListRow } from '../queries.js';
import { callUrl, contractUrl } from '../present.js';
import { SignForm, day, pesos, stateTag, type FormState } from './parts.js';

export const contractsPath = (slug: string, callId: number) => `${callUrl(slug, callId)}/contratos`;

export interface CallContractsProps {
  ctx: ViewContext;
  call: { id: number; title: string; kind: string; institutionId: number };
  institution: { slug: string; name: string };
  contracts: ContractListRow[];
  awards: AwardRow[];
  /** The award whose signing form is open, with its state. */
  signing?: { award: AwardRow; form: FormState };
}

export function CallContractsPage({ ctx, call, institution, contracts, awards, signing }: CallContractsProps) {
  const { t } = ctx;
  const path = contractsPath(institution.slug, call.id);
  const official = canManageContracts(ctx.actor, call.institutionId);
  const waiting = awards.filter((a) => a.contractId === null);
  return (
    <Layout ctx={ctx} title={t('procurement.contracts.ofCall', { title: call.title })} institution={institution} breadcrumbs={[
      { href: '/', label: t('nav.home') }, { href: `/instituciones/${institution.slug}/compras`, label: institution.name },
      { href: callUrl(institution.slug, call.id), label: call.title }, { label: t('procurement.contracts.title') }]}>
      <h1>{t('procurement.contracts.ofCall', { title: call.title })}</h1>
      <p class="lead">{t(call.kind === 'framework' ? 'procurement.contracts.leadFramework' : call.kind === 'grant' ? 'procurement.contracts.leadGrant' : 'procurement.contracts.lead')}</p>
      {call.kind === 'framework' && <p><a href={`${callUrl(institution.slug, call.id)}/ordenes`}>{t('procurement.contracts.callOffs.title')}</a></p>}
      <Table ctx={ctx} caption={t('procurement.contracts.title')} rows={contracts} columns={[
        { header: t('procurement.contracts.field.title'), rowHeader: true, cell: (c) => <a href={contractUrl(c.id)}>{c.title}</a> },
        { header: t('procurement.contracts.lot'), cell: (c) => c.lotNumber, numeric: true },
        { header: t('procurement.contracts.supplier'), cell: (c) => c.supplierName },
        { header: t('procurement.contracts.field.amount'), cell: (c) => pesos(ctx, c.amount), numeric: true },
        { header: t('procurement.contracts.paid'), cell: (c) => pesos(ctx, Number(c.paid)), numeric: true },
        { header: t('procurement.contracts.period'), cell: (c) => `${day(ctx, c.periodStart)} – ${day(ctx, c.periodEnd)}` },
        { header: t('procurement.contracts.state'), cell: (c) => stateTag(ctx, 'contract', c.state) },
      ]} />
      <ExportLinks ctx={ctx} baseUrl={`/api/v1/procurement/contracts?call=${call.id}`} />
      {official && (
        <section aria-labelledby="to-sign">
          <h2 id="to-sign">{t('procurement.contracts.toSign')}</h2>
          {waiting.length === 0 ? <p class="empty-state">{t('procurement.contracts.noneToSign')}</p> : (
            <ul>
              {waiting.map((a) => (
                <li><a href={`${path}?adjudicacion=${a.awardId}#firmar`}>{t('procurement.contracts.signFor', { lot: a.lotNumber, supplier: a.supplierName })}</a>
                  {' '}({t('procurement.contracts.awarded')}: {pesos(ctx, a.amount)})</li>
              ))}
            </ul>
          )}
          {signing && (
            <section id="firmar" aria-labelledby="sign-h">
              <h3 id="sign-h">{t('procurement.contracts.signFor', { lot: signing.award.lotNumber, supplier: signing.award.supplierName })}</h3>
              <p class="hint">{t('procurement.contracts.delivery', { start: day(ctx, signing.award.deliveryStart), end: day(ctx, signing.award.deliveryEnd) })}</p>
              <SignForm ctx={ctx} action={path} form={signing.form} hidden={{ awardId: String(signing.award.awardId) }} grant={call.kind === 'grant'} />
            </section>
          )}
        </section>
      )}
    </Layout>
  );
}

/** The signing form's first values: the award's ceiling (a framework agreement's is the lot budget) and the lot's calendar. */
export const signDefaults = (a: AwardRow, kind: string, title: string): Record<string, string> => ({
  title: `${title} — ${a.supplierName}`, amount: String(kind === 'framework' ? a.lotBudget : a.amount), periodStart: a.deliveryStart, periodEnd: a.deliveryEnd,
  budgetLine: a.budgetLine ?? '',
});
