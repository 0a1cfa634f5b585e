// /compras/proveedores: the supplier directory, where buyers find local firms, cooperatives and joint ventures. A GET
// filter form (name, region, comuna, capability, size, kind), cards readable on a phone, cursor pagination and the
// CSV/JSON links of the same filtered list. A signed-in representative sees the suppliers they act for.
import type { ViewContext } from '../../../../core/views/context.js';
import { Layout } from '../../../../core/views/layout.js';
import { Button, Field, Form, Select } from '../../../../core/views/components/form.js';
import { EmptyState, ExportLinks, Pagination } from '../../../../core/views/components/table.js';
import { CATEGORIES } from '../../categories.js';
import { SUPPLIER_KINDS, SUPPLIER_SIZES } from '../schema.js';
import { isSme } from '../anchorage.js';
import { supplierUrl } from '../present.js';
import type { findRepresentedSuppliers, RegionComunas, SupplierRow } from '../queries.js';
import type { FilterQuery } from '../validation.js';
import { categoryLabel, ComunaSelect, kindLabel, printRut, sizeLabel } from './parts.js';

export function DirectoryPage({ ctx, regions, filter, rows, next, mine }: {
  ctx: ViewContext; regions: RegionComunas[]; filter: FilterQuery; rows: SupplierRow[]; next: string | null;
  mine: Awaited<ReturnType<typeof findRepresentedSuppliers>>;
}) {
  const { t } = ctx;
  const any = { value: '', label: t('procurement.supplier.any') };
  return (
    <Layout ctx={ctx} title={t('procurement.supplier.directory')} breadcrumbs={[{ href: '/compras', label: t('procurement.supplier.market') }, { label: t('procurement.supplier.directory') }]}>
      <h1>{t('procurement.supplier.directory')}</h1>
      <p class="lead">{t('procurement.supplier.directoryLead')}</p>
      {mine.length > 0 && <p>{t('procurement.supplier.yours')}: {mine.map((m, i) => <>{i > 0 && ' · '}<a href={supplierUrl(m.id)}>{m.legalName}</a></>)}</p>}
      <p><a class="button button-primary" href="/compras/proveedores/nuevo">{t('procurement.supplier.new')}</a></p>
      <Form ctx={ctx} action="/compras/proveedores" method="get" class="filters">
        <Field name="q" type="search" label={t('procurement.supplier.search')} value={filter.q} />
        <Select name="region" label={t('procurement.supplier.region')} value={filter.region ?? ''} options={[any, ...regions.map((r) => ({ value: r.code, label: r.name }))]} />
        <ComunaSelect ctx={ctx} name="comuna" label={t('procurement.supplier.field.comunaCode')} regions={regions} value={filter.comuna} any={t('procurement.supplier.any')} />
        <Select name="category" label={t('procurement.supplier.capability')} value={filter.category ?? ''} options={[any, ...CATEGORIES.map((c) => ({ value: c, label: categoryLabel(ctx, c) }))]} />
        <Select name="size" label={t('procurement.supplier.field.size')} value={filter.size ?? ''} options={[any, ...SUPPLIER_SIZES.map((s) => ({ value: s, label: sizeLabel(ctx, s) }))]} />
        <Select name="kind" label={t('procurement.supplier.field.kind')} value={filter.kind ?? ''} options={[any, ...SUPPLIER_KINDS.map((k) => ({ value: k, label: kindLabel(ctx, k) }))]} />
        <Button variant="secondary">{t('procurement.supplier.filter')}</Button>
      </Form>
      <h2>{t('procurement.supplier.results')}</h2>
      {rows.length === 0 ? <EmptyState>{t('procurement.supplier.noneFound')}</EmptyState> : (
        <ol class="card-grid">
          {rows.map((r) => (
            <li class="card">
              <h3><a href={supplierUrl(r.id)}>{r.legalName}</a></h3>
              <p>{kindLabel(ctx, r.kind)} · {sizeLabel(ctx, r.size)}{isSme(r.size) && <> · <strong class="tag">{t('procurement.supplier.sme')}</strong></>}</p>
              <p class="hint">{r.comunaName}, {r.regionName}{r.rut && <> · RUT {printRut(r.rut)}</>}</p>
              <p class="hint">{r.categories.map((c) => categoryLabel(ctx, c)).join(' · ')}</p>
            </li>
          ))}
        </ol>
      )}
      <Pagination ctx={ctx} baseUrl={ctx.url} nextCursor={next} isFirstPage={!filter.cursor} />
      <ExportLinks ctx={ctx} baseUrl={ctx.url} />
    </Layout>
  );
}
