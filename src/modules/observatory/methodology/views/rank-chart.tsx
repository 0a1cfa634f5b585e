// Every municipality's median rank over the Monte-Carlo runs with its 90 % interval, sorted by the reference rank
// (the published method's): drawn on the server as two SVG paths (intervals, medians), light enough for 345
// municipalities. The figures are in the table below it; the chart scrolls sideways on a phone.
import type { ViewContext } from '../../../../core/views/context.js';
import type { SensitivityDetail } from '../queries.js';

const STEP = 3;
const HEIGHT = 320;
const M = { top: 12, right: 12, bottom: 34, left: 44 };

type Unit = SensitivityDetail['units'][number];

export function RankChart({ ctx, units }: { ctx: ViewContext; units: Unit[] }) {
  const { t } = ctx;
  const ranked = units.filter((u) => u.rank !== null && u.medianRank !== null && u.low !== null && u.high !== null)
    .sort((a, b) => a.rank! - b.rank! || a.cut.localeCompare(b.cut));
  if (ranked.length === 0) return null;
  const n = Math.max(...ranked.map((u) => Math.max(u.high!, u.rank!)));
  const width = M.left + ranked.length * STEP + M.right;
  const plot = HEIGHT - M.top - M.bottom;
  const y = (rank: number) => M.top + ((rank - 1) / Math.max(1, n - 1)) * plot;
  const x = (i: number) => M.left + i * STEP + STEP / 2;
  const r = (v: number) => Math.round(v * 10) / 10;
  const intervals = ranked.map((u, i) => `M${r(x(i))} ${r(y(u.low!))}V${r(y(u.high!))}`).join('');
  const medians = ranked.map((u, i) => `M${r(x(i))} ${r(y(u.medianRank!))}h0`).join('');
  const reference = `M${r(x(0))} ${r(y(ranked[0].rank!))}L${r(x(ranked.length - 1))} ${r(y(ranked[ranked.length - 1].rank!))}`;
  const ticks = [1, ...[50, 100, 150, 200, 250, 300, 350].filter((v) => v < n), n];
  return (
    <div class="obs-chart-scroll" tabIndex={0} role="region" aria-label={t('observatory.sensitivity.chart.scroll')}>
      <svg width={width} height={HEIGHT} viewBox={`0 0 ${width} ${HEIGHT}`} role="img" aria-labelledby="rc-title rc-desc">
        <title id="rc-title">{t('observatory.sensitivity.chart.title')}</title>
        <desc id="rc-desc">{t('observatory.sensitivity.chart.desc', { count: ranked.length })}</desc>
        <g class="obs-axis" font-size="11">
          {ticks.map((v) => (
            <g>
              <line x1={M.left - 4} x2={width - M.right} y1={r(y(v))} y2={r(y(v))} stroke="#e6e8eb" />
              <text x={M.left - 6} y={r(y(v)) + 4} text-anchor="end" fill="#4a4f55">{v}</text>
            </g>
          ))}
          <text x={M.left} y={HEIGHT - 10} fill="#4a4f55">{t('observatory.sensitivity.chart.xAxis')}</text>
        </g>
        <path d={reference} stroke="#b3261e" stroke-width="1" stroke-dasharray="4 3" fill="none" />
        <path d={intervals} stroke="#8fb3d9" stroke-width="2" fill="none" />
        <path d={medians} stroke="#0b3d66" stroke-width="3.5" stroke-linecap="round" fill="none" />
      </svg>
    </div>
  );
}
