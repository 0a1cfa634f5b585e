// What the transparency emails share: a calendar date in the reader's words, the links back to the platform, and the
// plain-text and HTML bodies built from the same paragraphs (preact escapes the HTML).
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import type { Locale } from '../../../core/i18n/index.js';

const dayFormats = new Map<Locale, Intl.DateTimeFormat>();
/** "7 de junio de 2027": a calendar date is a day in Chile, not an instant, so it is formatted in UTC to stay that day. */
export function formatMailDay(date: string | null | undefined, locale: Locale): string {
  if (!date) return '—';
  let f = dayFormats.get(locale);
  if (!f) dayFormats.set(locale, f = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }));
  return f.format(new Date(`${date}T12:00:00Z`));
}

export const requestPath = (slug: string, folio: string) => `/instituciones/${slug}/transparencia/solicitudes/${folio}`;
export const inboxPath = (slug: string) => `/instituciones/${slug}/transparencia/bandeja`;

export type MailPart = { text: string } | { items: Array<{ text: string; url: string }> } | { link: string; url: string } | { small: string };

export function renderMail(parts: MailPart[]): { text: string; html: string } {
  const text = parts.map((p) => ('items' in p ? p.items.map((i) => `- ${i.text}\n  ${i.url}`).join('\n')
    : 'link' in p ? `${p.link}\n${p.url}` : 'small' in p ? p.small : p.text)).join('\n\n');
  const html = renderToString(h('div', null, ...parts.map((p) => ('items' in p
    ? h('ul', null, ...p.items.map((i) => h('li', null, h('a', { href: i.url }, i.text))))
    : 'link' in p ? h('p', null, `${p.link} `, h('a', { href: p.url }, p.url))
      : 'small' in p ? h('p', null, h('small', null, p.small)) : h('p', null, p.text)))));
  return { text, html };
}
