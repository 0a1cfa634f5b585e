// Where the maps put things: projections and boxes, in SVG user units (about CSS pixels at full size). A transverse
// Mercator keeps a long north–south country true in shape along its central meridian (Chile spans 39° of latitude and
// few of longitude); each map rotates it to its own middle. Shared by the run-time drawing and by
// scripts/derive-observatory-map.ts, which keeps the detail the most zoomed-in region map needs.
import { geoPath, geoTransverseMercator, type GeoProjection } from 'd3-geo';
import type { FeatureCollection, Geometry, Position } from 'geojson';

export interface Box { x: number; y: number; width: number; height: number }

/** Comunas drawn only in an inset, 3,700 and 670 km off the mainland (SOURCES.md: a national map needs insets). */
export const INSET_CUTS = ['05201', '05104'] as const;
export type InsetCut = (typeof INSET_CUTS)[number];

export const NATIONAL_WIDTH = 400;
export const REGION_WIDTH = 600;
const REGION_HEIGHT = { min: 320, max: 900 };
/** Region 05's islands stack in a strip on the ocean side of its mainland. */
const INSET_STRIP = 170;
export const PAD = 8;
/** Room over an inset's drawing for its label, and the label's size: the same on screen whatever the map's width. */
export const insetLabel = (mapWidth: number) => ({ band: Math.round(mapWidth / 25), fontSize: Math.round(mapWidth / 33) });
/** Height over width of each island's box: Rapa Nui is round, Juan Fernández a line of islands 190 km long. */
export const INSET_ASPECT: Record<InsetCut, number> = { '05201': 0.8, '05104': 0.45 };

/** A transverse Mercator centred on the collection's middle meridian, fitted into the box; no resampling (the
 *  boundaries' vertices are already closer together than the projection bends). */
export function fitProjection(collection: FeatureCollection, box: Box): GeoProjection {
  return centredProjection(collection).fitExtent([[box.x, box.y], [box.x + box.width, box.y + box.height]], collection);
}

/** Chile never crosses the antimeridian, so the middle of the longitudes is the middle meridian (d3's geoBounds,
 *  which handles that case, costs ten times more). */
function centredProjection(collection: FeatureCollection) {
  let west = Infinity;
  let east = -Infinity;
  const visit = (coordinates: unknown): void => {
    if (typeof (coordinates as Position)[0] === 'number') {
      west = Math.min(west, (coordinates as Position)[0]);
      east = Math.max(east, (coordinates as Position)[0]);
    } else (coordinates as unknown[]).forEach(visit);
  };
  for (const f of collection.features) if (f.geometry && 'coordinates' in f.geometry) visit(f.geometry.coordinates);
  return geoTransverseMercator().rotate([-(west + east) / 2, 0]).precision(0);
}

/** The height a collection takes when fitted to a width, within limits (a region map neither a sliver nor a tower). */
export function fittedHeight(collection: FeatureCollection, width: number, limits: { min: number; max: number }) {
  const projection = centredProjection(collection).fitWidth(width, collection);
  const [[, y0], [, y1]] = geoPath(projection).bounds(collection);
  return Math.min(limits.max, Math.max(limits.min, Math.ceil(y1 - y0)));
}

export interface RegionLayout { width: number; height: number; main: Box; insets: Array<{ cut: InsetCut; box: Box }> }

/** A region's map: its mainland comunas fill the box; Valparaíso's islands get a strip of insets on the left. */
export function layoutRegion(mainland: FeatureCollection<Geometry>, insetCuts: readonly InsetCut[]): RegionLayout {
  const left = insetCuts.length > 0 ? INSET_STRIP + PAD : 0;
  const mainWidth = REGION_WIDTH - left - 2 * PAD;
  const height = fittedHeight(mainland, mainWidth, REGION_HEIGHT) + 2 * PAD;
  const main = { x: left + PAD, y: PAD, width: mainWidth, height: height - 2 * PAD };
  let y = PAD;
  const insets = insetCuts.map((cut) => {
    const box = { x: PAD, y, width: INSET_STRIP, height: Math.round(INSET_STRIP * INSET_ASPECT[cut] + insetLabel(REGION_WIDTH).band) };
    y += box.height + PAD;
    return { cut, box };
  });
  return { width: REGION_WIDTH, height, main, insets };
}
