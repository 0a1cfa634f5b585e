// Every incubator page's trail starts the same way — Inicio › the registry, under the name its page has as heading —
// and a service's own pages continue with the service: one definition, so the areas' pages read as one site.
import type { ViewContext } from '../../core/views/context.js';
import type { Crumb } from '../../core/views/layout.js';

const crumb = (c: Crumb | string): Crumb => (typeof c === 'string' ? { label: c } : c);

export const servicesCrumbs = (ctx: ViewContext, ...rest: Array<Crumb | string>): Crumb[] =>
  [{ href: '/', label: ctx.t('nav.home') }, { href: '/servicios', label: ctx.t('services.public.title') }, ...rest.map(crumb)];

/** Under one service's page (a bare string: the current page, not a link). */
export const serviceCrumbs = (ctx: ViewContext, service: { slug: string; title: string }, ...rest: Array<Crumb | string>): Crumb[] =>
  servicesCrumbs(ctx, { href: `/servicios/${service.slug}`, label: service.title }, ...rest);
