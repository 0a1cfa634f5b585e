// Pieces every vote page shares: the breadcrumbs (through the process when the vote belongs to one), the vote's
// dates, and the binding rule in plain words.
import type { ViewContext } from '../../../../core/views/context.js';
import type { Crumb } from '../../../../core/views/layout.js';
import { formatters } from '../../../../core/i18n/index.js';
import type { VoteWithOptions } from '../queries.js';

export const votePath = (id: number) => `/participacion/votaciones/${id}`;

export interface ProcessRef { id: number; title: string }

export function voteCrumbs(ctx: ViewContext, vote: VoteWithOptions, process: ProcessRef | null, here?: string): Crumb[] {
  const crumbs: Crumb[] = [{ href: '/', label: ctx.t('nav.home') }, { href: '/participacion', label: ctx.t('participation.title') }];
  if (process) crumbs.push({ href: `/participacion/procesos/${process.id}`, label: process.title },
    { href: `/participacion/procesos/${process.id}/votaciones`, label: ctx.t('participation.votes.title') });
  crumbs.push(here ? { href: votePath(vote.id), label: vote.title } : { label: vote.title });
  if (here) crumbs.push({ label: here });
  return crumbs;
}

export const when = (ctx: ViewContext, d: Date) => <time dateTime={d.toISOString()}>{formatters(ctx.locale).dateTime.format(d)}</time>;
export const whenText = (ctx: ViewContext, d: Date) => formatters(ctx.locale).dateTime.format(d);

/** People needed for the rule: integers only, as bindingMet (queries.ts) decides. */
export const neededTurnout = (percent: number, eligible: number) => Math.ceil((percent * eligible) / 100);

export function BindingRule({ ctx, vote }: { ctx: ViewContext; vote: VoteWithOptions }) {
  const { t } = ctx;
  const { number } = formatters(ctx.locale);
  if (vote.minTurnoutPercent === null || vote.eligibleCount === null) return <p>{t('participation.vote.bindingAlways')}</p>;
  return <p>{t('participation.vote.bindingRule', { percent: vote.minTurnoutPercent, eligible: number.format(vote.eligibleCount),
    needed: number.format(neededTurnout(vote.minTurnoutPercent, vote.eligibleCount)) })}</p>;
}
