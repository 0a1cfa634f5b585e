// What the municipality page compares: its closest peers, and "what to improve first" — the indicators where the
// distance to the best municipality of its peer group, times the indicator's share of the score, is largest. With
// the arithmetic aggregation that product is the most the score could rise by closing the gap (OECD/JRC Handbook,
// 2008, step 7: decomposing a composite into its drivers); the page says "up to" for the geometric one.
import { INDEX_INDICATORS } from '../indicators/catalogue.js';
import { PILLARS, type Pillar } from '../pillars.js';
import type { MethodSpec } from '../index/method.js';
import type { IndicatorDetail } from '../index/types.js';
import type { ScoreRow } from './queries.js';

/** Each index indicator's share (0–1) of the score under the method's nominal pillar and indicator weights. */
export function shareIndicatorWeights(spec: MethodSpec): Map<string, { pillar: Pillar; share: number }> {
  const pillarWeight = (p: Pillar) => spec.pillarWeights[p] ?? 1;
  const indicatorWeight = (code: string) => spec.indicatorWeights[code] ?? 1;
  const inPillar = (p: Pillar) => INDEX_INDICATORS.filter((i) => i.group === p);
  const pillarTotal = PILLARS.filter((p) => inPillar(p).length > 0).reduce((sum, p) => sum + pillarWeight(p), 0);
  const shares = new Map<string, { pillar: Pillar; share: number }>();
  for (const p of PILLARS) {
    const indicators = inPillar(p);
    const total = indicators.reduce((sum, i) => sum + indicatorWeight(i.code), 0);
    for (const i of indicators) {
      const share = pillarTotal > 0 && total > 0 ? (pillarWeight(p) / pillarTotal) * (indicatorWeight(i.code) / total) : 0;
      shares.set(i.code, { pillar: p, share });
    }
  }
  return shares;
}

export interface Priority {
  indicator: string;
  pillar: Pillar;
  /** Normalised 0–100 of the municipality and of the best of its peer group. */
  own: number;
  best: number;
  /** Share of the score (0–1). */
  share: number;
  /** share × (best − own): points of score at stake. */
  gain: number;
}

/** The `limit` indicators with the largest weighted gap to the peer group's best (ties by code, so the order is stable). */
export function rankPriorities(own: Record<string, IndicatorDetail>, peers: ReadonlyArray<Record<string, IndicatorDetail>>, spec: MethodSpec, limit = 3): Priority[] {
  const priorities: Priority[] = [];
  for (const [code, { pillar, share }] of shareIndicatorWeights(spec)) {
    const mine = own[code]?.normalised;
    if (mine === null || mine === undefined || share === 0) continue;
    const best = Math.max(mine, ...peers.map((p) => p[code]?.normalised ?? -Infinity));
    const gain = share * (best - mine);
    if (gain > 0) priorities.push({ indicator: code, pillar, own: mine, best, share, gain });
  }
  return priorities.sort((a, b) => b.gain - a.gain || a.indicator.localeCompare(b.indicator)).slice(0, limit);
}

/** The `n` municipalities of the same peer group whose score is closest to this one's, best rank first. */
export function findClosestPeers(rows: readonly ScoreRow[], self: { cut: string; score: number | null; peerGroup: string | null }, n = 5): ScoreRow[] {
  if (self.score === null || self.peerGroup === null) return [];
  const own = self.score;
  return rows.filter((r) => r.cut !== self.cut && r.peerGroup === self.peerGroup && r.score !== null)
    .sort((a, b) => Math.abs(a.score! - own) - Math.abs(b.score! - own) || a.cut.localeCompare(b.cut))
    .slice(0, n)
    .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.cut.localeCompare(b.cut));
}
