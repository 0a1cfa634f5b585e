// The Atom document itself (RFC 4287): well-formed whatever the titles hold, with the required elements, tag URIs
// that stay put, absolute links, and the five XML characters and forbidden control characters handled.
import { describe, expect, it } from 'vitest';
import { escapeXml, renderAtomFeed, tagUri, type FeedEntry } from './feed.js';
import { assertWellFormedXml } from './test-support.js';

const entry = (over: Partial<FeedEntry> = {}): FeedEntry => ({
  kind: 'publication', rowId: 7, createdAt: new Date('2026-11-02T12:00:00Z'), title: 'Ranking & <método> "nuevo" \'26', summary: 'a < b && c > d',
  path: '/observatorio/publicaciones/ranking-metodo', published: new Date('2026-11-03T12:00:00Z'), updated: new Date('2026-11-04T12:00:00Z'), category: 'Nota', ...over });
const feed = (entries: FeedEntry[]) => renderAtomFeed({ baseUrl: 'https://cabildo.example.cl', selfPath: '/observatorio/feed.atom', alternatePath: '/observatorio/publicaciones',
  title: 'Observatorio & co', subtitle: 's', author: 'Subsecretaría <SUBDERE>', lang: 'es-CL', entries });

describe('the Atom feed', () => {
  it('is well-formed XML with the elements RFC 4287 requires, and escapes & < > " \'', () => {
    const xml = feed([entry(), entry({ kind: 'panel', rowId: 3, title: 'Panel\u0001 con control\u0000', published: new Date('2026-10-01T00:00:00Z'), updated: new Date('2026-10-01T00:00:00Z') })]);
    assertWellFormedXml(xml);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom" xml:lang="es-CL">/);
    expect(xml).toContain('<title type="text">Observatorio &amp; co</title>');
    expect(xml).toContain('<id>https://cabildo.example.cl/observatorio/feed.atom</id>');
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://cabildo.example.cl/observatorio/feed.atom"/>');
    expect(xml).toContain('<link rel="alternate" type="text/html" href="https://cabildo.example.cl/observatorio/publicaciones"/>');
    expect(xml).toContain('<author><name>Subsecretaría &lt;SUBDERE&gt;</name></author>');
    expect(xml).toContain('<updated>2026-11-04T12:00:00.000Z</updated>\n  <author>');
    expect(xml).toContain('<title type="text">Ranking &amp; &lt;método&gt; &quot;nuevo&quot; &apos;26</title>');
    expect(xml).toContain('<summary type="text">a &lt; b &amp;&amp; c &gt; d</summary>');
    expect(xml).toContain('<title type="text">Panel con control</title>');
    expect(xml).toContain('<id>tag:cabildo.example.cl,2026-11-02:observatorio/publication/7</id>');
    expect(xml).toContain('<link rel="alternate" type="text/html" href="https://cabildo.example.cl/observatorio/publicaciones/ranking-metodo"/>');
    expect(xml.match(/<entry>/g)).toHaveLength(2);
    for (const el of ['id', 'title', 'updated', 'published', 'summary']) expect(xml.match(new RegExp(`<${el}[ >]`, 'g'))!.length, el).toBeGreaterThanOrEqual(2);
  });

  it('is well-formed with no entries, and the checker itself refuses what is not', () => {
    assertWellFormedXml(feed([]));
    expect(feed([])).toContain('<updated>1970-01-01T00:00:00.000Z</updated>');
    for (const bad of ['<a>&</a>', '<a><b></a></b>', '<a x=1/>', '<a/><b/>', '<a>x < y</a>', '<a x="<"/>', '<a>&nbsp;</a>', 'text<a/>', '<a>']) {
      expect(() => assertWellFormedXml(bad), bad).toThrow();
    }
  });

  it('keeps an entry\'s id when its address changes (tag URI from host, creation day and row id)', () => {
    expect(tagUri('http://localhost:3000', { kind: 'panel', rowId: 12, createdAt: new Date('2026-01-05T03:00:00Z') })).toBe('tag:localhost,2026-01-05:observatorio/panel/12');
    expect(escapeXml('\ud800x\uffff&')).toBe('x&amp;');
  });
});
