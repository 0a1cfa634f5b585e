// Atom 1.0 documents (RFC 4287) for every module that lets people follow something in a feed reader (DESIGN.md: "Atom
// feeds where people follow things"); each module keeps its own query and wording and hands over its entries here.
// Entry ids are tag URIs (RFC 4151) from the site's host, the day the thing was created and a path-like name the
// module chooses, so an entry keeps its id when its address changes (a reader would otherwise show it again as new).
// Links are absolute (from BASE_URL): a feed is read away from the site. Text is escaped for XML and stripped of the
// characters XML 1.0 forbids (§2.2), so the document is well-formed whatever a title holds.

// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text or attribute content for XML. */
export const escapeXml = (s: string) => s.replace(FORBIDDEN, '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);

/** What an entry's permanent id is made of: the day its row was created and its name within the site. */
export interface TagId {
  created: Date;
  /** Path-like and unique within the site, e.g. `servicios/fase/12`. Once published it must never change. */
  specific: string;
}

export interface AtomEntry {
  id: TagId;
  title: string;
  summary: string;
  /** The entry's page, a path on the site. */
  path: string;
  /** When it was first made public; left out where a module only knows when the entry was recorded. */
  published?: Date;
  updated: Date;
  category: { term: string; label?: string };
}

export interface AtomFeed {
  baseUrl: string;
  selfPath: string;
  alternatePath: string;
  title: string;
  subtitle: string;
  author: string;
  lang: string;
  entries: AtomEntry[];
}

/** `tag:{host},{YYYY-MM-DD}:{specific}`, the day in UTC. */
export const tagUri = (baseUrl: string, id: TagId) => `tag:${new URL(baseUrl).hostname},${id.created.toISOString().slice(0, 10)}:${id.specific}`;

function renderEntry(e: AtomEntry, baseUrl: string, abs: (path: string) => string): string {
  const label = e.category.label === undefined ? '' : ` label="${escapeXml(e.category.label)}"`;
  return `  <entry>
    <id>${escapeXml(tagUri(baseUrl, e.id))}</id>
    <title type="text">${escapeXml(e.title)}</title>
    <link rel="alternate" type="text/html" href="${abs(e.path)}"/>
${e.published ? `    <published>${e.published.toISOString()}</published>\n` : ''}    <updated>${e.updated.toISOString()}</updated>
    <category term="${escapeXml(e.category.term)}"${label}/>
    <summary type="text">${escapeXml(e.summary)}</summary>
  </entry>\n`;
}

/** The whole document; entries in the order given. The feed's <updated> is its newest entry's (RFC 4287 §4.2.15). */
export function renderAtomFeed(feed: AtomFeed): string {
  const abs = (path: string) => escapeXml(new URL(path, `${feed.baseUrl}/`).href);
  const updated = feed.entries.reduce<Date | null>((max, e) => (!max || e.updated > max ? e.updated : max), null) ?? new Date(0);
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
${feed.entries.map((e) => renderEntry(e, feed.baseUrl, abs)).join('')}</feed>
`;
}
