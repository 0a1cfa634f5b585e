// Normalisation and polarity on hand-computed cases: four municipalities, one indicator, so the score is the
// normalised value itself (the only pillar with data; the others are excluded as 'no_data').
import { describe, expect, it } from 'vitest';
import { computeIndex } from './compute-index.js';
import { inputOf, methodWith, unit, valuesOf } from '../test-support.js';
import type { MethodSpec } from '../method.js';

const PROF = 'capacities.professionalisation';
const DAYS = 'transparency.median_answer_days'; // lower is better
const units = ['a', 'b', 'c', 'd'].map((c) => unit(c));
const scoresOf = (indicator: string, values: number[], method: Partial<MethodSpec> = {}) => {
  const input = inputOf(units, valuesOf(2023, Object.fromEntries(units.map((u, i) => [u.cut, { [indicator]: values[i]! }]))));
  return computeIndex(input, methodWith(method)).units.map((u) => u.score);
};

describe('min–max', () => {
  it('puts the year\'s worst at 0 and best at 100, linearly between', () => {
    // 10, 20, 30, 50: range 40 → 0, 25, 50, 100
    expect(scoresOf(PROF, [10, 20, 30, 50])).toEqual([0, 25, 50, 100]);
  });
  it('reverses an indicator where lower is better', () => {
    // 5, 10, 20, 40 days: 100·(40 − x)/35 → 100, 85.714, 57.143, 0
    const s = scoresOf(DAYS, [5, 10, 20, 40]);
    expect(s[0]).toBe(100);
    expect(s[1]).toBeCloseTo(85.714, 3);
    expect(s[2]).toBeCloseTo(57.143, 3);
    expect(s[3]).toBe(0);
  });
});

describe('z-score', () => {
  it('is 50 + 10·z with the sample standard deviation', () => {
    // 10, 20, 30, 40: mean 25, s = √(500/3) = 12.9099; z = ∓1.1619, ∓0.3873 → 38.381, 46.127, 53.873, 61.619
    const s = scoresOf(PROF, [10, 20, 30, 40], { normalisation: 'zscore' });
    [38.381, 46.127, 53.873, 61.619].forEach((x, i) => expect(s[i]).toBeCloseTo(x, 3));
  });
  it('is 50 − 10·z where lower is better', () => {
    const s = scoresOf(DAYS, [10, 20, 30, 40], { normalisation: 'zscore' });
    expect(s[0]).toBeCloseTo(61.619, 3);
    expect(s[3]).toBeCloseTo(38.381, 3);
    // 1, 1, 1, 1000 days: mean 250.75, s = 499.5; z = −0.5 → 55, z = 1.5 → 35
    expect(scoresOf(DAYS, [1, 1, 1, 1000], { normalisation: 'zscore', outliers: { skew: 2, kurtosis: 3.5, maxWinsorised: 0 } })).toEqual([55, 55, 55, 35]);
  });
});

describe('distance to a target', () => {
  it('is 100·min(1, x/target) with the method\'s target', () => {
    // target 25: 10 → 40, 20 → 80, 30 and 40 → 100
    expect(scoresOf(PROF, [10, 20, 30, 40], { normalisation: 'target', targets: { [PROF]: 25 } })).toEqual([40, 80, 100, 100]);
  });
  it('takes the best observed value as the target by default', () => {
    // best 40: 25, 50, 75, 100
    expect(scoresOf(PROF, [10, 20, 30, 40], { normalisation: 'target' })).toEqual([25, 50, 75, 100]);
  });
  it('is 100·min(1, target/x) where lower is better', () => {
    // best (lowest) 5 days: 5 → 100, 10 → 50, 20 → 25, 40 → 12.5
    expect(scoresOf(DAYS, [5, 10, 20, 40], { normalisation: 'target' })).toEqual([100, 50, 25, 12.5]);
  });
});
