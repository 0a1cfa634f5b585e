// The observatory's Atom feed: publications and panels together, newest first, for people who follow the observatory
// in a feed reader. The document is core's (core/http/atom.ts); what is the observatory's is the entry's permanent id,
// `observatorio/{kind}/{rowId}` on the row's creation day, which subscribers already hold and so must never change,
// and the kind as the entry's category term (with the translated kind as its label).
import { renderAtomFeed, type AtomEntry, type AtomFeed } from '../../../core/http/atom.js';

export interface FeedEntry {
  /** 'publication' or 'panel', with the row's id and creation time: the entry's permanent id. */
  kind: 'publication' | 'panel'; rowId: number; createdAt: Date;
  title: string; summary: string; path: string; published: Date; updated: Date; category: string;
}

export type Feed = Omit<AtomFeed, 'entries'> & { entries: FeedEntry[] };

const toAtomEntry = (e: FeedEntry): AtomEntry => ({
  id: { created: e.createdAt, specific: `observatorio/${e.kind}/${e.rowId}` },
  title: e.title, summary: e.summary, path: e.path, published: e.published, updated: e.updated, category: { term: e.kind, label: e.category },
});

export const renderObservatoryFeed = (feed: Feed) => renderAtomFeed({ ...feed, entries: feed.entries.map(toAtomEntry) });
