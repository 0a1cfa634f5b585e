// CONTRACT STUB (the maps area replaces it): the national and regional maps as Preact components.
import type { NationalMapProps, RegionMapProps } from './types.js';

export type { ComunaFill, MapLegendItem, NationalMapProps, RegionMapProps } from './types.js';

export function NationalMap(props: NationalMapProps) {
  return <svg aria-labelledby="map-title"><title id="map-title">{props.title}</title></svg>;
}

export function RegionMap(props: RegionMapProps) {
  return <svg aria-labelledby="map-title"><title id="map-title">{props.title}</title></svg>;
}
