// Pieces the supplier pages share: labels of kinds, sizes and categories from the catalogue, the RUT as printed
// ("76.086.428-5"), and a select of comunas grouped by region (<optgroup>: no script needed, and a browser's
// type-to-find works in it), with the same label, hint and error wiring as core's fields.
import type { ViewContext } from '../../../../core/views/context.js';
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
  const id = `f-${name}`;
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`field${error ? ' field-error' : ''}`}>
      <label for={id}>{label}</label>
      {hint && <p class="hint" id={`${id}-hint`}>{hint}</p>}
      {error && <p class="error-message" id={`${id}-error`}>{error}</p>}
      <select id={id} name={name} aria-describedby={describedBy} aria-invalid={error ? 'true' : undefined}>
        <option value="" selected={!value}>{any ?? ctx.t('procurement.supplier.chooseComuna')}</option>
        {regions.map((r) => (
          <optgroup label={r.name}>
            {r.comunas.map((c) => <option value={c.code} selected={c.code === value}>{c.name}</option>)}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
