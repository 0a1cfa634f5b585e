// /servicios/graduar: the grant agreements and accepted proposals of the actor's institutions that may become a
// service, each with the way to its pre-filled registration.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { Table } from '../../../../core/views/components/table.js';
import type { ContractForServices } from '../../../procurement/index.js';
import type { ProposalForServices } from '../../../participation/index.js';
import { contractPath, proposalPath } from '../../funding/origin.js';
import { pesos } from '../../funding/views/parts.js';
import { servicesCrumbs } from '../../crumbs.js';

export function CandidatesPage({ ctx, grants, proposals }: { ctx: ViewContext; grants: ContractForServices[]; proposals: ProposalForServices[] }) {
  const { t } = ctx;
  const convert = (href: string, title: string) => <a class="button button-secondary" href={href} aria-label={t('services.funding.convertNamed', { title })}>{t('services.funding.convert')}</a>;
  return (
    <Layout ctx={ctx} title={t('services.funding.graduateTitle')} breadcrumbs={servicesCrumbs(ctx, t('services.funding.graduateTitle'))}>
      <h1>{t('services.funding.graduateTitle')}</h1>
      <p>{t('services.funding.graduateIntro')}</p>
      <h2 id="convenios">{t('services.funding.grants')}</h2>
      <div class="svc-candidates"><Table ctx={ctx} caption={t('services.funding.grantsCaption')} rows={grants} columns={[
        // Few columns, the rest as notes under the title: the action stays on screen at 360 px.
        { header: t('services.funding.contract'), rowHeader: true, cell: (c) => <><a href={contractPath(c.id)}>{c.title}</a>
          <span class="cell-note">{c.institutionName} · {c.supplierName} · {pesos(ctx, c.amount)}</span></> },
        { header: t('services.funding.actions'), cell: (c) => convert(`/servicios/graduar/convenios/${c.id}`, c.title) },
      ]} /></div>
      <h2 id="propuestas">{t('services.funding.proposals')}</h2>
      <div class="svc-candidates"><Table ctx={ctx} caption={t('services.funding.proposalsCaption')} rows={proposals} columns={[
        { header: t('services.funding.proposal'), rowHeader: true, cell: (p) => <><a href={proposalPath(p.id)}>{p.title}</a><span class="cell-note">{p.institutionName}</span></> },
        { header: t('services.funding.actions'), cell: (p) => convert(`/servicios/graduar/propuestas/${p.id}`, p.title) },
      ]} /></div>
    </Layout>
  );
}
