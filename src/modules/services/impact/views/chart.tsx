// An indicator's monthly series as a line chart drawn on the server (no script). Gaps break the line (a month without
// a value is not drawn as zero nor bridged); the targets are a dashed step line (the target applying at each month:
// the next one, series.ts) with a hollow diamond at each target's own month, so the values (solid line, filled
// circles) and the targets are told apart by shape and dash, not by colour alone (WCAG 1.4.1). The <title>/<desc>
// and the table under the chart carry the same figures as text.
import type { ViewContext } from '../../../../core/views/context.js';
import type { IndicatorReport } from '../present.js';
import { formatMonth, formatNumber, formatShortMonth, formatValue } from './format.js';

const W = 560;
const H = 300;
/** Type of 20 units stays about 12 px when a 360 px phone shrinks the 560-unit drawing to its width. */
const PAD = { left: 76, right: 16, top: 16, bottom: 44 };
const VALUE = '#1d4f91';
const TARGET = '#8a3b12';

/** 4–6 round ticks from `low` to past `high` (1, 2 or 5 times a power of ten apart). */
export function niceTicks(low: number, high: number): number[] {
  const span = high - low || Math.abs(high) || 1;
  const raw = span / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => span / s <= 5)!;
  const first = Math.floor(low / step) * step;
  const out: number[] = [];
  for (let v = first; v < high + step - 1e-9; v += step) out.push(Number(v.toPrecision(12)));
  return out;
}

export function IndicatorChart({ ctx, report, id }: { ctx: ViewContext; report: IndicatorReport; id: string }) {
  const { t, locale } = ctx;
  const { indicator: ind, points } = report;
  if (points.length === 0) return null;
  const figures = points.flatMap((p) => [p.value, p.targetOwnMonth ? p.target : null]).filter((v): v is number => v !== null);
  // A grade is drawn on its whole scale, 1 to 7; the other units from zero (a truncated axis exaggerates changes).
  const ticks = ind.unit === 'grade_1_7' ? [1, 2, 3, 4, 5, 6, 7]
    : niceTicks(0, ind.unit === 'percent' ? Math.min(Math.max(...figures, 10), 100) : Math.max(...figures, 1));
  const low = ticks[0]!;
  const high = ticks.at(-1)!;
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const n = points.length;
  const x = (i: number) => PAD.left + (n === 1 ? plotW / 2 : (i / (n - 1)) * plotW);
  const y = (v: number) => PAD.top + plotH - ((v - low) / (high - low || 1)) * plotH;
  // A solid segment for each run of consecutive months with values: a gap starts a new one.
  const segments: string[] = [];
  let run: string[] = [];
  points.forEach((p, i) => {
    if (p.value === null) { if (run.length) segments.push(run.join(' ')); run = []; } else run.push(`${run.length ? 'L' : 'M'}${x(i).toFixed(1)},${y(p.value).toFixed(1)}`);
  });
  if (run.length) segments.push(run.join(' '));
  // The trajectory as steps: each month at its applying target, stepping to the next target right after a target's month.
  const steps: string[] = [];
  points.forEach((p, i) => {
    const next = points[i + 1]?.target;
    if (p.target === null) return;
    steps.push(`${x(i).toFixed(1)},${y(p.target).toFixed(1)}`);
    if (next != null && next !== p.target) steps.push(`${x(i).toFixed(1)},${y(next).toFixed(1)}`);
  });
  const labelEvery = Math.ceil(n / 6);
  const withValue = points.filter((p) => p.value !== null).length;
  // A gap is a past month without a value; the current and later months have not ended yet.
  const gaps = points.filter((p) => p.value === null && p.month < report.currentMonth).length;
  const headline = report.headline;
  const desc = t('services.impact.chart.desc', {
    name: ind.name, from: formatMonth(locale, points[0]!.month), to: formatMonth(locale, points.at(-1)!.month),
    months: withValue, gaps,
    latest: headline ? t('services.impact.chart.latest', { value: formatValue(t, locale, ind.unit, headline.value), month: formatMonth(locale, headline.month) }) : '',
    targets: report.targets.length,
  });
  return (
    <figure class="chart svc-impact-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>{t('services.impact.chart.title', { name: ind.name })}</title>
        <desc id={`${id}-desc`}>{desc}</desc>
        {ticks.map((v) => <g><line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} stroke="#d0d4d9" />
          <text x={PAD.left - 8} y={y(v) + 6} font-size="20" text-anchor="end" fill="#1b1b1b">{formatNumber(locale, ind.unit, v)}</text></g>)}
        {points.map((p, i) => (i % labelEvery === 0 || i === n - 1) && (n - 1 - i >= labelEvery || i === n - 1)
          ? <text x={x(i)} y={H - 14} font-size="20" text-anchor={i === n - 1 && n > 1 ? 'end' : 'middle'} fill="#1b1b1b">{formatShortMonth(locale, p.month, i === 0 || i === n - 1)}</text> : null)}
        {steps.length > 1 && <polyline class="svc-impact-target-line" points={steps.join(' ')} fill="none" stroke={TARGET} stroke-width="2" stroke-dasharray="6 4" />}
        {segments.map((d) => <path class="svc-impact-value-line" d={d} fill="none" stroke={VALUE} stroke-width="3" />)}
        {points.map((p, i) => p.targetOwnMonth && p.target !== null
          ? <path class="svc-impact-target-point" data-month={p.month} data-value={p.target} d={`M${x(i)},${y(p.target) - 7}L${x(i) + 7},${y(p.target)}L${x(i)},${y(p.target) + 7}L${x(i) - 7},${y(p.target)}Z`}
            fill="#fff" stroke={TARGET} stroke-width="2.5"><title>{t('services.impact.chart.targetPoint', { month: formatMonth(locale, p.month), value: formatValue(t, locale, ind.unit, p.target) })}</title></path>
          : null)}
        {points.map((p, i) => p.value !== null
          ? <circle class="svc-impact-point" data-month={p.month} data-value={p.value} cx={x(i)} cy={y(p.value)} r="5" fill={VALUE}>
            <title>{`${formatMonth(locale, p.month)}: ${formatValue(t, locale, ind.unit, p.value)}`}</title></circle>
          : null)}
      </svg>
      <figcaption class="svc-impact-legend">
        <span><svg width="28" height="12" aria-hidden="true"><line x1="0" x2="28" y1="6" y2="6" stroke={VALUE} stroke-width="3" /><circle cx="14" cy="6" r="4" fill={VALUE} /></svg> {t('services.impact.chart.legendValue')}</span>
        {report.targets.length > 0 && <span><svg width="28" height="14" aria-hidden="true"><line x1="0" x2="28" y1="7" y2="7" stroke={TARGET} stroke-width="2" stroke-dasharray="6 4" />
          <path d="M14,1L20,7L14,13L8,7Z" fill="#fff" stroke={TARGET} stroke-width="2" /></svg> {t('services.impact.chart.legendTarget')}</span>}
        {gaps > 0 && <span>{t('services.impact.chart.legendGap')}</span>}
      </figcaption>
    </figure>
  );
}
