// The Monte-Carlo run: reproducible from its seed, intervals around the median, the reference rank the published one,
// and assumptions that cannot move anything shown as moving nothing.
import { describe, expect, it } from 'vitest';
import { computeIndex } from './compute-index.js';
import { computeSensitivity } from './sensitivity.js';
import { createRandom } from './prng.js';
import { methodWith, syntheticInput } from '../test-support.js';

const input = syntheticInput(40, { seed: 7, gaps: 0.2 });
const method = methodWith({ sensitivity: { runs: 200, seed: 42, weightRange: 0.5, normalisations: ['minmax', 'zscore'], imputations: ['available', 'regional_mean', 'locf'], aggregations: ['arithmetic', 'geometric'] } });
const result = computeSensitivity(input, method);

describe('the seeded generator', () => {
  it('gives the same stream for a seed and another for another seed', () => {
    const a = createRandom(1);
    const b = createRandom(1);
    const c = createRandom(2);
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(xs);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });
});

describe('computeSensitivity', () => {
  it('is reproducible from its seed, and another seed gives other draws', () => {
    expect(computeSensitivity(input, method)).toEqual(result);
    const other = computeSensitivity(input, methodWith({ sensitivity: { ...method.sensitivity, seed: 43 } }));
    expect(other.units.map((u) => u.medianRank)).not.toEqual(result.units.map((u) => u.medianRank));
    expect(other.units.map((u) => u.rank)).toEqual(result.units.map((u) => u.rank)); // the reference does not depend on the seed
    expect([result.seed, result.runs, result.year]).toEqual([42, 200, 2023]);
  });
  it('reports the published rank as the reference, and a 90 % interval holding the median', () => {
    const published = computeIndex(input, method);
    expect(result.units.map((u) => u.rank)).toEqual(published.units.map((u) => u.rank));
    const scored = result.units.filter((u) => u.rank !== null);
    expect(scored.length).toBeGreaterThan(30);
    for (const u of scored) {
      expect(u.low!).toBeLessThanOrEqual(u.medianRank!);
      expect(u.medianRank!).toBeLessThanOrEqual(u.high!);
      expect(u.low!).toBeGreaterThanOrEqual(1);
      expect(u.high!).toBeLessThanOrEqual(scored.length);
    }
    expect(scored.some((u) => u.high! > u.low!)).toBe(true);
  });
  it('names every assumption, with indices between 0 and 1', () => {
    expect(result.factors.map((f) => f.factor)).toEqual(['normalisation', 'imputation', 'aggregation',
      'weight:platforms', 'weight:online_services', 'weight:transparency', 'weight:participation', 'weight:procurement', 'weight:capacities', 'weight:digital_spending']);
    for (const f of result.factors) {
      expect(f.firstOrder).toBeGreaterThanOrEqual(0);
      expect(f.firstOrder).toBeLessThanOrEqual(1);
      expect(Number.isFinite(f.meanAbsoluteShift)).toBe(true);
    }
    expect(result.factors.some((f) => f.meanAbsoluteShift > 0)).toBe(true);
  });
  it('shows ~0 for an assumption that cannot change anything', () => {
    // no gaps and no history: every imputation rule gives the same matrix
    const full = syntheticInput(40, { seed: 7, gaps: 0, years: 1 });
    const r = computeSensitivity(full, method);
    const imputation = r.factors.find((f) => f.factor === 'imputation')!;
    expect(imputation.meanAbsoluteShift).toBe(0);
    expect(imputation.firstOrder).toBeLessThan(0.03); // what chance alone gives: ~(3 − 1)/200
    // a single aggregation in the list: nothing to vary
    const single = computeSensitivity(input, methodWith({ sensitivity: { ...method.sensitivity, aggregations: ['arithmetic'] } }));
    expect(single.factors.find((f) => f.factor === 'aggregation')).toEqual({ factor: 'aggregation', firstOrder: 0, meanAbsoluteShift: 0 });
    // weights not varied: no weight moves anything
    const fixed = computeSensitivity(input, methodWith({ sensitivity: { ...method.sensitivity, weightRange: 0 } }));
    for (const f of fixed.factors.filter((x) => x.factor.startsWith('weight:'))) expect(f).toMatchObject({ firstOrder: 0, meanAbsoluteShift: 0 });
  });
  it('leaves a pillar without weight or data out of the assumptions', () => {
    const r = computeSensitivity(input, methodWith({ pillarWeights: { ...method.pillarWeights, procurement: 0 }, sensitivity: method.sensitivity }));
    expect(r.factors.map((f) => f.factor)).not.toContain('weight:procurement');
  });
});
