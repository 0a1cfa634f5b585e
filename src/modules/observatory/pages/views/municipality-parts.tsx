// The municipality page's figures: pillar bars (SVG with the number beside each bar), the trend as a small server
// SVG line chart with its table, "what to improve first" in a sentence each, and the values with their sources.
import type { ViewContext } from '../../../../core/views/context.js';
import { Table } from '../../../../core/views/components/table.js';
import { INDICATOR_BY_CODE, type IndicatorUnit } from '../../indicators/catalogue.js';
import { ADOPTION_STATUSES, PILLARS } from '../../pillars.js';
import type { IndicatorDetail } from '../../index/types.js';
import type { MunicipalityYear, ValueRow } from '../queries.js';
import type { Priority } from '../priorities.js';
import { formatChange, formatNumber, formatScore, indicatorName, peerName, pillarName } from './parts.js';

/** Pillar scores as bars on one 0–100 scale, the number always written beside the bar. */
export function PillarBars({ ctx, pillars, caption }: { ctx: ViewContext; pillars: Record<string, number | null>; caption: string }) {
  return (
    <figure class="bars obs-pillars">
      <figcaption>{caption}</figcaption>
      <dl>
        {PILLARS.map((p) => {
          const value = pillars[p] ?? null;
          return (
            <div class="bar-row">
              <dt>{pillarName(ctx, p)}</dt>
              <dd>
                <svg viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                  <rect width="100" height="10" class="obs-bar-track" />
                  {value !== null && <rect width={Math.max(0, Math.min(100, value))} height="10" class="obs-bar" />}
                </svg>
                <span class="bar-value">{value === null ? ctx.t('observatory.pages.municipality.noPillar') : ctx.t('observatory.pages.municipality.ofHundred', { score: formatScore(ctx, value) })}</span>
              </dd>
            </div>
          );
        })}
      </dl>
    </figure>
  );
}

const W = 320;
const H = 140;
const PAD = { left: 30, right: 16, top: 10, bottom: 22 };

/** The score across years: a line on a fixed 0–100 scale (so a small change does not look large), and the same figures as a table. */
export function TrendChart({ ctx, years, name }: { ctx: ViewContext; years: MunicipalityYear[]; name: string }) {
  const { t } = ctx;
  const scored = years.filter((y) => y.score !== null);
  const span = Math.max(1, years.length - 1);
  const x = (i: number) => PAD.left + (i * (W - PAD.left - PAD.right)) / span;
  const y = (score: number) => PAD.top + ((100 - score) * (H - PAD.top - PAD.bottom)) / 100;
  const points = years.map((yr, i) => (yr.score === null ? null : `${x(i).toFixed(1)},${y(yr.score).toFixed(1)}`)).filter(Boolean).join(' ');
  const title = t('observatory.pages.trend.title', { name });
  return (
    <>
      {scored.length > 1 && (
        <figure class="chart obs-trend">
          <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="trend-title trend-desc">
            <title id="trend-title">{title}</title>
            <desc id="trend-desc">{t('observatory.pages.trend.desc', { from: scored[0].year, to: scored[scored.length - 1].year,
              first: formatScore(ctx, scored[0].score), last: formatScore(ctx, scored[scored.length - 1].score) })}</desc>
            {[0, 50, 100].map((v) => (
              <g>
                <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} class="obs-grid" />
                <text x={PAD.left - 4} y={y(v) + 4} text-anchor="end" class="obs-axis">{v}</text>
              </g>
            ))}
            {years.map((yr, i) => <text x={x(i)} y={H - 6} text-anchor="middle" class="obs-axis">{yr.year}</text>)}
            <polyline points={points} class="obs-line" fill="none" />
            {years.map((yr, i) => yr.score !== null && <circle cx={x(i)} cy={y(yr.score)} r="3" class="obs-point" />)}
          </svg>
          <figcaption>{t('observatory.pages.trend.caption')}</figcaption>
        </figure>
      )}
      <Table ctx={ctx} caption={title} rows={[...years].reverse()} columns={[
        { header: t('observatory.pages.col.year'), cell: (r) => r.year, rowHeader: true },
        { header: t('observatory.pages.col.score'), cell: (r) => formatScore(ctx, r.score), numeric: true },
        { header: t('observatory.pages.col.rank'), cell: (r) => (r.rank === null ? '—' : t('observatory.pages.rankOf', { rank: r.rank, ranked: r.ranked })), numeric: true },
        { header: t('observatory.pages.col.group'), cell: (r) => r.group ?? '—' },
        { header: t('observatory.pages.col.change'), cell: (r) => formatChange(ctx, r.scoreChange), numeric: true },
      ]} />
    </>
  );
}

/** One sentence per indicator: where the municipality stands, the best of its peer group, and the points at stake. */
export function Priorities({ ctx, priorities, peerGroup, geometric }: { ctx: ViewContext; priorities: Priority[]; peerGroup: string | null; geometric: boolean }) {
  const { t } = ctx;
  if (priorities.length === 0) return <p>{t('observatory.pages.improve.none')}</p>;
  return (
    <ol class="obs-priorities">
      {priorities.map((p) => (
        <li>
          <strong>{indicatorName(ctx, p.indicator)}</strong> ({pillarName(ctx, p.pillar)}):{' '}
          {t(geometric ? 'observatory.pages.improve.sentenceGeometric' : 'observatory.pages.improve.sentence', {
            own: formatScore(ctx, p.own), best: formatScore(ctx, p.best), peer: peerName(ctx, peerGroup),
            share: formatNumber(p.share * 100, ctx.locale), gain: formatScore(ctx, p.gain),
          })}
        </li>
      ))}
    </ol>
  );
}

/** A value in its unit: stages by name (the adoption tracker's 0–3), percentages with %, pesos with $. */
export function formatValue(ctx: ViewContext, unit: IndicatorUnit | undefined, value: number): string {
  const n = (digits: number) => formatNumber(value, ctx.locale, digits);
  switch (unit) {
    case 'stage': return ctx.t(`observatory.status.${ADOPTION_STATUSES[Math.round(value)] ?? 'not_started'}`);
    case 'percent': return `${n(1)} %`;
    case 'count': case 'people': return n(0);
    case 'pesos_per_capita': return `$ ${n(0)}`;
    case 'thousand_pesos': return `M$ ${n(0)}`;
    case 'days': return ctx.t('observatory.pages.value.days', { days: n(1) });
    default: return n(unit === 'km2' ? 1 : 2);
  }
}

/** The figures behind a computed value, as the source recorded them (machine keys, for whoever checks the sum). */
const describeProvenance = (p: Record<string, unknown>) =>
  Object.entries(p).map(([k, v]) => `${k}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`).join('; ');

/** Every value behind the page, with its year, where it came from and, for computed values, the figures behind it. */
export function ValuesTable({ ctx, values, detail, caption }: { ctx: ViewContext; values: ValueRow[]; detail: Record<string, IndicatorDetail>; caption: string }) {
  const { t } = ctx;
  return (
    <Table ctx={ctx} caption={caption} rows={values} columns={[
      { header: t('observatory.pages.col.indicator'), cell: (v) => indicatorName(ctx, v.indicator), rowHeader: true },
      { header: t('observatory.pages.col.pillar'), cell: (v) => pillarName(ctx, INDICATOR_BY_CODE.get(v.indicator)?.group ?? 'context') },
      { header: t('observatory.pages.col.value'), cell: (v) => formatValue(ctx, INDICATOR_BY_CODE.get(v.indicator)?.unit, v.value), numeric: true },
      { header: t('observatory.pages.col.year'), cell: (v) => v.year, numeric: true },
      { header: t('observatory.pages.col.source'), cell: (v) => (
        <>{v.source}<span class="cell-note">{t(`observatory.pages.origin.${v.origin as 'computed' | 'import' | 'tracker'}`)}{detail[v.indicator]?.imputed ? ` · ${t('observatory.pages.value.imputed')}` : ''}</span>
          {v.provenance && <details class="cell-note"><summary>{t('observatory.pages.provenance')}</summary><code>{describeProvenance(v.provenance)}</code></details>}</>
      ) },
    ]} />
  );
}
