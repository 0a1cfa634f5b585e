// Small pieces the call pages share: names of kinds, states and categories in the reader's language, pesos, instants
// in Santiago time, and the breadcrumbs of an institution's procurement pages.
import type { ViewContext } from '../../../../core/views/context.js';
import type { Crumb } from '../../../../core/views/layout.js';
import { formatters, type Translate } from '../../../../core/i18n/index.js';
import type { CallKind, LotState } from '../schema.js';

export interface FormState { values: Record<string, string>; errors?: Record<string, string> }

export const kindName = (t: Translate, kind: CallKind) => t(`procurement.calls.kind.${kind}` as never);
export const lotStateName = (t: Translate, state: LotState) => t(`procurement.calls.lotState.${state}` as never);
export const categoryName = (t: Translate, code: string) => t(`procurement.category.${code}` as never);

export { formatPesos as pesos } from '../../money.js';

/** An instant in Santiago time, machine-readable in UTC. */
export const At = ({ ctx, at }: { ctx: ViewContext; at: Date }) =>
  <time dateTime={at.toISOString()}>{formatters(ctx.locale).dateTime.format(at)}</time>;

export const managePath = (slug: string) => `/instituciones/${slug}/compras/llamados`;

export function crumbsOf(ctx: ViewContext, institution: { slug: string; name: string }, manage: boolean, here?: string): Crumb[] {
  const crumbs: Crumb[] = [{ href: '/', label: ctx.t('nav.home') }, { href: `/instituciones/${institution.slug}`, label: institution.name },
    { href: `/instituciones/${institution.slug}/compras`, label: ctx.t('procurement.calls.procurement') }];
  if (manage) crumbs.push({ href: managePath(institution.slug), label: ctx.t('procurement.calls.manageTitle') });
  if (here) crumbs.push({ label: here });
  return crumbs;
}
