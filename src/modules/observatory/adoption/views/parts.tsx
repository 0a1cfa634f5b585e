// Pieces the tracker's pages share: dates and figures as their readers write them, the stage and platform names, the
// illustrative flag, the region's sub-navigation and the breadcrumbs.
import type { ViewContext } from '../../../../core/views/context.js';
import type { Crumb } from '../../../../core/views/layout.js';
import type { Locale, MessageKey } from '../../../../core/i18n/index.js';
import type { AdoptionStatus, Platform } from '../../pillars.js';
import { adoptionPath } from '../present.js';

const dayFormats = new Map<Locale, Intl.DateTimeFormat>();
/** "12 de marzo de 2024": a calendar date, shown as the day it names (no time zone shift). */
export function formatDay(ctx: ViewContext, day: string): string {
  let f = dayFormats.get(ctx.locale);
  if (!f) dayFormats.set(ctx.locale, f = new Intl.DateTimeFormat(ctx.locale, { dateStyle: 'long', timeZone: 'UTC' }));
  return f.format(new Date(`${day}T12:00:00Z`));
}

/** "6,3" / "6.3": one decimal. */
export const formatDecimal = (ctx: ViewContext, n: number | null) =>
  (n === null ? '—' : new Intl.NumberFormat(ctx.locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n));
/** "86 %" / "86%": a share 0..1 with no decimals (the published figure's precision). */
export const formatShare = (ctx: ViewContext, share: number | null) =>
  (share === null ? '—' : new Intl.NumberFormat(ctx.locale, { style: 'percent', maximumFractionDigits: 0 }).format(share));

export const statusName = (ctx: ViewContext, s: AdoptionStatus) => ctx.t(`observatory.status.${s}` as MessageKey);
export const platformName = (ctx: ViewContext, p: Platform) => ctx.t(`observatory.platform.${p}` as MessageKey);

/** Said in words next to every invented row: which municipality has what is illustrative, only the totals are published. */
export function IllustrativeTag({ ctx }: { ctx: ViewContext }) {
  return <span class="tag obs-illustrative">{ctx.t('observatory.illustrative')}</span>;
}

export function IllustrativeNotice({ ctx }: { ctx: ViewContext }) {
  return <p class="notice obs-illustrative-notice"><strong>{ctx.t('observatory.illustrative')}.</strong> {ctx.t('observatory.adoption.illustrativeNotice')}</p>;
}

export function regionCrumbs(ctx: ViewContext, region: { code: string; name: string }, here?: string): Crumb[] {
  const { t } = ctx;
  return [
    { href: '/observatorio', label: t('observatory.name') }, { href: adoptionPath(), label: t('observatory.adoption.title') },
    ...(here ? [{ href: adoptionPath(region.code), label: region.name }, { label: here }] : [{ label: region.name }]),
  ];
}

/** The region's pages as links (they work without script): dashboard, workshops, visits. */
export function RegionTabs({ ctx, code, current }: { ctx: ViewContext; code: string; current: 'dashboard' | 'workshops' | 'visits' }) {
  const { t } = ctx;
  const tabs = [['dashboard', adoptionPath(code), t('observatory.adoption.tab.dashboard')], ['workshops', `${adoptionPath(code)}/talleres`, t('observatory.adoption.tab.workshops')],
    ['visits', `${adoptionPath(code)}/visitas`, t('observatory.adoption.tab.visits')]] as const;
  return (
    <nav class="tabs" aria-label={t('observatory.adoption.tab.label')}>
      <ul>{tabs.map(([key, href, label]) => <li>{key === current ? <span aria-current="page">{label}</span> : <a href={href}>{label}</a>}</li>)}</ul>
    </nav>
  );
}
