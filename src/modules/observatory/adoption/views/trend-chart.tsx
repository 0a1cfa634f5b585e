// The trend of each platform's key stage by quarter, as a line chart drawn on the server. Colour is not the only cue
// (WCAG 1.4.1): each line has its own marker shape and dash, and its name at its end; the table below it (in a
// disclosure, to keep the page short on a phone) is the chart's equivalent, and the caption says the latest figures.
import type { ViewContext } from '../../../../core/views/context.js';
import { Table } from '../../../../core/views/components/table.js';
import { PLATFORMS, type Platform } from '../../pillars.js';
import type { Dashboard } from '../dashboard.js';
import { KEY_STAGE } from '../rules.js';
import { platformName, statusName } from './parts.js';

const W = 640;
const H = 320;
/** Type of 18–20 units stays about 11 px when a phone shrinks the 640-unit drawing to its width. */
const PAD = { left: 46, right: 150, top: 16, bottom: 40 };
/** Dark enough for 3:1 against white (WCAG 1.4.11), told apart by dash and marker too. */
const STYLE: Record<Platform, { stroke: string; dash?: string; marker: 'circle' | 'square' | 'triangle' | 'diamond' }> = {
  firmagob: { stroke: '#1d4f91', marker: 'circle' },
  docdigital: { stroke: '#1e6b34', dash: '8 4', marker: 'square' },
  claveunica: { stroke: '#8a3b12', dash: '3 3', marker: 'triangle' },
  pisee: { stroke: '#5b2a86', dash: '12 4 3 4', marker: 'diamond' },
};

function Marker({ p, x, y }: { p: Platform; x: number; y: number }) {
  const fill = STYLE[p].stroke;
  switch (STYLE[p].marker) {
    case 'circle': return <circle cx={x} cy={y} r="5" fill={fill} />;
    case 'square': return <rect x={x - 5} y={y - 5} width="10" height="10" fill={fill} />;
    case 'triangle': return <path d={`M${x},${y - 6}L${x + 6},${y + 5}L${x - 6},${y + 5}Z`} fill={fill} />;
    default: return <path d={`M${x},${y - 6}L${x + 6},${y}L${x},${y + 6}L${x - 6},${y}Z`} fill={fill} />;
  }
}

export function TrendChart({ ctx, d }: { ctx: ViewContext; d: Dashboard }) {
  const { t } = ctx;
  if (d.trend.length === 0) return <p>{t('observatory.adoption.trend.empty')}</p>;
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const n = d.trend.length;
  const x = (i: number) => PAD.left + (n === 1 ? plotW / 2 : (i / (n - 1)) * plotW);
  const y = (v: number) => PAD.top + plotH - (v / Math.max(1, d.municipalities)) * plotH;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((r) => Math.round(r * d.municipalities));
  const yearStarts = d.trend.map((q, i) => [q, i] as const).filter(([q], i) => i === 0 || q.quarter.endsWith('T1'));
  const last = d.trend.at(-1)!;
  const latest = PLATFORMS.map((p) => t('observatory.adoption.trend.latestOne', { platform: platformName(ctx, p), n: last.counts[p] })).join('; ');
  return (
    <figure class="chart line obs-trend">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="trend-title trend-desc">
        <title id="trend-title">{t('observatory.adoption.trend.title')}</title>
        <desc id="trend-desc">{t('observatory.adoption.trend.desc', { total: d.municipalities, latest })}</desc>
        {ticks.map((v) => <g><line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} stroke="#d0d4d9" />
          <text x={PAD.left - 8} y={y(v) + 7} font-size="20" text-anchor="end" fill="#1b1b1b">{v}</text></g>)}
        {yearStarts.map(([q, i]) => <text x={x(i)} y={H - 10} font-size="20" text-anchor="middle" fill="#1b1b1b">{q.quarter.slice(0, 4)}</text>)}
        {PLATFORMS.map((p) => {
          const points = d.trend.map((q, i) => [x(i), y(q.counts[p])] as const);
          return (
            <g>
              <polyline points={points.map(([a, b]) => `${a},${b}`).join(' ')} fill="none" stroke={STYLE[p].stroke} stroke-width="3" stroke-dasharray={STYLE[p].dash} />
              {points.map(([a, b]) => <Marker p={p} x={a} y={b} />)}
            </g>
          );
        })}
        {labelPositions(PLATFORMS.map((p) => y(last.counts[p]))).map((ly, k) => (
          <text x={W - PAD.right + 10} y={ly + 6} font-size="18" fill={STYLE[PLATFORMS[k]!].stroke}>{`${t(`observatory.adoption.short.${PLATFORMS[k]!}`)} ${last.counts[PLATFORMS[k]!]}`}</text>
        ))}
      </svg>
      <figcaption>{t('observatory.adoption.trend.caption', {
        stages: PLATFORMS.map((p) => `${platformName(ctx, p)}: ${statusName(ctx, KEY_STAGE[p]).toLowerCase()}`).join('; '),
      })}</figcaption>
      <details class="obs-trend-table">
        <summary>{t('observatory.adoption.trend.table')}</summary>
        <Table ctx={ctx} caption={t('observatory.adoption.trend.tableCaption')} rows={d.trend} columns={[
          { header: t('observatory.adoption.trend.quarter'), rowHeader: true, cell: (q) => q.quarter },
          ...PLATFORMS.map((p) => ({ header: platformName(ctx, p), numeric: true, cell: (q: Dashboard['trend'][number]) => String(q.counts[p]) })),
        ]} />
      </details>
    </figure>
  );
}

/** End labels nudged apart so two lines ending at the same figure do not print on top of each other. */
function labelPositions(ys: number[]): number[] {
  const order = ys.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const out = [...ys];
  let prev = -Infinity;
  for (const [v, i] of order) { out[i] = Math.max(v, prev + 20); prev = out[i]!; }
  return out;
}
