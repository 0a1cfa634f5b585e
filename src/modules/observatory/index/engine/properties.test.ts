// Properties over random inputs and methods (fast-check): whatever the data and the method, no NaN or Infinity comes
// out, scores stay within 0–100, coverage within 0–1, and ranks follow the scores.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeIndex } from './compute-index.js';
import { computeSensitivity } from './sensitivity.js';
import { methodWith, unit } from '../test-support.js';
import { INDEX_INDICATORS } from '../../indicators/catalogue.js';
import type { Observation } from '../types.js';

const codes = INDEX_INDICATORS.slice(0, 6).map((d) => d.code).concat('transparency.median_answer_days');
const value = fc.oneof(fc.constant(null), fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }), fc.integer({ min: 0, max: 5 }));
const rows = fc.array(fc.tuple(fc.integer({ min: 2021, max: 2023 }), fc.array(value, { minLength: codes.length, maxLength: codes.length })), { minLength: 2, maxLength: 12 });
const method = fc.record({
  normalisation: fc.constantFrom('minmax', 'zscore', 'target'),
  aggregation: fc.constantFrom('arithmetic', 'geometric'),
  missing: fc.constantFrom('available', 'regional_mean', 'locf'),
  minimumCoverage: fc.constantFrom(0, 0.3),
  maxWinsorised: fc.integer({ min: 0, max: 3 }),
}).map(({ maxWinsorised, ...m }) => methodWith({ ...m, outliers: { skew: 1, kurtosis: 1, maxWinsorised }, sensitivity: { runs: 10, seed: 1, weightRange: 0.9, normalisations: ['minmax', 'zscore', 'target'], imputations: ['available', 'regional_mean', 'locf'], aggregations: ['arithmetic', 'geometric'] } }));

const inputOf = (data: Array<[number, Array<number | null>]>) => {
  const units = data.map((_, i) => unit(`u${i}`, i % 2 ? '01' : '02'));
  const observations: Observation[] = data.flatMap(([year, values], i) => values.flatMap((v, c) => (v === null ? [] : [
    { cut: `u${i}`, indicator: codes[c]!, year: 2023, value: v }, { cut: `u${i}`, indicator: codes[c]!, year, value: v / 2 },
  ])));
  return { year: 2023, units, observations };
};
const finite = (x: unknown): boolean => (typeof x === 'number' ? Number.isFinite(x) : x === null || typeof x !== 'object' || Object.values(x as object).every(finite));

describe('computeIndex on any data', () => {
  it('gives finite scores in 0–100, coverage in 0–1 and ranks that follow the scores', () => {
    fc.assert(fc.property(rows, method, (data, m) => {
      const r = computeIndex(inputOf(data), m);
      expect(finite(r)).toBe(true);
      for (const u of r.units) {
        if (u.score !== null) expect(u.score >= 0 && u.score <= 100).toBe(true);
        expect(u.coverage >= 0 && u.coverage <= 1).toBe(true);
        expect(u.score === null).toBe(u.rank === null);
        for (const d of Object.values(u.detail)) if (d.normalised !== null) expect(d.normalised >= 0 && d.normalised <= 100).toBe(true);
      }
      const scored = r.units.filter((u) => u.score !== null);
      for (const a of scored) for (const b of scored) if (a.score! > b.score! + 1e-9) expect(a.rank!).toBeLessThan(b.rank!);
      expect(Math.min(...scored.map((u) => u.rank!), 1)).toBe(1);
    }), { numRuns: 150 });
  });
  it('gives a finite sensitivity analysis', () => {
    fc.assert(fc.property(rows, method, (data, m) => {
      const s = computeSensitivity(inputOf(data), m);
      expect(finite(s)).toBe(true);
    }), { numRuns: 50 });
  });
});
