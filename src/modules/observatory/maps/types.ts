// What the observatory's maps draw (maps/, server-rendered SVG from the INE 2017 comuna boundaries): each comuna
// path carries data-cut="NNNNN", a link when given and a text alternative; its colour is a class of the legend.

export interface ComunaFill {
  /** One of the legend's classes (the stylesheet gives it its colour and pattern), e.g. 'map-group-a'. */
  className: string;
  /** The comuna's text alternative, e.g. "Temuco: 62,3 puntos, grupo B, lugar 12 de 345". */
  label: string;
  /** Where the comuna leads (its municipality page, its adoption record…). */
  href?: string;
}

export interface MapLegendItem { className: string; label: string }

export interface MapProps {
  /** By CUT. A comuna without an entry is drawn as 'map-no-data' with its name and the legend's "no data" label. */
  fills: ReadonlyMap<string, ComunaFill>;
  /** Becomes the SVG's <title> (and the figure's caption). */
  title: string;
  /** Becomes the SVG's <desc>: what the colours mean, in a sentence. */
  description: string;
  legend: MapLegendItem[];
}

/** The national map: 345 comunas (12202 Antártica has no polygon), insets for Isla de Pascua and Juan Fernández. */
export type NationalMapProps = MapProps;
/** One region's comunas, fitted to the region (Valparaíso without its islands, which get insets). */
export type RegionMapProps = MapProps & { regionCode: string };
