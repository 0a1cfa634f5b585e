// Pieces the methodology pages share: numbers as their readers write them, the names of indicators, pillars and
// assumptions, and a rank move told in words next to its arrow (colour and arrows are never the only cue).
import type { Locale, MessageKey, Translate } from '../../../../core/i18n/index.js';
import type { ViewContext } from '../../../../core/views/context.js';
import type { MethodSpec } from '../../index/method.js';

const decimals = new Map<string, Intl.NumberFormat>();
/** "62,3" (es-CL) / "62.3" (en): `digits` decimals at most (exactly, when `fixed`). */
export function formatNumber(value: number, locale: Locale, digits = 1, fixed = false): string {
  const key = `${locale}|${digits}|${fixed}`;
  let f = decimals.get(key);
  if (!f) decimals.set(key, f = new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: fixed ? digits : 0 }));
  return f.format(value);
}

/** Scores 0–100 always with one decimal (team rule), or a dash when there is none. */
export const formatScore = (score: number | null, locale: Locale) => (score === null ? '—' : formatNumber(score, locale, 1, true));
export const formatRank = (rank: number | null) => (rank === null ? '—' : String(rank));

export const indicatorName = (t: Translate, code: string) => t(`observatory.indicator.${code}.name` as MessageKey);
export const pillarName = (t: Translate, pillar: string) => t(`observatory.pillar.${pillar}` as MessageKey);
export const sourceName = (t: Translate, source: string) => t(`observatory.source.${source}` as MessageKey);

/** 'weight:capacities' → "Peso del pilar Capacidades"; 'normalisation' → its name. */
export function factorName(t: Translate, factor: string): string {
  if (factor.startsWith('weight:')) return t('observatory.method.factor.weight', { pillar: pillarName(t, factor.slice('weight:'.length)) });
  return t(`observatory.method.factor.${factor}` as MessageKey);
}
export function factorExplanation(t: Translate, factor: string): string {
  if (factor.startsWith('weight:')) return t('observatory.method.factor.weightWhy', { pillar: pillarName(t, factor.slice('weight:'.length)) });
  return t(`observatory.method.factor.${factor}Why` as MessageKey);
}

/** "↑ sube 3" / "↓ baja 5" / "= igual": the arrow is decoration, the words carry the meaning. */
export function Move({ ctx, move }: { ctx: ViewContext; move: number | null }) {
  if (move === null) return <span>—</span>;
  const [arrow, key, cls]: [string, MessageKey, string] = move > 0 ? ['↑', 'observatory.method.moveUp', 'obs-up'] : move < 0 ? ['↓', 'observatory.method.moveDown', 'obs-down'] : ['=', 'observatory.method.moveNone', 'obs-same'];
  return <span class={`obs-move ${cls}`}><span aria-hidden="true">{arrow} </span>{ctx.t(key, { n: Math.abs(move) })}</span>;
}

/** The Monte-Carlo design in one sentence (the methodology page and the sensitivity page say it alike). */
export function describeMonteCarlo(t: Translate, locale: Locale, s: MethodSpec['sensitivity'], run: { runs: number; seed: number }): string {
  const list = (prefix: string, items: readonly string[]) => items.map((i) => t(`${prefix}.${i}Short` as MessageKey)).join(', ');
  return t('observatory.method.uncertainty.text', {
    runs: formatNumber(run.runs, locale, 0), low: formatNumber(1 - s.weightRange, locale, 2), high: formatNumber(1 + s.weightRange, locale, 2),
    norms: list('observatory.method.norm', s.normalisations), imps: list('observatory.method.missing', s.imputations), aggs: list('observatory.method.agg', s.aggregations),
    seed: run.seed,
  });
}
