// The national and regional maps as Preact components (server-rendered SVG, no script): each comuna a path with
// data-cut and a <title> text alternative, a link when the page gives one (keyboard-focusable, outlined on focus), the
// colour a class of a legend written out in words, "no data" hatched — colour is never the only cue.
import type { ComponentChildren } from 'preact';
import { DEFAULT_LOCALE, translator, type Translate } from '../../../core/i18n/index.js';
import { drawNationalMap, drawRegionMap, type ComunaShape, type MapDrawing } from './geometry.js';
import { insetLabel } from './projection.js';
import type { MapProps, NationalMapProps, RegionMapProps } from './types.js';

export type { ComunaFill, MapLegendItem, NationalMapProps, RegionMapProps } from './types.js';

const NO_DATA = 'map-no-data';

export function NationalMap(props: NationalMapProps) {
  return <ComunaMap {...props} id={props.id ?? 'map-national'} drawing={drawNationalMap()} kind="national" />;
}

export function RegionMap(props: RegionMapProps) {
  const drawing = drawRegionMap(props.regionCode);
  return drawing ? <ComunaMap {...props} id={props.id ?? `map-region-${props.regionCode}`} drawing={drawing} kind="region" /> : null;
}

function ComunaMap(props: MapProps & { id: string; drawing: MapDrawing; kind: 'national' | 'region' }) {
  const { id, drawing, fills } = props;
  const t = translator(props.locale ?? DEFAULT_LOCALE);
  const all = [...drawing.comunas, ...drawing.insets.map((i) => i.comuna)];
  const needsNoData = all.some((c) => !fills.get(c.cut) || fills.get(c.cut)!.className === NO_DATA);
  const legend = needsNoData && !props.legend.some((l) => l.className === NO_DATA)
    ? [...props.legend, { className: NO_DATA, label: t('observatory.maps.noData') }] : props.legend;
  const highlighted = all.find((c) => c.cut === props.highlight);
  const label = insetLabel(drawing.width);
  return (
    <figure class={`map map-${props.kind}`}>
      <figcaption class="map-caption">{props.title}</figcaption>
      <div class="map-legend">
        <p id={`${id}-legend`} class="map-legend-title">{t('observatory.maps.legend')}</p>
        <ul aria-labelledby={`${id}-legend`}>
          {legend.map((item) => <li><span class={`map-swatch ${item.className}`} aria-hidden="true" />{item.label}</li>)}
        </ul>
        {props.caption && <p class="map-note">{props.caption}</p>}
        {drawing.insets.length > 0 && <p class="map-note">{t('observatory.maps.insetNote')}</p>}
      </div>
      <svg class="map-svg" viewBox={`0 0 ${drawing.width} ${drawing.height}`} role="group" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`}>
        <title id={`${id}-title`}>{props.title}</title>
        <desc id={`${id}-desc`}>{props.description}</desc>
        <defs>
          <pattern id={`${id}-hatch`} width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="4" height="4" fill="#f3f5f7" /><path d="M0 0v4" stroke="#7d8791" stroke-width="1.5" />
          </pattern>
        </defs>
        <g class="map-comunas">{drawing.comunas.map((c) => <Comuna shape={c} fills={fills} id={id} t={t} />)}</g>
        {drawing.regionBoundaries && <path class="map-boundaries" d={drawing.regionBoundaries} aria-hidden="true" />}
        {drawing.insets.map((inset) => (
          <g class="map-inset">
            <rect class="map-inset-box" x={inset.box.x} y={inset.box.y} width={inset.box.width} height={inset.box.height} />
            <text class="map-inset-label" x={inset.box.x + label.fontSize / 2} y={inset.box.y + label.band - label.fontSize / 3} font-size={label.fontSize} aria-hidden="true">{t(`observatory.maps.inset${inset.cut}`)}</text>
            <Comuna shape={inset.comuna} fills={fills} id={id} t={t} />
          </g>
        ))}
        {highlighted && <path class="map-highlight" d={highlighted.d} aria-hidden="true" />}
      </svg>
    </figure>
  );
}

function Comuna({ shape, fills, id, t }: { shape: ComunaShape; fills: MapProps['fills']; id: string; t: Translate }) {
  const fill = fills.get(shape.cut);
  const className = fill?.className ?? NO_DATA;
  // The hatch is a pattern of this map (ids are per map), so it is set here rather than in the stylesheet.
  const path: ComponentChildren = (
    <path data-cut={shape.cut} class={className} d={shape.d} fill={className === NO_DATA ? `url(#${id}-hatch)` : undefined}>
      <title>{fill?.label ?? t('observatory.maps.noDataLabel', { name: shape.name })}</title>
    </path>
  );
  return fill?.href ? <a href={fill.href}>{path}</a> : path;
}
