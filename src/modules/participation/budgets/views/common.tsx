// Pieces the budget pages share: paths, breadcrumbs through the process, pesos in the reader's format, stage dates.
import type { ViewContext } from '../../../../core/views/context.js';
import type { Crumb } from '../../../../core/views/layout.js';
import { formatters } from '../../../../core/i18n/index.js';
import type { Budget } from '../queries.js';

export const budgetPath = (id: number) => `/participacion/presupuestos/${id}`;
export const processBudgetsPath = (processId: number) => `/participacion/procesos/${processId}/presupuestos`;

export interface ProcessRef { id: number; title: string }

export function budgetCrumbs(ctx: ViewContext, budget: Pick<Budget, 'id' | 'title'>, process: ProcessRef, here?: string): Crumb[] {
  const crumbs: Crumb[] = [{ href: '/', label: ctx.t('nav.home') }, { href: '/participacion', label: ctx.t('participation.title') },
    { href: `/participacion/procesos/${process.id}`, label: process.title }, { href: processBudgetsPath(process.id), label: ctx.t('participation.budget.title') }];
  crumbs.push(here ? { href: budgetPath(budget.id), label: budget.title } : { label: budget.title });
  if (here) crumbs.push({ label: here });
  return crumbs;
}

/** Whole pesos as "$12.500.000" (es-CL) or "$12,500,000" (en). */
export const pesos = (ctx: ViewContext, amount: bigint | number | string) => `$${formatters(ctx.locale).number.format(typeof amount === 'string' ? BigInt(amount) : amount)}`;
export const day = (ctx: ViewContext, d: Date) => formatters(ctx.locale).date.format(d);
