// The Atom document itself (RFC 4287): well-formed whatever the titles hold, with the required elements, tag URIs
// (RFC 4151) from host, creation day and the module's name, absolute links, the optional <published> and category
// label, and the five XML characters and forbidden control characters handled.
import { describe, expect, it } from 'vitest';
import { assertWellFormedXml } from '../../test-support/xml.js';
import { escapeXml, renderAtomFeed, tagUri, type AtomEntry } from './atom.js';

const entry = (over: Partial<AtomEntry> = {}): AtomEntry => ({
  id: { created: new Date('2026-11-02T12:00:00Z'), specific: 'cosas/7' }, title: 'Ranking & <método> "nuevo" \'26', summary: 'a < b && c > d',
  path: '/cosas/ranking-metodo', published: new Date('2026-11-03T12:00:00Z'), updated: new Date('2026-11-04T12:00:00Z'), category: { term: 'nota', label: 'Nota' }, ...over });
const feed = (entries: AtomEntry[]) => renderAtomFeed({ baseUrl: 'https://cabildo.example.cl', selfPath: '/cosas/feed.atom', alternatePath: '/cosas',
  title: 'Cosas & co', subtitle: 's', author: 'Subsecretaría <SUBDERE>', lang: 'es-CL', entries });

describe('renderAtomFeed', () => {
  it('is well-formed XML with the elements RFC 4287 requires, and escapes & < > " \'', () => {
    const xml = feed([entry(), entry({ id: { created: new Date('2026-10-01T00:00:00Z'), specific: 'cosas/3' }, title: 'Otra\u0001 con control\u0000',
      updated: new Date('2026-10-01T00:00:00Z'), category: { term: 'a"b' } })]);
    assertWellFormedXml(xml);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom" xml:lang="es-CL">/);
    expect(xml).toContain('<title type="text">Cosas &amp; co</title>');
    expect(xml).toContain('<id>https://cabildo.example.cl/cosas/feed.atom</id>');
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://cabildo.example.cl/cosas/feed.atom"/>');
    expect(xml).toContain('<link rel="alternate" type="text/html" href="https://cabildo.example.cl/cosas"/>');
    expect(xml).toContain('<author><name>Subsecretaría &lt;SUBDERE&gt;</name></author>');
    expect(xml).toContain('<updated>2026-11-04T12:00:00.000Z</updated>\n  <author>');
    expect(xml).toContain('<title type="text">Ranking &amp; &lt;método&gt; &quot;nuevo&quot; &apos;26</title>');
    expect(xml).toContain('<summary type="text">a &lt; b &amp;&amp; c &gt; d</summary>');
    expect(xml).toContain('<title type="text">Otra con control</title>');
    expect(xml).toContain('<id>tag:cabildo.example.cl,2026-11-02:cosas/7</id>');
    expect(xml).toContain('<link rel="alternate" type="text/html" href="https://cabildo.example.cl/cosas/ranking-metodo"/>');
    expect(xml).toContain('<category term="nota" label="Nota"/>');
    expect(xml).toContain('<category term="a&quot;b"/>');
    expect(xml.match(/<entry>/g)).toHaveLength(2);
    for (const el of ['id', 'title', 'updated', 'published', 'summary']) expect(xml.match(new RegExp(`<${el}[ >]`, 'g'))!.length, el).toBeGreaterThanOrEqual(2);
  });

  it('leaves out <published> when an entry has none, and dates the feed by its newest entry whatever the order', () => {
    const xml = feed([entry({ published: undefined, updated: new Date('2026-01-01T00:00:00Z') }), entry({ published: undefined })]);
    assertWellFormedXml(xml);
    expect(xml).not.toContain('<published>');
    expect(xml).toContain('<updated>2026-11-04T12:00:00.000Z</updated>\n  <author>');
    expect(xml).toContain('  <link rel="alternate" type="text/html" href="https://cabildo.example.cl/cosas/ranking-metodo"/>\n    <updated>');
  });

  it('is well-formed with no entries, and the checker itself refuses what is not', () => {
    assertWellFormedXml(feed([]));
    expect(feed([])).toContain('<updated>1970-01-01T00:00:00.000Z</updated>');
    for (const bad of ['<a>&</a>', '<a><b></a></b>', '<a x=1/>', '<a/><b/>', '<a>x < y</a>', '<a x="<"/>', '<a>&nbsp;</a>', 'text<a/>', '<a>']) {
      expect(() => assertWellFormedXml(bad), bad).toThrow();
    }
  });

  it('keeps an entry\'s id when its address changes (tag URI from host, creation day in UTC and the module\'s name)', () => {
    expect(tagUri('http://localhost:3000', { created: new Date('2026-01-05T03:00:00Z'), specific: 'observatorio/panel/12' })).toBe('tag:localhost,2026-01-05:observatorio/panel/12');
    expect(escapeXml('\ud800x\uffff&')).toBe('x&amp;');
  });
});
