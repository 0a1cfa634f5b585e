// Outlier treatment on hand-computed cases. Twenty municipalities with professionalisation 1, 2, …, 19 and one at 100:
// G1 = 3.968 and G2 = 16.903 (checked with numpy), beyond |skew| > 2 and kurtosis > 3.5. Pulling the 100 in to 19
// gives G1 = −0.043, G2 = −1.252: one value winsorised is enough.
import { describe, expect, it } from 'vitest';
import { computeIndex } from './compute-index.js';
import { excessKurtosis, skewness } from './statistics.js';
import { inputOf, methodWith, unit, valuesOf } from '../test-support.js';
import type { MethodSpec } from '../method.js';

const PROF = 'capacities.professionalisation';
const raw = [...Array.from({ length: 19 }, (_, i) => i + 1), 100];
const units = raw.map((_, i) => unit(`u${i + 1}`));
const run = (values: number[], method: Partial<MethodSpec> = {}) =>
  computeIndex(inputOf(units, valuesOf(2023, Object.fromEntries(units.map((u, i) => [u.cut, { [PROF]: values[i]! }])))), methodWith(method));

describe('skewness and kurtosis', () => {
  it('are the bias-adjusted sample G1 and G2', () => {
    expect(skewness(raw)).toBeCloseTo(3.968, 3);
    expect(excessKurtosis(raw)).toBeCloseTo(16.9033, 3);
    expect(excessKurtosis(Array.from({ length: 20 }, (_, i) => i + 1))).toBeCloseTo(-1.2, 9); // a uniform spread
  });
});

describe('outlier treatment', () => {
  it('winsorises the extreme value when skewed and heavy-tailed', () => {
    const r = run(raw);
    expect(r.indicators.find((d) => d.code === PROF)).toMatchObject({ treatment: 'winsorised', winsorised: 1, observed: 20 });
    // min–max on 1–19: 100 and 19 → 100 (tied first), 10 → 50, 1 → 0
    expect(r.units[19]!.score).toBe(100);
    expect(r.units[18]!.score).toBe(100);
    expect(r.units[9]!.score).toBe(50);
    expect(r.units[19]!.detail[PROF]!.raw).toBe(100); // the published raw value is the real one
    expect([r.units[19]!.rank, r.units[18]!.rank, r.units[17]!.rank]).toEqual([1, 1, 3]);
  });
  it('leaves a distribution within bounds alone', () => {
    const r = run(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(r.indicators.find((d) => d.code === PROF)).toMatchObject({ treatment: 'none', winsorised: 0 });
    expect(r.units[19]!.score).toBe(100);
    expect(r.units[0]!.score).toBe(0);
  });
  it('leaves it alone when only one of the two thresholds is passed', () => {
    const r = run(raw, { outliers: { skew: 2, kurtosis: 20, maxWinsorised: 5 } });
    expect(r.indicators.find((d) => d.code === PROF)!.treatment).toBe('none');
    expect(r.units[9]!.score).toBeCloseTo((100 * 9) / 99, 9);
  });
  it('log-transforms when winsorising cannot bring it within bounds', () => {
    // no value may be winsorised: ln(x − 1 + 0.99); 10 → (ln 9.99 − ln 0.99)/(ln 99.99 − ln 0.99) = 50.088 %
    const r = run(raw, { outliers: { skew: 2, kurtosis: 3.5, maxWinsorised: 0 } });
    expect(r.indicators.find((d) => d.code === PROF)).toMatchObject({ treatment: 'log', winsorised: 0 });
    expect(r.units[9]!.score).toBeCloseTo(50.0883, 4);
    expect(r.units[19]!.score).toBe(100);
  });
  it('keeps the target normalisation in the indicator\'s unit (winsorised, never logged)', () => {
    // winsorised to 19, default target = best = 19: 10 → 52.63
    expect(run(raw, { normalisation: 'target' }).units[9]!.score).toBeCloseTo((100 * 10) / 19, 9);
    // logged: the target stays the raw best 100: 10 → 10
    expect(run(raw, { normalisation: 'target', outliers: { skew: 2, kurtosis: 3.5, maxWinsorised: 0 } }).units[9]!.score).toBeCloseTo(10, 9);
  });
});
