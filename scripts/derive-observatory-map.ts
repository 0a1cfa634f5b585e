// Derives data/observatory/comunas.topo.json, the comuna boundaries the observatory's maps draw, from the INE Censo 2017
// cartography as simplified by chilemapas (GPL-3; see data/ATTRIBUTION.md). Keeps one object, `comunas`, with each
// comuna's CUT and region code (names come from data/territory.json), simplifies it (Visvalingam, spherical areas) to
// the detail each region's own map needs — a vertex stays if its triangle covers DETAIL px² on the most zoomed-in map
// that shows it —, drops islets too small to see, and re-quantizes. Region outlines are not stored: the maps derive
// them at run time with topojson-client's mesh.
// Run: npx tsx scripts/derive-observatory-map.ts [path-to-shared-data-chile]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { feature } from 'topojson-client';
import { filter, filterAttachedWeight, presimplify, sphericalRingArea, sphericalTriangleArea, type RingWeighter } from 'topojson-simplify';
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';
import { fitProjection, INSET_CUTS, layoutRegion } from '../src/modules/observatory/maps/projection.js';

const dir = process.argv[2] ?? join(import.meta.dirname, '../../shared/data/chile');
const source = join(dir, 'chile_territorios_ine2017_chilemapas.topojson');
const input = JSON.parse(readFileSync(source, 'utf8')) as Topology<{ comunas: GeometryCollection<{ codigo_comuna: string; codigo_region: string }> }>;

/** Smallest triangle kept, in px² of the region's map. Measured: 1 px² gives 422 KB, 2 gives 319 KB, 4 gives 241 KB. */
const DETAIL = 2;
/** Detached islets below ~0.1 km² (0.1 / 6371² sr) are under a pixel on every map. */
const MIN_ISLET = 0.1 / 6371 ** 2;
/** Quantization: ~90 m steps over Chile's 43° × 39° extent, finer than a pixel of any map. */
const QUANTIZATION = 50_000;

type Comuna = (Polygon | MultiPolygon) & { properties: { codigo_comuna: string; codigo_region: string } };
const comunas = input.objects.comunas.geometries as Comuna[];
if (comunas.length !== 345) throw new Error(`expected 345 comunas, got ${comunas.length}`);

// Islas Desventuradas (San Félix, San Ambrosio: a few km² at 26°S 80°W) belong to comuna Valparaíso (05101): sub-pixel on
// the national map and 900 km off the region's coast, they are left out rather than given a third inset.
const valparaiso = comunas.find((c) => c.properties.codigo_comuna === '05101') as MultiPolygon & Comuna;
const westOf = (polygon: number[][], lon: number) => {
  const f = feature(input, { type: 'Polygon', arcs: polygon } as Polygon);
  return f.geometry.type === 'Polygon' && f.geometry.coordinates[0].every(([x]) => x < lon);
};
const mainland = valparaiso.arcs.filter((polygon) => !westOf(polygon, -77));
console.log(`05101 Valparaíso: ${valparaiso.arcs.length - mainland.length} polygons of the Desventuradas left out`);
valparaiso.arcs = mainland;

const out = {
  ...input,
  objects: {
    comunas: {
      type: 'GeometryCollection',
      geometries: comunas.map(({ type, arcs, properties }) => ({ type, arcs, properties: { cut: properties.codigo_comuna, region: properties.codigo_region } })),
    },
  },
} as Topology<{ comunas: GeometryCollection<{ cut: string; region: string }> }>;
const simplified = simplifyByRegion(presimplify(out, sphericalTriangleArea));
// filterWeight calls its weight with (ring, interior), which sphericalRingArea needs for the ring's orientation.
const kept = filter(simplified, filterAttachedWeight(simplified, MIN_ISLET, sphericalRingArea as unknown as RingWeighter));
const result = quantize(kept, QUANTIZATION);

mkdirSync(join(import.meta.dirname, '../data/observatory'), { recursive: true });
const file = join(import.meta.dirname, '../data/observatory/comunas.topo.json');
const text = JSON.stringify(result);
writeFileSync(file, text + '\n');
const points = (t: Topology) => t.arcs.reduce((n, a) => n + a.length, 0);
console.log(`comunas.topo.json: ${result.objects.comunas.type === 'GeometryCollection' ? result.objects.comunas.geometries.length : 0} comunas, `
  + `${points(input)} → ${points(result)} points, ${(readFileSync(source).length / 1024).toFixed(0)} KB → ${(text.length / 1024).toFixed(0)} KB `
  + `(${(gzipSync(text).length / 1024).toFixed(0)} KB gzip)`);

/** Each arc keeps the vertices its most zoomed-in region map can show (an arc on a border serves two maps). */
function simplifyByRegion<T extends Topology>(topology: T): T {
  const geometries = (topology.objects.comunas as GeometryCollection<{ cut: string; region: string }>).geometries as Array<Comuna & { properties: { cut: string; region: string } }>;
  const scaleOf = new Map<string, number>();
  for (const region of new Set(geometries.map((g) => g.properties.region))) {
    const mainland = feature(topology, { type: 'GeometryCollection', geometries: geometries.filter((g) => g.properties.region === region && !(INSET_CUTS as readonly string[]).includes(g.properties.cut)) }) as FeatureCollection;
    scaleOf.set(region, fitProjection(mainland, layoutRegion(mainland, []).main).scale());
  }
  const minWeight = new Array<number>(topology.arcs.length).fill(Infinity);
  for (const g of geometries) {
    // The islands' insets zoom far in: their few vertices all stay.
    const weight = (INSET_CUTS as readonly string[]).includes(g.properties.cut) ? 0 : DETAIL / scaleOf.get(g.properties.region)! ** 2;
    for (const index of g.arcs.flat(2) as number[]) {
      const arc = index < 0 ? ~index : index;
      minWeight[arc] = Math.min(minWeight[arc], weight);
    }
  }
  const arcs = topology.arcs.map((arc, i) => arc.filter((p) => p[2] >= minWeight[i]).map(([x, y]) => [x, y]));
  return { ...topology, arcs };
}

/** topojson-client's quantize refuses an already-quantized input; this delta-encodes absolute arcs on a fresh grid. */
function quantize(topology: Topology, n: number): Topology {
  const all = topology.arcs.flat();
  const [x0, x1] = [Math.min(...all.map((p) => p[0])), Math.max(...all.map((p) => p[0]))];
  const [y0, y1] = [Math.min(...all.map((p) => p[1])), Math.max(...all.map((p) => p[1]))];
  const kx = (x1 - x0) / (n - 1) || 1;
  const ky = (y1 - y0) / (n - 1) || 1;
  const arcs = topology.arcs.map((arc) => {
    const out: Array<[number, number]> = [];
    let px = 0;
    let py = 0;
    arc.forEach(([x, y], i) => {
      const qx = Math.round((x - x0) / kx);
      const qy = Math.round((y - y0) / ky);
      // A repeated point adds nothing, but an arc keeps its two ends so the topology stays whole.
      if (i > 0 && i < arc.length - 1 && qx === px && qy === py) return;
      out.push([qx - px, qy - py]);
      px = qx;
      py = qy;
    });
    return out;
  });
  return { ...topology, bbox: [x0, y0, x1, y1], transform: { scale: [kx, ky], translate: [x0, y0] }, arcs };
}
