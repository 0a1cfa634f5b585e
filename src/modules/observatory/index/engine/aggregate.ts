// Weighting and aggregation (OECD/JRC Handbook, 2008, steps 6–7): indicators into pillar scores, pillars into the
// score, each a weighted mean over what the municipality has, weights renormalised over it. Absent weights are 1
// (equal weighting); a weight of 0 leaves an indicator or pillar out. Arithmetic means are compensatory; geometric
// means reward balance (a weak pillar costs more) and need positive values, so they work on values moved from 0–100 to
// 1–100 (1 + 0.99·v) and move the result back to 0–100, which keeps 0 and 100 where they were.
// The same aggregation applies at both levels.
import { PILLARS } from '../../pillars.js';
import type { Aggregation, MethodSpec } from '../method.js';
import type { PreparedYear } from './prepare.js';

export interface Structure {
  /** Per pillar (PILLARS order): the method's weight of the pillar. */
  pillarWeights: number[];
  /** Per pillar: the included indicators' column numbers and weights (weight > 0 only). */
  members: Array<Array<{ column: number; weight: number }>>;
  /** Per included indicator: its share of the score's total weight when nothing is missing (coverage). */
  shares: Float64Array;
}

export function buildStructure(p: PreparedYear, method: MethodSpec): Structure {
  const members = PILLARS.map((pillar) => p.indicators
    .map((d, column) => ({ column, group: d.group, weight: method.indicatorWeights[d.code] ?? 1 }))
    .filter((m) => m.group === pillar && m.weight > 0)
    .map(({ column, weight }) => ({ column, weight })));
  const pillarWeights = PILLARS.map((pillar) => method.pillarWeights[pillar] ?? 1);
  const shares = new Float64Array(p.indicators.length);
  const total = PILLARS.reduce((sum, _, i) => sum + (members[i]!.length > 0 ? pillarWeights[i]! : 0), 0);
  PILLARS.forEach((_, i) => {
    const within = members[i]!.reduce((sum, m) => sum + m.weight, 0);
    if (total > 0 && within > 0) for (const m of members[i]!) shares[m.column] = (pillarWeights[i]! / total) * (m.weight / within);
  });
  return { pillarWeights, members, shares };
}

/** A 0–100 value in the space where the aggregation is a weighted arithmetic mean (the logarithm for geometric). */
export const liftValue = (v: number, aggregation: Aggregation) => (aggregation === 'geometric' ? Math.log(1 + 0.99 * v) : v);

/** Back from that space to 0–100. */
export const settleMean = (m: number, aggregation: Aggregation) => (aggregation === 'geometric' ? Math.min(100, Math.max(0, (Math.exp(m) - 1) / 0.99)) : m);

/** The weighted mean of the values present (not NaN) with weight > 0; NaN when there are none. */
export function weightedMean(values: ArrayLike<number>, weights: ArrayLike<number>, aggregation: Aggregation): number {
  let sum = 0;
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    const w = weights[i]!;
    if (Number.isNaN(v) || !(w > 0)) continue;
    sum += w * liftValue(v, aggregation);
    total += w;
  }
  return total === 0 ? NaN : settleMean(sum / total, aggregation);
}

/** Per pillar: 0–100 per unit (NaN: the unit has none of the pillar's indicators). */
export function scorePillars(s: Structure, normalised: Float64Array[], units: number, aggregation: Aggregation): Float64Array[] {
  return s.members.map((members) => {
    const out = new Float64Array(units).fill(NaN);
    const values = new Float64Array(members.length);
    const weights = members.map((m) => m.weight);
    for (let u = 0; u < units; u++) {
      members.forEach((m, k) => { values[k] = normalised[m.column]![u]!; });
      out[u] = weightedMean(values, weights, aggregation);
    }
    return out;
  });
}

/** Per unit: the score from its pillar scores (NaN: no pillar with weight). */
export function scoreUnits(pillars: Float64Array[], pillarWeights: ArrayLike<number>, units: number, aggregation: Aggregation): Float64Array {
  const out = new Float64Array(units);
  const values = new Float64Array(pillars.length);
  for (let u = 0; u < units; u++) {
    for (let i = 0; i < pillars.length; i++) values[i] = pillars[i]![u]!;
    out[u] = weightedMean(values, pillarWeights, aggregation);
  }
  return out;
}

/** Per unit: the share (0–1) of the score's total weight resting on observed values. */
export function measureCoverage(s: Structure, p: PreparedYear): Float64Array {
  const out = new Float64Array(p.input.units.length);
  p.observed.forEach((column, c) => {
    const share = s.shares[c]!;
    if (share > 0) for (let u = 0; u < out.length; u++) if (!Number.isNaN(column[u]!)) out[u] += share;
  });
  return out.map((x) => Math.min(1, x));
}
