// What the publications' and panels' pages share: the panel's time written out in Chile's time ("jueves 3 de
// diciembre de 2026, 18:00 (hora de Chile)") inside a machine-readable <time>, the rendered Markdown, the links
// between the two lists and to the Atom feed, and the breadcrumbs.
import type { ViewContext } from '../../../../core/views/context.js';
import type { Crumb } from '../../../../core/views/layout.js';
import { SANTIAGO } from '../../../../core/i18n/santiago-time.js';
import { translator, type Locale, type MessageKey } from '../../../../core/i18n/index.js';
import { renderMarkdown } from '../markdown.js';
import { FEED_PATH, PANELS_PATH, PUBLICATIONS_PATH } from '../present.js';

const dayFormat = new Map<Locale, Intl.DateTimeFormat>();
const timeFormat = new Intl.DateTimeFormat('en-GB', { timeZone: SANTIAGO, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** "jueves 3 de diciembre de 2026" / "Thursday 3 December 2026" in Santiago (no comma after the weekday). */
export function santiagoDay(locale: Locale, at: Date): string {
  let f = dayFormat.get(locale);
  if (!f) dayFormat.set(locale, f = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'es-CL', { timeZone: SANTIAGO, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }));
  return f.formatToParts(at).map((p, i, all) => (p.type === 'literal' && all[i - 1]?.type === 'weekday' ? ' ' : p.value)).join('');
}

/** "18:00" in Santiago. */
export const santiagoClock = (at: Date) => timeFormat.format(at);

/** "jueves 3 de diciembre de 2026, 18:00 a 19:30 (hora de Chile)": the zone said in words, not left to guess. */
export function panelWhen(locale: Locale, p: { startsAt: Date; durationMinutes: number }): string {
  const end = new Date(p.startsAt.getTime() + p.durationMinutes * 60_000);
  return translator(locale)('observatory.panel.when', { day: santiagoDay(locale, p.startsAt), start: santiagoClock(p.startsAt), end: santiagoClock(end) });
}

/** A panel's start inside a machine-readable <time> (UTC instant), written out in Chile's time. */
export function PanelTime({ ctx, startsAt, durationMinutes }: { ctx: ViewContext; startsAt: Date; durationMinutes: number }) {
  return <time dateTime={startsAt.toISOString()}>{panelWhen(ctx.locale, { startsAt, durationMinutes })}</time>;
}

/** A date of publication in Santiago ("3 de diciembre de 2026"). */
export function PublishedDate({ ctx, at }: { ctx: ViewContext; at: Date }) {
  return <time dateTime={at.toISOString()}>{santiagoDay(ctx.locale, at).replace(/^\S+\s/, '')}</time>;
}

/** Markdown rendered on the server (markdown.ts: no raw HTML, only safe links), in a block styled as prose. */
export function Markdown({ text }: { text: string }) {
  return <div class="obs-prose" dangerouslySetInnerHTML={{ __html: renderMarkdown(text) }} />;
}

export const kindName = (ctx: ViewContext, kind: string) => ctx.t(`observatory.publication.kind.${kind}` as MessageKey);

export function crumbs(ctx: ViewContext, section: 'publications' | 'panels', title?: string): Crumb[] {
  const list = section === 'publications' ? { href: PUBLICATIONS_PATH, label: ctx.t('observatory.publication.listTitle') } : { href: PANELS_PATH, label: ctx.t('observatory.panel.listTitle') };
  return [{ href: '/', label: ctx.t('nav.home') }, { href: '/observatorio', label: ctx.t('observatory.name') }, ...(title ? [list, { label: title }] : [{ label: list.label }])];
}

/** The feed in the page's head, where feed readers look for it. */
export const feedAlternate = (ctx: ViewContext) => ({ href: FEED_PATH, type: 'application/atom+xml', title: ctx.t('observatory.feed.title') });

/** The two lists and the feed, linked from each (the feed as rel="alternate", which feed readers look for). */
export function SectionLinks({ ctx, current }: { ctx: ViewContext; current: 'publications' | 'panels' }) {
  const { t } = ctx;
  return (
    <p class="obs-section-links">
      {current === 'panels' ? <a href={PUBLICATIONS_PATH}>{t('observatory.publication.listTitle')}</a> : <a href={PANELS_PATH}>{t('observatory.panel.listTitle')}</a>}
      {' · '}<a href={FEED_PATH} rel="alternate" type="application/atom+xml">{t('observatory.feed.link')}</a>
    </p>
  );
}
