// The maps' promises (issue 9, "Show it"): 345 comuna paths with the right codes and a text alternative each, the
// islands only in their insets, every region map with exactly its comunas, fills/links/labels applied, no NaN, and a
// byte budget so a heavier map fails here rather than on a phone.
import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { geoIdentity } from 'd3-geo';
import { render } from 'preact-render-to-string';
import { loadTerritory } from '../../../core/tenancy/reference.js';
import { NationalMap, RegionMap, type ComunaFill } from './index.js';
import { pathData } from './path.js';

const territory = loadTerritory();
const municipalities = territory.comunas.filter((c) => c.code !== '12202');
const legend = [{ className: 'map-group-a', label: 'Grupo A' }, { className: 'map-group-b', label: 'Grupo B' }];
const base = { title: 'Índice 2023', description: 'Grupos A a D', legend };
/** Realistic labels and links, as the landing page gives them. */
const fullFills = new Map<string, ComunaFill>(municipalities.map((c, i) => [c.code, {
  className: `map-group-${'abcd'[i % 4]}`, label: `${c.name}: 62,3 puntos, grupo ${'ABCD'[i % 4]}, lugar ${i + 1} de 345`, href: `/observatorio/municipios/${c.code}`,
}]));

/** Every comuna path: its CUT, class, path data and the title inside it. */
function comunaPaths(html: string) {
  return [...html.matchAll(/<path data-cut="([^"]*)" class="([^"]*)" d="([^"]*)"[^>]*><title>([^<]*)<\/title><\/path>/g)]
    .map(([, cut, className, d, title]) => ({ cut, className, d, title }));
}
const parts = (html: string) => {
  const [main, ...insets] = html.split('<g class="map-inset">');
  return { main, insets };
};

describe('national map', () => {
  const html = render(<NationalMap {...base} fills={fullFills} />);
  const paths = comunaPaths(html);

  it('draws the 345 municipalities once each, with their CUT and a title', () => {
    expect((html.match(/data-cut=/g) ?? []).length).toBe(345);
    expect(paths).toHaveLength(345);
    expect(new Set(paths.map((p) => p.cut))).toEqual(new Set(municipalities.map((c) => c.code)));
    for (const p of paths) expect(p.title.length).toBeGreaterThan(0);
  });

  it('draws real shapes: non-empty path data, no NaN or Infinity anywhere', () => {
    for (const p of paths) expect(p.d).toMatch(/^M-?[\d.]+[ -]?-?[\d.]+l/);
    expect(html).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('puts Isla de Pascua and Juan Fernández in their labelled insets only', () => {
    const { main, insets } = parts(html);
    expect(main).not.toContain('data-cut="05201"');
    expect(main).not.toContain('data-cut="05104"');
    expect(insets).toHaveLength(2);
    expect(insets[0]).toContain('data-cut="05201"');
    expect(insets[0]).toContain('Isla de Pascua</text>');
    expect(insets[1]).toContain('data-cut="05104"');
    expect(insets[1]).toContain('Juan Fernández</text>');
  });

  it('draws region boundaries as one non-interactive path', () => {
    expect(html).toMatch(/<path class="map-boundaries" d="M[^"]+" aria-hidden="true"/);
  });

  it('applies classes, labels and links from the fills', () => {
    const temuco = paths.find((p) => p.cut === '09101')!;
    expect(temuco.className).toBe(fullFills.get('09101')!.className);
    expect(temuco.title).toBe(fullFills.get('09101')!.label);
    expect(html).toContain('<a href="/observatorio/municipios/09101"><path data-cut="09101"');
  });

  it('stays light: under 165 KB of HTML, 50 KB gzipped (measured 152 KB and 44 KB)', () => {
    expect(html.length).toBeLessThan(165_000);
    expect(gzipSync(html).length).toBeLessThan(50_000);
  });
});

describe('fills left out', () => {
  const fills = new Map([['09101', { className: 'map-group-a', label: 'Temuco: grupo A' }]]);

  it('draws a comuna without a fill hatched, named, "sin datos", not a link, and adds it to the legend once', () => {
    const html = render(<RegionMap {...base} regionCode="09" fills={fills} />);
    const padreLasCasas = comunaPaths(html).find((p) => p.cut === '09112')!;
    expect(padreLasCasas.className).toBe('map-no-data');
    expect(padreLasCasas.title).toBe('Padre Las Casas: sin datos');
    expect(html).toContain('fill="url(#map-region-09-hatch)"');
    expect(html).toContain('<pattern id="map-region-09-hatch"');
    expect(html).not.toContain('<a ');
    expect(html.match(/<li><span class="map-swatch map-no-data" aria-hidden="true"><\/span>Sin datos<\/li>/g)).toHaveLength(1);
    expect(html).toContain('<li><span class="map-swatch map-group-a" aria-hidden="true"></span>Grupo A</li>');
  });

  it('speaks the reader\'s language', () => {
    const html = render(<NationalMap {...base} fills={fills} locale="en" />);
    expect(comunaPaths(html).find((p) => p.cut === '09112')!.title).toBe('Padre Las Casas: no data');
    expect(html).toContain('>Legend</p>');
    expect(html).toContain('Easter Island</text>');
  });

  it('labels the SVG by its title and description, with ids of its own', () => {
    const html = render(<RegionMap {...base} regionCode="13" fills={fills} id="rm" highlight="13101" caption="Fuente: SINIM" />);
    expect(html).toContain('<p class="map-note">Fuente: SINIM</p>');
    expect(html).toContain('<svg class="map-svg" viewBox="0 0 600 ');
    expect(html).toContain('role="group" aria-labelledby="rm-title" aria-describedby="rm-desc"');
    expect(html).toContain('<title id="rm-title">Índice 2023</title><desc id="rm-desc">Grupos A a D</desc>');
    expect(html).toMatch(/<path class="map-highlight" d="M[^"]+" aria-hidden="true"/);
  });
});

describe('region maps', () => {
  it.each(territory.regions.map((r) => r.code))('region %s draws exactly its municipalities', (code) => {
    const html = render(<RegionMap {...base} regionCode={code} fills={fullFills} />);
    const paths = comunaPaths(html);
    expect(new Set(paths.map((p) => p.cut))).toEqual(new Set(municipalities.filter((c) => c.regionCode === code).map((c) => c.code)));
    expect(paths).toHaveLength(new Set(paths.map((p) => p.cut)).size);
    for (const p of paths) expect(p.d.length).toBeGreaterThan(10);
    expect(html).not.toMatch(/NaN|Infinity/);
    expect(html.length).toBeLessThan(60_000);
  });

  it('gives Valparaíso\'s islands insets, out of the mainland', () => {
    const { main, insets } = parts(render(<RegionMap {...base} regionCode="05" fills={fullFills} />));
    expect(main).not.toMatch(/data-cut="05(201|104)"/);
    expect(insets.map((i) => i.match(/data-cut="(\d+)"/)![1])).toEqual(['05201', '05104']);
  });

  it('draws nothing for an unknown region', () => {
    expect(render(<RegionMap {...base} regionCode="99" fills={fullFills} />)).toBe('');
  });
});

describe('path data', () => {
  const square = (side: number) => ({ type: 'Polygon' as const, coordinates: [[[0, 0], [side, 0], [side, side], [0, side], [0, 0]]] });

  it('writes the first point absolute, the rest relative, with one decimal and no needless separators', () => {
    expect(pathData(geoIdentity(), square(1.25))).toBe('M0 0l1.3 0 0 1.3-1.3 0z');
    expect(pathData(geoIdentity(), { type: 'LineString', coordinates: [[0.5, 0.5], [1, 1], [3, 3]] }, false)).toBe('M.5.5l.5.5 2 2');
  });

  it('drops a ring that rounds to fewer than three points', () => {
    expect(pathData(geoIdentity(), square(0.04))).toBe('');
  });
});
