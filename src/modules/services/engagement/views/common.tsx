// What the engagement pages share: their addresses, the breadcrumbs under the service, and a form's state.
import type { ViewContext } from '../../../../core/views/context.js';
import type { Crumb } from '../../../../core/views/layout.js';

export const servicePath = (slug: string) => `/servicios/${slug}`;
export const needsPath = (slug: string) => `/servicios/${slug}/necesidades`;
export const satisfactionPath = (slug: string) => `/servicios/${slug}/satisfaccion`;

export interface FormState { values: Record<string, string>; errors?: Record<string, string> }

export const serviceCrumbs = (ctx: ViewContext, service: { slug: string; title: string }, ...rest: Crumb[] | [string]): Crumb[] => [
  { href: '/servicios', label: ctx.t('services.name') }, { href: servicePath(service.slug), label: service.title },
  ...rest.map((c) => (typeof c === 'string' ? { label: c } : c)),
];
