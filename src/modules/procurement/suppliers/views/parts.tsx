// Pieces the supplier pages share: labels of kinds, sizes and categories from the catalogue, the RUT as printed
// ("76.086.428-5"), and a select of comunas grouped by region (<optgroup>: no script needed, and a browser's
// type-to-find works in it), through core's Select.
import type { ViewContext } from '../../../../core/views/context.js';
import { Select } from '../../../../core/views/components/form.js';
import { formatRun, parseRun } from '../../../../core/identity/run.js';
import type { Category } from '../../categories.js';
import type { SupplierKind, SupplierSize } from '../schema.js';
import type { RegionComunas } from '../queries.js';

export const kindLabel = (ctx: ViewContext, k: SupplierKind) => ctx.t(`procurement.supplier.kind.${k}`);
export const sizeLabel = (ctx: ViewContext, s: SupplierSize) => ctx.t(`procurement.supplier.size.${s}`);
export const categoryLabel = (ctx: ViewContext, c: string) => ctx.t(`procurement.category.${c as Category}`);

/** A stored RUT as people write it, with thousands dots. */
export function printRut(rut: string): string {
  const parsed = parseRun(rut);
  return parsed.ok ? formatRun(parsed.run) : rut;
}

export function ComunaSelect({ ctx, name, label, regions, value, hint, error, any }: {
  ctx: ViewContext; name: string; label: string; regions: RegionComunas[]; value?: string; hint?: string; error?: string; any?: string;
}) {
  const options = [
    { value: '', label: any ?? ctx.t('procurement.supplier.chooseComuna') },
    ...regions.map((r) => ({ group: r.name, options: r.comunas.map((c) => ({ value: c.code, label: c.name })) })),
  ];
  return <Select name={name} label={label} options={options} value={value ?? ''} hint={hint} error={error} />;
}
