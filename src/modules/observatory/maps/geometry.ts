// The maps' shapes as SVG path data, computed once per process and kept: data/observatory/comunas.topo.json (derived
// by scripts/derive-observatory-map.ts) is read at the first map, then each map simplifies it again for its own scale
// (Visvalingam: a vertex stays when its triangle covers at least DETAIL px² on that map), projects it (projection.ts)
// and writes compact relative paths with one decimal.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection } from 'geojson';
import { feature, mesh } from 'topojson-client';
import { filter, filterAttachedWeight, presimplify, simplify, sphericalRingArea, sphericalTriangleArea, type RingWeighter } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { loadTerritory } from '../../../core/tenancy/reference.js';
import { pathData } from './path.js';
import { fitProjection, fittedHeight, INSET_ASPECT, INSET_CUTS, insetLabel, layoutRegion, NATIONAL_WIDTH, PAD, type Box, type InsetCut } from './projection.js';

const TOPOLOGY_FILE = fileURLToPath(new URL('../../../../data/observatory/comunas.topo.json', import.meta.url));
/** Smallest triangle a map keeps, in its px²; islets under ISLET px² are left out (the comuna's other parts stay). */
const DETAIL = 1.5;
const ISLET = 1;
/** Layouts are fitted on a coarse copy (the national map's detail): bounds move by under a pixel, ten times faster. */
const COARSE_SCALE = 4000;

interface ComunaProperties { cut: string; region: string }
type ComunaTopology = Topology<{ comunas: GeometryCollection<ComunaProperties> }>;
type ComunaFeature = Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon, ComunaProperties>;

export interface ComunaShape { cut: string; name: string; d: string }
export interface InsetDrawing { cut: InsetCut; box: Box; comuna: ComunaShape }
export interface MapDrawing {
  width: number;
  height: number;
  comunas: ComunaShape[];
  insets: InsetDrawing[];
  /** Region boundaries over the comunas (national map only; empty otherwise). */
  regionBoundaries: string;
}

interface Source { topology: ComunaTopology; coarse: ComunaFeature[]; names: Map<string, string>; regions: Set<string> }
let source: Source | undefined;
const drawings = new Map<string, MapDrawing>();

function loadSource(): Source {
  if (source) return source;
  const topology = presimplify(JSON.parse(readFileSync(TOPOLOGY_FILE, 'utf8')) as ComunaTopology, sphericalTriangleArea);
  const territory = loadTerritory();
  const coarse = comunasOf(simplify(topology, DETAIL / COARSE_SCALE ** 2));
  source = { topology, coarse, names: new Map(territory.comunas.map((c) => [c.code, c.name])), regions: new Set(territory.regions.map((r) => r.code)) };
  return source;
}

/** The topology with the detail a map drawn at `scale` px per radian can show. */
function simplifyFor(scale: number): ComunaTopology {
  const simplified = simplify(loadSource().topology, DETAIL / scale ** 2);
  // filterWeight calls its weight with (ring, interior), which sphericalRingArea needs for the ring's orientation.
  return filter(simplified, filterAttachedWeight(simplified, ISLET / scale ** 2, sphericalRingArea as unknown as RingWeighter)) as ComunaTopology;
}

const comunasOf = (topology: ComunaTopology) => feature(topology, topology.objects.comunas).features as ComunaFeature[];
const regionOf = (g: { properties?: unknown }) => (g.properties as ComunaProperties).region;
const collection = (features: ComunaFeature[]): FeatureCollection => ({ type: 'FeatureCollection', features });
/** CUT order runs north to south by region: the order keyboard and screen-reader users move through the map. */
const byCut = (a: ComunaShape, b: ComunaShape) => a.cut.localeCompare(b.cut);
const isInset = (cut: string): cut is InsetCut => (INSET_CUTS as readonly string[]).includes(cut);

function shapeOf(f: ComunaFeature, projection: GeoProjection): ComunaShape {
  const d = pathData(projection, f);
  return { cut: f.properties.cut, name: loadSource().names.get(f.properties.cut) ?? f.properties.cut, d };
}

/** An inset draws one comuna at its own scale, from the full-detail geometry, under its label. */
function drawInset(cut: InsetCut, box: Box, mapWidth: number): InsetDrawing {
  const { topology } = loadSource();
  const f = feature(topology, topology.objects.comunas.geometries.find((g) => (g.properties as ComunaProperties).cut === cut)!) as ComunaFeature;
  const { band } = insetLabel(mapWidth);
  const inner = { x: box.x + PAD, y: box.y + band + PAD / 2, width: box.width - 2 * PAD, height: box.height - band - PAD };
  return { cut, box, comuna: shapeOf(f, fitProjection(collection([f]), inner)) };
}

/** Chile from Arica to Cabo de Hornos in one tall column; the islands boxed in the ocean at their own latitude. */
export function drawNationalMap(): MapDrawing {
  const cached = drawings.get('national');
  if (cached) return cached;
  const full = loadSource().coarse.filter((f) => !isInset(f.properties.cut));
  const height = fittedHeight(collection(full), NATIONAL_WIDTH - 2 * PAD, { min: 0, max: Infinity }) + 2 * PAD;
  const projection = fitProjection(collection(full), { x: PAD, y: PAD, width: NATIONAL_WIDTH - 2 * PAD, height: height - 2 * PAD });
  const topology = simplifyFor(projection.scale());
  const mainland = comunasOf(topology).filter((f) => !isInset(f.properties.cut));
  const insets = INSET_CUTS.map((cut) => drawInset(cut, nationalInsetBox(cut, projection, full), NATIONAL_WIDTH));
  const boundaries = mesh(topology, topology.objects.comunas, (a, b) => a !== b && regionOf(a) !== regionOf(b));
  const drawing = {
    width: NATIONAL_WIDTH, height, insets,
    comunas: mainland.map((f) => shapeOf(f, projection)).sort(byCut),
    regionBoundaries: pathData(projection, boundaries, false),
  };
  drawings.set('national', drawing);
  return drawing;
}

/** Insets sit west of the coast at the island's own latitude, as wide as the ocean there allows. */
function nationalInsetBox(cut: InsetCut, projection: GeoProjection, mainland: ComunaFeature[]): Box {
  const island = loadSource().coarse.find((f) => f.properties.cut === cut)!;
  const [[, south], [, north]] = geoPath().bounds(island);
  const centreY = projection([-71, (south + north) / 2])![1];
  const heightOf = (width: number) => Math.round(width * INSET_ASPECT[cut] + insetLabel(NATIONAL_WIDTH).band);
  const path = geoPath(projection);
  const wanted = cut === '05201' ? 150 : 190;
  const beside = mainland.map((f) => path.bounds(f))
    .filter(([[, y0], [, y1]]) => y1 >= centreY - heightOf(wanted) / 2 && y0 <= centreY + heightOf(wanted) / 2);
  const width = Math.min(wanted, Math.floor(Math.min(...beside.map(([[x0]]) => x0)) - 2 * PAD));
  const height = heightOf(width);
  return { x: PAD, y: Math.round(centreY - height / 2), width, height };
}

/** One region's comunas fitted to the box; null for an unknown region code. */
export function drawRegionMap(regionCode: string): MapDrawing | null {
  if (!loadSource().regions.has(regionCode)) return null;
  const cached = drawings.get(regionCode);
  if (cached) return cached;
  const full = loadSource().coarse.filter((f) => f.properties.region === regionCode);
  const mainland = full.filter((f) => !isInset(f.properties.cut));
  const layout = layoutRegion(collection(mainland), full.filter((f) => isInset(f.properties.cut)).map((f) => f.properties.cut as InsetCut));
  const projection = fitProjection(collection(mainland), layout.main);
  const simplified = comunasOf(simplifyFor(projection.scale())).filter((f) => f.properties.region === regionCode && !isInset(f.properties.cut));
  const drawing = {
    width: layout.width, height: layout.height, regionBoundaries: '',
    comunas: simplified.map((f) => shapeOf(f, projection)).sort(byCut),
    insets: layout.insets.map(({ cut, box }) => drawInset(cut, box, layout.width)),
  };
  drawings.set(regionCode, drawing);
  return drawing;
}
