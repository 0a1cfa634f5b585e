// Server-rendered SVG charts of the explorer. Each sits in a <figure> whose caption says in words what it shows; the
// table beside the treemap is its accessible equivalent (its links are the keyboard's way in, so the treemap's own
// links are for pointers only: tabindex -1 inside an aria-hidden drawing).
import type { ViewContext } from '../../../core/views/context.js';
import { squarify } from './treemap.js';
import { millions, percent, ratio } from './money.js';
import type { Amounts } from './data.js';
import { MEASURE_NAMES, type Measure } from '../babbage/model.js';
import type { MessageKey } from '../../../core/i18n/index.js';

/** Eight fills that all carry white text at ≥ 4.5:1 (WCAG 1.4.3), cycled by rank. */
const FILLS = ['#1d4f91', '#1e6b34', '#8a3b12', '#5b2a86', '#0f5e66', '#8c1d40', '#4a5a1a', '#3d4650'];
const W = 640;
const H = 360;

export interface TreemapItem { code: string; label: string; value: bigint; href: string }

/** Cuts a label to fit a tile: about one character per 7 units of width. */
const fit = (text: string, width: number) => {
  const room = Math.floor((width - 8) / 7);
  return room < 3 ? '' : text.length <= room ? text : `${text.slice(0, room - 1)}…`;
};

export function Treemap({ ctx, items, caption }: { ctx: ViewContext; items: TreemapItem[]; caption: string }) {
  const total = items.reduce((s, i) => s + (i.value > 0n ? i.value : 0n), 0n);
  const tiles = squarify(items, (i) => ratio(i.value, total), { x: 0, y: 0, width: W, height: H });
  return (
    <figure class="chart treemap">
      <svg viewBox={`0 0 ${W} ${H}`} aria-hidden="true" focusable="false">
        {tiles.map((tile, rank) => (
          <a href={tile.item.href} tabIndex={-1}>
            <title>{`${tile.item.label}: ${millions(tile.item.value, ctx.locale)} (${percent(tile.item.value, total, ctx.locale)})`}</title>
            <rect x={tile.x} y={tile.y} width={tile.width} height={tile.height} fill={FILLS[rank % FILLS.length]} stroke="#fff" stroke-width="2" />
            {tile.height > 34 && (
              <text x={tile.x + 6} y={tile.y + 18} fill="#fff" font-size="13">
                <tspan>{fit(tile.item.label, tile.width)}</tspan>
                <tspan x={tile.x + 6} dy="16" font-weight="bold">{fit(percent(tile.item.value, total, ctx.locale) ?? '', tile.width)}</tspan>
              </text>
            )}
          </a>
        ))}
      </svg>
      <figcaption>{caption}</figcaption>
    </figure>
  );
}

/**
 * Initial vs current vs executed of the node shown, as three bars on one scale. Names and figures are HTML text (they
 * stay legible on a phone); only the bars are drawn, each as a stretched 100-unit-wide SVG.
 */
export function MeasureBars({ ctx, total }: { ctx: ViewContext; total: Amounts }) {
  const shown = MEASURE_NAMES.filter((m) => total[m] !== null) as Measure[];
  const max = shown.reduce((a, m) => (total[m]! > a ? total[m]! : a), 0n);
  return (
    <figure class="chart bars">
      <dl>
        {shown.map((m, k) => (
          <div class="bar-row">
            <dt>{ctx.t(`budget.measure.${m}` as MessageKey)}</dt>
            <dd>
              <svg viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                <rect width={Math.max(0, ratio(total[m]!, max)) * 100} height="10" fill={FILLS[k]} />
              </svg>
              <span class="bar-value">{millions(total[m]!, ctx.locale)}</span>
            </dd>
          </div>
        ))}
      </dl>
      <figcaption>{ctx.t('budget.explorer.barsCaption')}</figcaption>
    </figure>
  );
}

/**
 * Execution rate by month: executed to date over the current budget, against the straight line of an even pace
 * (month m of 12). DIPRES's report is cumulative to one month, so it shows a single point.
 */
export function MonthlyRate({ ctx, months, vigente, id }: { ctx: ViewContext; months: { mes: number; ejecutado: bigint }[]; vigente: bigint | null; id: string }) {
  if (months.length === 0 || !vigente || vigente <= 0n) return null;
  let running = 0n;
  const points = months.map((m) => { running += m.ejecutado; return { mes: m.mes, cumulative: running }; });
  const left = 48; const bottom = 28; const top = 10; const plotW = W - left - 10; const plotH = 240 - bottom - top;
  const x = (mes: number) => left + ((mes - 0.5) / 12) * plotW;
  const maxRate = Math.max(1, ...points.map((p) => ratio(p.cumulative, vigente)));
  const y = (rate: number) => top + plotH - (rate / maxRate) * plotH;
  const monthName = (mes: number) => new Intl.DateTimeFormat(ctx.locale, { month: 'short' }).format(new Date(2000, mes - 1, 1));
  const rates = points.map((p) => ({ ...p, text: percent(p.cumulative, vigente, ctx.locale) ?? '' }));
  return (
    <figure class="chart line">
      <svg viewBox={`0 0 ${W} 240`} role="img" aria-labelledby={`${id}-cap`}>
        {[0, 0.25, 0.5, 0.75, 1].map((r) => (
          <g><line x1={left} x2={W - 10} y1={y(r * maxRate)} y2={y(r * maxRate)} stroke="#d0d4d9" />
            <text x={left - 6} y={y(r * maxRate) + 4} font-size="16" text-anchor="end" fill="#1b1b1b">{`${Math.round(r * maxRate * 100)}%`}</text></g>
        ))}
        {Array.from({ length: 12 }, (_, k) => <text x={x(k + 1)} y={240 - 8} font-size="16" text-anchor="middle" fill="#1b1b1b">{monthName(k + 1)}</text>)}
        <line x1={x(0.5)} y1={y(0)} x2={x(12.5)} y2={y(1)} stroke="#6b7280" stroke-dasharray="6 4" />
        <polyline points={rates.map((p) => `${x(p.mes)},${y(ratio(p.cumulative, vigente))}`).join(' ')} fill="none" stroke="#1d4f91" stroke-width="3" />
        {rates.map((p) => <circle cx={x(p.mes)} cy={y(ratio(p.cumulative, vigente))} r="5" fill="#1d4f91" />)}
      </svg>
      <figcaption id={`${id}-cap`}>
        {ctx.t('budget.explorer.rateCaption', { values: rates.map((p) => `${monthName(p.mes)} ${p.text}`).join('; ') })}
      </figcaption>
    </figure>
  );
}

/** One column per year (e.g. technology spending over the years), its figure above it; the table below is its equivalent. */
export function YearColumns({ ctx, points, caption, id }: { ctx: ViewContext; points: { year: number; value: bigint }[]; caption: string; id: string }) {
  if (points.length === 0) return null;
  const max = points.reduce((a, p) => (p.value > a ? p.value : a), 0n);
  const top = 28; const bottom = 28; const h = 260; const step = W / points.length; const barW = Math.min(64, step * 0.6);
  return (
    <figure class="chart columns">
      <svg viewBox={`0 0 ${W} ${h}`} role="img" aria-labelledby={`${id}-cap`}>
        <line x1="0" x2={W} y1={h - bottom} y2={h - bottom} stroke="#6b7280" />
        {points.map((p, k) => {
          const height = Math.max(0, ratio(p.value, max)) * (h - top - bottom);
          const x = k * step + (step - barW) / 2;
          return (
            <g>
              <rect x={x} y={h - bottom - height} width={barW} height={height} fill={FILLS[0]} />
              <text x={x + barW / 2} y={h - bottom - height - 6} font-size="15" text-anchor="middle" fill="#1b1b1b">{millions(p.value, ctx.locale)}</text>
              <text x={x + barW / 2} y={h - 8} font-size="15" text-anchor="middle" fill="#1b1b1b">{p.year}</text>
            </g>
          );
        })}
      </svg>
      <figcaption id={`${id}-cap`}>{caption}</figcaption>
    </figure>
  );
}
