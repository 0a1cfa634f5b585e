// The programme's two charts, drawn on the server as SVG. Colour is never the only cue (WCAG 2.1 1.4.1): the phase
// bars carry their name and count in text beside them; the yearly bars have a fill pattern per series, a legend, the
// number printed over each bar, and the table that follows them is their text equivalent (1.1.1).
import type { ViewContext } from '../../../../core/views/context.js';
import { PHASES } from '../../phases.js';
import type { PhaseCounts, YearFigures } from '../figures.js';
import { formatCount, registryHref, type ProgrammeQuery } from './parts.js';

/** Services per phase: one bar per phase on a common scale (the largest phase fills it), the count written out. */
export function PhaseBars({ ctx, counts, query }: { ctx: ViewContext; counts: PhaseCounts; query: ProgrammeQuery }) {
  const { t } = ctx;
  const max = Math.max(1, ...PHASES.map((p) => counts[p]));
  return (
    <figure class="chart bars svc-phase-bars">
      <dl>
        {PHASES.map((p) => (
          <div class="bar-row">
            <dt><a href={registryHref({ ...query, fase: p })}>{t(`services.phase.${p}`)}</a></dt>
            <dd>
              <svg viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                <rect width="100" height="10" fill="#e6e8eb" />
                <rect width={(counts[p] / max) * 100} height="10" fill="#1d4f91" />
              </svg>
              <span class="bar-value">{formatCount(ctx, counts[p])}</span>
            </dd>
          </div>
        ))}
      </dl>
      <figcaption>{t('services.programme.phaseBarsCaption')}</figcaption>
    </figure>
  );
}

export const SERIES = ['launched', 'nationalImpact', 'abandoned', 'endedWithoutFollowUp'] as const;
type Series = (typeof SERIES)[number];
/** Dark enough for 3:1 against white (WCAG 1.4.11); each series also has its own pattern. */
const STYLE: Record<Series, { colour: string; pattern: 'solid' | 'diagonal' | 'dots' | 'horizontal' }> = {
  launched: { colour: '#1d4f91', pattern: 'solid' },
  nationalImpact: { colour: '#1e6b34', pattern: 'diagonal' },
  abandoned: { colour: '#8a3b12', pattern: 'dots' },
  endedWithoutFollowUp: { colour: '#5b2a86', pattern: 'horizontal' },
};
const fillOf = (s: Series) => (STYLE[s].pattern === 'solid' ? STYLE[s].colour : `url(#svc-pattern-${s})`);

function Patterns() {
  return (
    <defs>
      {SERIES.filter((s) => STYLE[s].pattern !== 'solid').map((s) => {
        const { colour, pattern } = STYLE[s];
        return (
          <pattern id={`svc-pattern-${s}`} width="8" height="8" patternUnits="userSpaceOnUse">
            <rect width="8" height="8" fill="#fff" />
            {pattern === 'diagonal' && <path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" stroke={colour} stroke-width="2.5" />}
            {pattern === 'dots' && <><rect width="8" height="8" fill={colour} opacity="0.35" /><circle cx="4" cy="4" r="2.4" fill={colour} /></>}
            {pattern === 'horizontal' && <path d="M0,2 h8 M0,6 h8" stroke={colour} stroke-width="2.5" />}
          </pattern>
        );
      })}
    </defs>
  );
}

/** A legend swatch: the series' fill (the patterns are defined once, in the chart above it). */
const Swatch = ({ s }: { s: Series }) => (
  <svg viewBox="0 0 20 14" width="20" height="14" aria-hidden="true" focusable="false">
    <rect x="0.5" y="0.5" width="19" height="13" fill={fillOf(s)} stroke={STYLE[s].colour} />
  </svg>
);

const W = 640;
const H = 300;
/** Type of 20–22 units stays about 11–12 px when a phone shrinks the 640-unit drawing to its width (and is 20–22 px
 * at most: the chart is never drawn wider than 640 px, app.css). */
const PAD = { left: 44, right: 8, top: 28, bottom: 40 };

/** The yearly series as grouped bars: per year, launched, national impact, abandoned and ended without follow-up. */
export function YearChart({ ctx, years }: { ctx: ViewContext; years: YearFigures[] }) {
  const { t } = ctx;
  const max = Math.max(1, ...years.flatMap((y) => SERIES.map((s) => y[s])));
  const step = Math.max(1, Math.ceil(max / 4));
  const top = step * Math.ceil(max / step);
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const groupW = plotW / years.length;
  const barW = Math.min(28, (groupW * 0.8) / SERIES.length);
  const y = (v: number) => PAD.top + plotH - (v / top) * plotH;
  const ticks = Array.from({ length: top / step + 1 }, (_, i) => i * step);
  const labelEvery = Math.ceil(56 / groupW); // a year label is about 50 units wide
  const summary = years.map((r) => t('services.programme.chartYear', {
    year: r.year, launched: r.launched, nationalImpact: r.nationalImpact, abandoned: r.abandoned, ended: r.endedWithoutFollowUp,
  })).join(' ');
  return (
    <figure class="chart svc-year-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="svc-years-title svc-years-desc">
        <title id="svc-years-title">{t('services.programme.chartTitle')}</title>
        <desc id="svc-years-desc">{summary}</desc>
        <Patterns />
        {ticks.map((v) => <g>
          <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} stroke="#d0d4d9" />
          <text x={PAD.left - 8} y={y(v) + 7} font-size="22" text-anchor="end" fill="#1b1b1b">{v}</text>
        </g>)}
        {years.map((r, i) => {
          const x0 = PAD.left + i * groupW + (groupW - barW * SERIES.length) / 2;
          return (
            <g>
              {SERIES.map((s, k) => <g>
                <rect x={x0 + k * barW} y={y(r[s])} width={Math.max(1, barW - 2)} height={y(0) - y(r[s])} fill={fillOf(s)} stroke={STYLE[s].colour} stroke-width={r[s] ? 1.5 : 0} />
                {barW >= 16 && <text x={x0 + k * barW + (barW - 2) / 2} y={y(r[s]) - 5} font-size="20" text-anchor="middle" fill="#1b1b1b">{r[s]}</text>}
              </g>)}
              {i % labelEvery === 0 && <text x={PAD.left + (i + 0.5) * groupW} y={H - 10} font-size="22" text-anchor="middle" fill="#1b1b1b">{r.year}</text>}
            </g>
          );
        })}
      </svg>
      <ul class="svc-legend">
        {SERIES.map((s) => <li><Swatch s={s} /> {t(`services.programme.series.${s}`)}</li>)}
      </ul>
      <figcaption>{t('services.programme.chartCaption')}</figcaption>
    </figure>
  );
}
