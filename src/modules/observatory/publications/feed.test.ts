// What the observatory puts in core's Atom document (core/http/atom.test.ts tests the document itself): entry ids
// subscribers already hold, `observatorio/{kind}/{rowId}` on the creation day, the kind as category, <published>.
import { describe, expect, it } from 'vitest';
import { assertWellFormedXml } from '../../../test-support/xml.js';
import { renderObservatoryFeed, type FeedEntry } from './feed.js';

const entry = (over: Partial<FeedEntry> = {}): FeedEntry => ({
  kind: 'publication', rowId: 7, createdAt: new Date('2026-11-02T12:00:00Z'), title: 'Ranking & <método>', summary: 'a < b',
  path: '/observatorio/publicaciones/ranking-metodo', published: new Date('2026-11-03T12:00:00Z'), updated: new Date('2026-11-04T12:00:00Z'), category: 'Nota', ...over });
const feed = (entries: FeedEntry[]) => renderObservatoryFeed({ baseUrl: 'http://localhost:3000', selfPath: '/observatorio/feed.atom', alternatePath: '/observatorio/publicaciones',
  title: 'Observatorio', subtitle: 's', author: 'SUBDERE', lang: 'es-CL', entries });

describe('the observatory\'s Atom feed', () => {
  it('keeps the entry ids subscribers hold (tag URI from host, creation day and kind/row id), with kind, label and dates', () => {
    const xml = feed([entry(), entry({ kind: 'panel', rowId: 12, createdAt: new Date('2026-01-05T03:00:00Z'), category: 'Panel', path: '/observatorio/paneles/p' })]);
    assertWellFormedXml(xml);
    expect(xml).toContain(`  <entry>
    <id>tag:localhost,2026-11-02:observatorio/publication/7</id>
    <title type="text">Ranking &amp; &lt;método&gt;</title>
    <link rel="alternate" type="text/html" href="http://localhost:3000/observatorio/publicaciones/ranking-metodo"/>
    <published>2026-11-03T12:00:00.000Z</published>
    <updated>2026-11-04T12:00:00.000Z</updated>
    <category term="publication" label="Nota"/>
    <summary type="text">a &lt; b</summary>
  </entry>`);
    expect(xml).toContain('<id>tag:localhost,2026-01-05:observatorio/panel/12</id>');
    expect(xml).toContain('<category term="panel" label="Panel"/>');
  });
});
