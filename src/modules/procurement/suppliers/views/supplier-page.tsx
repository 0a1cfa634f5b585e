// /compras/proveedores/{id}: the public profile. Name, RUT, kind, size, comuna and region, capabilities, the joint
// venture's members (a natural person by name only: their RUT is never printed), references and the awards it won.
// Its representatives see the links to edit it and to manage who represents it.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { EmptyState, Table } from '../../../../core/views/components/table.js';
import { formatters } from '../../../../core/i18n/index.js';
import { isSme } from '../anchorage.js';
import { callUrl, supplierUrl } from '../present.js';
import type { SupplierAward, SupplierDetail } from '../queries.js';
import { categoryLabel, kindLabel, printRut, sizeLabel } from './parts.js';
import { formatPesos } from '../../money.js';

export function SupplierPage({ ctx, s, awards, manages }: { ctx: ViewContext; s: SupplierDetail; awards: SupplierAward[]; manages: boolean }) {
  const { t } = ctx;
  const { date } = formatters(ctx.locale);
  const pesos = (n: number) => formatPesos(n, ctx.locale);
  return (
    <Layout ctx={ctx} title={s.legalName} breadcrumbs={[{ href: '/compras', label: t('procurement.supplier.market') },
      { href: '/compras/proveedores', label: t('procurement.supplier.directory') }, { label: s.legalName }]}>
      <h1>{s.legalName}<span class="subtitle">{kindLabel(ctx, s.kind)}</span></h1>
      <p>
        {s.categories.map((c) => <><a class="tag" href={`/compras/proveedores?category=${c}`}>{categoryLabel(ctx, c)}</a>{' '}</>)}
        {isSme(s.size) && <strong class="tag">{t('procurement.supplier.sme')}</strong>}
      </p>
      {manages && <p>
        <a class="button button-secondary" href={`${supplierUrl(s.id)}/editar`}>{t('procurement.supplier.edit')}</a>{' '}
        <a class="button button-secondary" href={`${supplierUrl(s.id)}/representantes`}>{t('procurement.supplier.representatives')}</a>
      </p>}
      <dl class="facts">
        <div><dt>{t('procurement.supplier.field.rut')}</dt><dd>{s.rut ? printRut(s.rut) : t('procurement.supplier.rutPending')}</dd></div>
        <div><dt>{t('procurement.supplier.field.size')}</dt><dd>{sizeLabel(ctx, s.size)}</dd></div>
        <div><dt>{t('procurement.supplier.field.comunaCode')}</dt><dd>
          <a href={`/compras/proveedores?comuna=${s.comunaCode}`}>{s.comunaName}</a>, <a href={`/compras/proveedores?region=${s.regionCode}`}>{s.regionName}</a>
        </dd></div>
        {s.website && <div><dt>{t('procurement.supplier.field.website')}</dt><dd><a href={s.website} rel="nofollow ugc noopener">{s.website.replace(/^https?:\/\//, '')}</a></dd></div>}
        <div><dt>{t('procurement.supplier.registeredAt')}</dt><dd>{date.format(s.createdAt)}</dd></div>
      </dl>
      {s.description.split(/\n\s*\n/).filter(Boolean).map((p) => <p>{p}</p>)}

      {s.kind === 'joint_venture' && <>
        <h2>{t('procurement.supplier.membersHeading')}</h2>
        <ul class="card-grid">
          {s.members.map((m) => (
            <li class="card">
              <h3>{m.supplierId === null ? m.name : <a href={supplierUrl(m.supplierId)}>{m.name}</a>}</h3>
              <p>{m.naturalPerson ? t('procurement.supplier.naturalPerson') : kindLabel(ctx, m.kind)} · {sizeLabel(ctx, m.size)} · {m.comunaName}</p>
              <p class="hint">{m.naturalPerson ? t('procurement.supplier.rutNotPublished') : `RUT ${printRut(m.rut)}`}
                {m.sharePercent !== null && <> · {t('procurement.supplier.shareIs', { share: m.sharePercent })}</>}</p>
            </li>
          ))}
        </ul>
      </>}

      <h2>{t('procurement.supplier.referencesHeading')}</h2>
      {s.references.length === 0 ? <EmptyState>{t('procurement.supplier.noReferences')}</EmptyState> : (
        <ul class="card-grid">
          {s.references.map((r) => (
            <li class="card">
              <h3>{r.client}</h3>
              <p>{r.description}</p>
              <p class="hint">{r.year}{r.amount !== null && <> · {pesos(r.amount)}</>}</p>
            </li>
          ))}
        </ul>
      )}

      {awards.length > 0 && <>
        <h2>{t('procurement.supplier.awardsHeading')}</h2>
        <Table ctx={ctx} caption={t('procurement.supplier.awardsCaption', { name: s.legalName })} rows={awards} columns={[
          { header: t('procurement.supplier.award.call'), rowHeader: true, cell: (a) => <a href={callUrl(a.institutionSlug, a.callId)}>{a.callTitle}</a> },
          { header: t('procurement.supplier.award.lot'), cell: (a) => `${a.lotNumber}. ${a.lotTitle}` },
          { header: t('procurement.supplier.award.buyer'), cell: (a) => a.institutionName },
          { header: t('procurement.supplier.award.amount'), numeric: true, cell: (a) => pesos(a.amount) },
          { header: t('procurement.supplier.award.state'), cell: (a) => t(`procurement.supplier.award.state.${a.state}`) },
          { header: t('procurement.supplier.award.decidedAt'), cell: (a) => date.format(a.decidedAt) },
        ]} />
      </>}
      <p class="export-links"><a href={`/api/v1/procurement/suppliers/${s.id}`}>{t('procurement.supplier.json')}</a></p>
    </Layout>
  );
}
