// Pieces the marketplace pages share: money, shares and closing dates as Chileans read them (times in Santiago), the
// names of categories, kinds of call and lot states, and the share bars (SVG drawn on the server and hidden from
// screen readers: the figures are in the text beside each bar and in the tables, as the budget pages do).
import type { ViewContext } from '../../../../core/views/context.js';
import { formatters, type Locale, type MessageKey } from '../../../../core/i18n/index.js';
import { toDayNumber, toSantiagoDate } from '../../../../core/calendar/calendar-date.js';
import type { LotState } from '../../calls/schema.js';
import type { Share, ShareKind } from '../statistics.js';

export const MARKETPLACE_PATH = '/compras';
export const STATISTICS_PATH = '/compras/estadisticas';
export const SUPPLIERS_PATH = '/compras/proveedores';
export const OCDS_PATH = '/compras/datos';
export const landingPath = (slug: string) => `/instituciones/${slug}/compras`;
export const institutionStatisticsPath = (slug: string) => `/instituciones/${slug}/compras/estadisticas`;

export { formatPesos } from '../../money.js';

const percents = new Map<Locale, Intl.NumberFormat>();
/** A share 0..1 as "37,5 %"; a dash when there is nothing to share. */
export function formatShare(share: number | null, locale: Locale) {
  if (share === null) return '—';
  let f = percents.get(locale);
  if (!f) percents.set(locale, f = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }));
  return f.format(share);
}

export const formatNumber = (value: number | null, locale: Locale) =>
  (value === null ? '—' : new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value));

/** "21 de noviembre de 2026, 18:00" in Santiago, and how many calendar days are left there. */
export function ClosingTime({ ctx, at, now }: { ctx: ViewContext; at: Date; now: Date }) {
  const days = toDayNumber(toSantiagoDate(at)) - toDayNumber(toSantiagoDate(now));
  const left = days <= 0 ? ctx.t('procurement.marketplace.closesToday') : days === 1 ? ctx.t('procurement.marketplace.closesTomorrow')
    : ctx.t('procurement.marketplace.closesInDays', { days });
  // Closing within two days warns (a <strong> tag: the words say it too, not the colour alone); later is plain.
  return <><time dateTime={at.toISOString()}>{formatters(ctx.locale).dateTime.format(at)}</time> {days <= 2 ? <strong class="tag">{left}</strong> : <span class="tag">{left}</span>}</>;
}

/** A category's name, from the suppliers' catalogue ('procurement.category.<code>', categories.ts). */
export const categoryName = (ctx: ViewContext, code: string) => ctx.t(`procurement.category.${code}` as MessageKey);

export const kindName = (ctx: ViewContext, kind: string) => ctx.t(`procurement.marketplace.kind.${kind}` as MessageKey);

/** A lot's public state; 'open' past its deadline reads as closed (its bids are not opened yet, but none are taken). */
export function lotStateName(ctx: ViewContext, state: LotState, bidsUntil: Date, now: Date) {
  return ctx.t(`procurement.marketplace.lotState.${state === 'open' && bidsUntil <= now ? 'closing' : state}` as MessageKey);
}

const FILLS: Record<ShareKind, string> = {
  sme: '#1e6b34', micro: '#1e6b34', small: '#1e6b34', medium: '#1e6b34', cooperative: '#5b2a86', association: '#0f5e66', jointVenture: '#8a3b12', localComuna: '#1d4f91', localRegion: '#1d4f91',
};
export const shareLabel = (ctx: ViewContext, kind: ShareKind) => ctx.t(`procurement.marketplace.share.${kind}` as MessageKey);

/** One bar per kind of supplier: its part of the awarded amount, the figures written beside it. */
export function ShareBars({ ctx, shares, kinds, caption }: { ctx: ViewContext; shares: Record<ShareKind, Share>; kinds: readonly ShareKind[]; caption: string }) {
  return (
    <figure class="chart bars">
      <dl>
        {kinds.map((k) => (
          <div class="bar-row">
            <dt>{shareLabel(ctx, k)}</dt>
            <dd>
              <svg viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                <rect width="100" height="10" fill="#e6e8eb" />
                <rect width={(shares[k].share ?? 0) * 100} height="10" fill={FILLS[k]} />
              </svg>
              <span class="bar-value">{formatShare(shares[k].share, ctx.locale)}</span>
            </dd>
          </div>
        ))}
      </dl>
      <figcaption>{caption}</figcaption>
    </figure>
  );
}

/** Links between choices (year, grouping), so the selectors work without JavaScript. */
export function ChoiceTabs({ ctx, label, choices }: { ctx: ViewContext; label: string; choices: Array<{ label: string; href: string; current: boolean }> }) {
  return (
    <nav class="tabs" aria-label={label}>
      <ul>{choices.map((c) => <li>{c.current ? <span aria-current="true">{c.label}</span> : <a href={c.href}>{c.label}</a>}</li>)}</ul>
    </nav>
  );
}
