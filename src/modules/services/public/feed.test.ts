// What the registry puts in core's Atom document (core/http/atom.test.ts tests the document itself): entry ids
// subscribers already hold, `servicios/fase/{id}` on the day the phase was recorded, and no <published>.
import { describe, expect, it } from 'vitest';
import { translator } from '../../../core/i18n/index.js';
import { assertWellFormedXml } from '../../../test-support/xml.js';
import { renderPhaseFeed, type PhaseChange } from './feed.js';

const change: PhaseChange = { id: 41, phase: 'construccion', startedOn: '2025-06-02', note: 'Con & sin <papel>.', recordedAt: new Date('2025-06-03T02:30:00Z'),
  slug: 'permisos-en-linea', title: 'Permisos de edificación en línea' };

describe('the phase-change feed', () => {
  it('keeps the entry ids subscribers hold (tag URI from host, recording day and phase row id), with no <published>', () => {
    const xml = renderPhaseFeed([change], { baseUrl: 'http://localhost:3000', t: translator('es-CL'), lang: 'es-CL' });
    assertWellFormedXml(xml);
    expect(xml).toContain('<id>tag:localhost,2025-06-03:servicios/fase/41</id>');
    expect(xml).toContain('<link rel="alternate" type="text/html" href="http://localhost:3000/servicios/permisos-en-linea"/>\n    <updated>2025-06-03T02:30:00.000Z</updated>');
    expect(xml).toContain('<updated>2025-06-03T02:30:00.000Z</updated>\n  <author>');
    expect(xml).toContain('<category term="construccion" label="Construcción"/>');
    expect(xml).toContain('Con &amp; sin &lt;papel&gt;.</summary>');
    expect(xml).not.toContain('<published>');
  });
});
