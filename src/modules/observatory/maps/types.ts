// What the observatory's maps draw (maps/, server-rendered SVG from the INE 2017 comuna boundaries): each comuna
// path carries data-cut="NNNNN", a link when given and a text alternative; its colour is a class of the legend.
//
// Classes the stylesheet colours (public/app.css, "observatory maps"; a colour-blind-safe sequential scale,
// ColorBrewer YlGnBu, light = less, dark = more; the legend always says in words what each colour means):
// - 'map-group-a' … 'map-group-d': the index's groups (GTMI: A very high … D minimal), darkest for A.
// - 'map-level-0' … 'map-level-4': counts or ordered levels (e.g. platforms in production: 0, 1, 2, 3, 4), lightest for 0.
// - 'map-no-data': no value; hatched (a pattern, not only a colour). Comunas missing from `fills` get it.

import type { Locale } from '../../../core/i18n/index.js';

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
  /** The reader's language for the map's own words (legend heading, "sin datos", inset labels); es-CL by default. */
  locale?: Locale;
  /** Prefix of the map's ids (title, desc, hatch pattern); give one when a page shows two maps of the same kind. */
  id?: string;
  /** A sentence shown under the legend (e.g. where the figures come from), so a page needs no figure of its own. */
  caption?: string;
  /** A CUT drawn with a thick outline on top (e.g. the municipality whose page this is). */
  highlight?: string;
}

/** The national map: 345 comunas (12202 Antártica has no polygon), insets for Isla de Pascua and Juan Fernández. */
export type NationalMapProps = MapProps;
/** One region's comunas, fitted to the region (Valparaíso without its islands, which get insets). */
export type RegionMapProps = MapProps & { regionCode: string };
