// The observatory's Atom feed (RFC 4287): publications and panels together, newest first, for people who follow the
// observatory in a feed reader. Entry ids are tag URIs (RFC 4151) built from the site's host, the day the row was
// created and its database id, so an entry keeps its id even if its address changes; links are absolute (from
// BASE_URL). Text is escaped for XML and stripped of the characters XML 1.0 forbids (§2.2), so the document is always
// well-formed whatever a title holds.

export interface FeedEntry {
  /** 'publication' or 'panel', with the row's id and creation time: the entry's permanent id. */
  kind: 'publication' | 'panel'; rowId: number; createdAt: Date;
  title: string; summary: string; path: string; published: Date; updated: Date; category: string;
}

export interface Feed { baseUrl: string; selfPath: string; alternatePath: string; title: string; subtitle: string; author: string; lang: string; entries: FeedEntry[] }

// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text or attribute content for XML. */
export const escapeXml = (s: string) => s.replace(FORBIDDEN, '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);

export const tagUri = (baseUrl: string, e: Pick<FeedEntry, 'kind' | 'rowId' | 'createdAt'>) =>
  `tag:${new URL(baseUrl).hostname},${e.createdAt.toISOString().slice(0, 10)}:observatorio/${e.kind}/${e.rowId}`;

export function renderAtomFeed(feed: Feed): string {
  const abs = (path: string) => escapeXml(new URL(path, `${feed.baseUrl}/`).href);
  const updated = feed.entries.reduce<Date | null>((max, e) => (!max || e.updated > max ? e.updated : max), null) ?? new Date(0);
  const entries = feed.entries.map((e) => `  <entry>
    <id>${escapeXml(tagUri(feed.baseUrl, e))}</id>
    <title type="text">${escapeXml(e.title)}</title>
    <link rel="alternate" type="text/html" href="${abs(e.path)}"/>
    <published>${e.published.toISOString()}</published>
    <updated>${e.updated.toISOString()}</updated>
    <category term="${escapeXml(e.kind)}" label="${escapeXml(e.category)}"/>
    <summary type="text">${escapeXml(e.summary)}</summary>
  </entry>\n`).join('');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang)}">
  <id>${abs(feed.selfPath)}</id>
  <title type="text">${escapeXml(feed.title)}</title>
  <subtitle type="text">${escapeXml(feed.subtitle)}</subtitle>
  <updated>${updated.toISOString()}</updated>
  <author><name>${escapeXml(feed.author)}</name></author>
  <link rel="self" type="application/atom+xml" href="${abs(feed.selfPath)}"/>
  <link rel="alternate" type="text/html" href="${abs(feed.alternatePath)}"/>
  <generator>Cabildo</generator>
${entries}</feed>
`;
}
