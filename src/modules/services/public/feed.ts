// The Atom feed of phase changes (/servicios/feed.atom, RFC 4287), for journalists and researchers who follow the
// registry in a feed reader: the latest 50 phases recorded, newest first. A phase is dated twice: the day the service
// entered it (startedOn, told in the text) and the moment it was recorded (recordedAt, the entry's <updated>), since a
// reader follows what changed in the registry. Entry ids are tag URIs (RFC 4151) from the phase row, stable whatever
// the service's address becomes; text goes through the observatory's XML escaping, as its feed does.
import { desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../core/db/client.js';
import type { Translate } from '../../../core/i18n/index.js';
import { escapeXml } from '../../observatory/index.js';
import { servicesPhases as ph, servicesServices as s } from '../registry/schema.js';
import { servicePath } from './present.js';
import { formatDay } from './views/parts.js';

export const FEED_PATH = '/servicios/feed.atom';
export const FEED_SIZE = 50;

export async function listPhaseChanges(db: DbOrTx, limit = FEED_SIZE) {
  return db.select({ id: ph.id, phase: ph.phase, startedOn: ph.startedOn, note: ph.note, recordedAt: ph.recordedAt, slug: s.slug, title: s.title })
    .from(ph).innerJoin(s, eq(s.id, ph.serviceId)).orderBy(desc(ph.recordedAt), desc(ph.id)).limit(limit);
}
export type PhaseChange = Awaited<ReturnType<typeof listPhaseChanges>>[number];

export function renderPhaseFeed(changes: PhaseChange[], opts: { baseUrl: string; t: Translate; lang: string }): string {
  const { t } = opts;
  const abs = (path: string) => escapeXml(new URL(path, `${opts.baseUrl}/`).href);
  const host = new URL(opts.baseUrl).hostname;
  const updated = changes[0]?.recordedAt ?? new Date(0);
  const entries = changes.map((c) => {
    const phase = t(`services.phase.${c.phase}`);
    const summary = [t('services.public.feed.entered', { phase, date: formatDay(opts.lang, c.startedOn) }), c.note].filter(Boolean).join(' ');
    return `  <entry>
    <id>${escapeXml(`tag:${host},${c.recordedAt.toISOString().slice(0, 10)}:servicios/fase/${c.id}`)}</id>
    <title type="text">${escapeXml(t('services.public.feed.entryTitle', { title: c.title, phase }))}</title>
    <link rel="alternate" type="text/html" href="${abs(servicePath(c.slug))}"/>
    <updated>${c.recordedAt.toISOString()}</updated>
    <category term="${escapeXml(c.phase)}" label="${escapeXml(phase)}"/>
    <summary type="text">${escapeXml(summary)}</summary>
  </entry>\n`;
  }).join('');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(opts.lang)}">
  <id>${abs(FEED_PATH)}</id>
  <title type="text">${escapeXml(t('services.public.feed.title'))}</title>
  <subtitle type="text">${escapeXml(t('services.public.feed.subtitle'))}</subtitle>
  <updated>${updated.toISOString()}</updated>
  <author><name>${escapeXml(t('services.name'))}</name></author>
  <link rel="self" type="application/atom+xml" href="${abs(FEED_PATH)}"/>
  <link rel="alternate" type="text/html" href="${abs('/servicios')}"/>
  <generator>Cabildo</generator>
${entries}</feed>
`;
}
