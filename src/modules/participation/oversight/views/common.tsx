// Bits the oversight pages share: calendar dates in the reader's language, breadcrumbs, form state.
import { formatters } from '../../../../core/i18n/index.js';
import type { ViewContext } from '../../../../core/views/context.js';
import type { Crumb } from '../../../../core/views/layout.js';
import { bodyPath } from '../present.js';

export interface FormState { values: Record<string, string>; errors?: Record<string, string> }
export interface InstitutionRef { id: number; slug: string; name: string }

/** A Santiago calendar date ('2026-09-18'), written long in the reader's language: noon UTC is that day in Chile. */
export const day = (ctx: ViewContext, date: string) => formatters(ctx.locale).date.format(new Date(`${date}T12:00:00Z`));

export const crumbs = (ctx: ViewContext, institution: InstitutionRef, last?: string): Crumb[] => [
  { href: '/', label: ctx.t('nav.home') }, { href: `/instituciones/${institution.slug}`, label: institution.name },
  { href: `/instituciones/${institution.slug}/participacion`, label: ctx.t('participation.title') },
  ...(last ? [{ href: bodyPath(institution.slug), label: ctx.t('participation.oversight.title') }, { label: last }] : [{ label: ctx.t('participation.oversight.title') }]),
];
