// What the budget page, the service page's section and the graduation pages share: pesos as Chileans read them and the
// origin of a graduated service.
import { formatters } from '../../../../core/i18n/index.js';
import type { ViewContext } from '../../../../core/views/context.js';
import type { ServiceOrigin } from '../origin.js';

/** "$1.234.567" (es-CL), "$1,234,567" (en): integer pesos. */
export const pesos = (ctx: ViewContext, amount: number) => `$${formatters(ctx.locale).number.format(amount)}`;

export const budgetPath = (slug: string) => `/servicios/${slug}/presupuesto`;

export function OriginNote({ ctx, origin }: { ctx: ViewContext; origin: ServiceOrigin | null }) {
  if (!origin) return null;
  return <p class="svc-origin">{ctx.t(`services.funding.origin.${origin.kind}`, { institution: origin.institutionName })}{' '}
    <a href={origin.path}>{origin.title}</a></p>;
}
