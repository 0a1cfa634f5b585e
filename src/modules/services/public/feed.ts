// The Atom feed of phase changes (/servicios/feed.atom), for journalists and researchers who follow the registry in a
// feed reader: the latest 50 phases recorded, newest first. A phase is dated twice: the day the service entered it
// (startedOn, told in the text) and the moment it was recorded (recordedAt, the entry's <updated>), since a reader
// follows what changed in the registry; no <published> (optional in RFC 4287): recording a phase is publishing it.
// The document is core's (core/http/atom.ts); the entry's permanent id is the phase row's, `servicios/fase/{id}` on the
// day it was recorded, stable whatever the service's address becomes, and held by subscribers, so it must never change.
import { desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../core/db/client.js';
import { renderAtomFeed } from '../../../core/http/atom.js';
import type { Translate } from '../../../core/i18n/index.js';
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
  const entries = changes.map((c) => {
    const phase = t(`services.phase.${c.phase}`);
    return {
      id: { created: c.recordedAt, specific: `servicios/fase/${c.id}` },
      title: t('services.public.feed.entryTitle', { title: c.title, phase }),
      summary: [t('services.public.feed.entered', { phase, date: formatDay(opts.lang, c.startedOn) }), c.note].filter(Boolean).join(' '),
      path: servicePath(c.slug),
      updated: c.recordedAt,
      category: { term: c.phase, label: phase },
    };
  });
  return renderAtomFeed({ baseUrl: opts.baseUrl, selfPath: FEED_PATH, alternatePath: '/servicios', title: t('services.public.feed.title'),
    subtitle: t('services.public.feed.subtitle'), author: t('services.name'), lang: opts.lang, entries });
}
