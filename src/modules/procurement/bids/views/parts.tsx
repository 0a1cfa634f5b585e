// Pieces the bid pages share: pesos, sizes, instants in Santiago, the time left to a deadline in words (no script:
// the page says it as of when it was served, and the exact deadline next to it), breadcrumbs and a bid's state.
import type { ViewContext } from '../../../../core/views/context.js';
import type { Crumb } from '../../../../core/views/layout.js';
import { formatters } from '../../../../core/i18n/index.js';
import { callPath } from '../present.js';
import { formatPesos as formatPesosIn } from '../../money.js';

export const formatPesos = (ctx: ViewContext, pesos: number) => formatPesosIn(pesos, ctx.locale);
export const formatInstant = (ctx: ViewContext, at: Date) => formatters(ctx.locale).dateTime.format(at);

export function formatSize(ctx: ViewContext, bytes: number) {
  const number = formatters(ctx.locale).number;
  return bytes >= 1024 * 1024
    ? ctx.t('procurement.bid.size.mb', { mb: number.format(Math.round((bytes / (1024 * 1024)) * 10) / 10) })
    : ctx.t('procurement.bid.size.kb', { kb: number.format(Math.max(1, Math.ceil(bytes / 1024))) });
}

const MINUTE = 60_000;
/** "2 días y 3 h", "4 h y 10 min", "12 min" — rounded down, so it never promises more time than there is. */
export function timeLeft(ctx: ViewContext, deadline: Date, now: Date) {
  const ms = deadline.getTime() - now.getTime();
  if (ms < 0) return ctx.t('procurement.bid.left.closed');
  const minutes = Math.floor(ms / MINUTE);
  const [days, hours] = [Math.floor(minutes / 1440), Math.floor((minutes % 1440) / 60)];
  const left = days > 1 ? ctx.t('procurement.bid.left.days', { days, hours })
    : days === 1 ? ctx.t('procurement.bid.left.day', { hours })
      : hours > 0 ? ctx.t('procurement.bid.left.hours', { hours, minutes: minutes % 60 })
        : ctx.t('procurement.bid.left.minutes', { minutes });
  return ctx.t('procurement.bid.closesIn', { left });
}

/** Compras › the institution's calls › the call. */
export const callCrumbs = (ctx: ViewContext, lot: { institutionSlug: string; institutionName: string; callId: number; callTitle: string }): Crumb[] => [
  { href: '/compras', label: ctx.t('procurement.bid.crumb.marketplace') },
  { href: `/instituciones/${lot.institutionSlug}/compras`, label: ctx.t('procurement.bid.crumb.institution', { institution: lot.institutionName }) },
  { href: callPath(lot.institutionSlug, lot.callId), label: lot.callTitle },
];

export function BidStateTag({ ctx, bid }: { ctx: ViewContext; bid: { state: 'submitted' | 'withdrawn'; openedAt: Date | null } }) {
  const key = bid.state === 'withdrawn' ? 'procurement.bid.state.withdrawn' : bid.openedAt ? 'procurement.bid.state.opened' : 'procurement.bid.state.submitted';
  return <span class="tag">{ctx.t(key)}</span>;
}
