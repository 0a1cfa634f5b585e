// The missing-data rules on one hand-computed case. Professionalisation is observed 10, 30, 50 for A, B (region 01)
// and C (region 02); D (region 02) has no 2023 value but reported 30 in 2022. Min–max on the observed 10–50.
// Training spend is observed for all: A 0, B 100, C 50, D 0, E (region 03, alone) 100 — normalised the same.
import { describe, expect, it } from 'vitest';
import { computeIndex } from './compute-index.js';
import { inputOf, methodWith, unit, valuesOf } from '../test-support.js';
import type { MethodSpec } from '../method.js';

const PROF = 'capacities.professionalisation';
const TRAIN = 'capacities.training_spend';
const units = [unit('a', '01'), unit('b', '01'), unit('c', '02'), unit('d', '02'), unit('e', '03')];
const current = valuesOf(2023, {
  a: { [PROF]: 10, [TRAIN]: 0 }, b: { [PROF]: 30, [TRAIN]: 100 }, c: { [PROF]: 50, [TRAIN]: 50 }, d: { [TRAIN]: 0 }, e: { [TRAIN]: 100 },
});
const run = (method: Partial<MethodSpec>, history = valuesOf(2022, { d: { [PROF]: 30 } })) =>
  computeIndex(inputOf(units, current, history), methodWith(method)).units;

describe('missing values', () => {
  it("'available' averages what the municipality has", () => {
    const d = run({ missing: 'available' })[3]!;
    expect(d.score).toBe(0); // training 0 only
    expect(d.coverage).toBe(0.5);
    expect(d.detail[PROF]).toEqual({ raw: null, imputed: false, normalised: null });
  });
  it("'regional_mean' takes the region's mean that year", () => {
    // region 02's observed professionalisation: C 50 → 100 normalised; D (100 + 0)/2 = 50
    const d = run({ missing: 'regional_mean' })[3]!;
    expect(d.detail[PROF]).toEqual({ raw: 50, imputed: true, normalised: 100 });
    expect(d.score).toBe(50);
    expect(d.coverage).toBe(0.5); // an imputed value is not coverage
  });
  it("'regional_mean' falls back to 'available' where the region has nobody", () => {
    const e = run({ missing: 'regional_mean' })[4]!;
    expect(e.detail[PROF]).toEqual({ raw: null, imputed: false, normalised: null });
    expect(e.score).toBe(100);
  });
  it("'locf' carries the last value forward within carryForwardYears", () => {
    // 2022's 30 → 100·(30 − 10)/40 = 50; D (50 + 0)/2 = 25
    const d = run({ missing: 'locf' })[3]!;
    expect(d.detail[PROF]).toEqual({ raw: 30, imputed: true, normalised: 50 });
    expect(d.score).toBe(25);
    // the latest of several years wins
    expect(run({ missing: 'locf' }, [...valuesOf(2021, { d: { [PROF]: 50 } }), ...valuesOf(2022, { d: { [PROF]: 30 } })])[3]!.score).toBe(25);
  });
  it("'locf' falls back to 'available' beyond carryForwardYears", () => {
    const d = run({ missing: 'locf', carryForwardYears: 1 }, valuesOf(2021, { d: { [PROF]: 30 } }))[3]!;
    expect(d.detail[PROF]!.imputed).toBe(false);
    expect(d.score).toBe(0);
    expect(run({ missing: 'locf', carryForwardYears: 2 }, valuesOf(2021, { d: { [PROF]: 30 } }))[3]!.score).toBe(25);
  });
  it('never moves the municipalities that have the value', () => {
    for (const missing of ['available', 'regional_mean', 'locf'] as const) expect(run({ missing }).slice(0, 3).map((u) => u.score)).toEqual([0, 75, 75]);
  });
});
