// Weights, aggregation, ranks, groups, peers, coverage and exclusions on hand-computed cases. Min–max throughout:
// raw values are chosen so the normalised values are the raw ones (each indicator spans exactly 0–100).
import { describe, expect, it } from 'vitest';
import { computeIndex } from './compute-index.js';
import { DEFAULT_METHOD } from '../method.js';
import { inputOf, methodWith, unit, valuesOf } from '../test-support.js';

const PROF = 'capacities.professionalisation';
const TRAIN = 'capacities.training_spend';
const ONTIME = 'transparency.on_time_rate';
const abc = [unit('a'), unit('b'), unit('c')];
// capacities: A (0 + 100)/2 = 50, B (50 + 0)/2 = 25, C (100 + 50)/2 = 75; transparency: A 0, B 100, C 50
const three = inputOf(abc, valuesOf(2023, {
  a: { [PROF]: 0, [TRAIN]: 100, [ONTIME]: 0 },
  b: { [PROF]: 50, [TRAIN]: 0, [ONTIME]: 100 },
  c: { [PROF]: 100, [TRAIN]: 50, [ONTIME]: 50 },
}));
const scores = (r: ReturnType<typeof computeIndex>) => r.units.map((u) => u.score);

describe('weights', () => {
  it('are equal by default, indicators within pillars and pillars in the score', () => {
    const r = computeIndex(three, DEFAULT_METHOD);
    expect(r.units.map((u) => u.pillars.capacities)).toEqual([50, 25, 75]);
    expect(r.units.map((u) => u.pillars.transparency)).toEqual([0, 100, 50]);
    expect(r.units[0]!.pillars.platforms).toBeNull();
    expect(scores(r)).toEqual([25, 62.5, 62.5]); // (50 + 0)/2, (25 + 100)/2, (75 + 50)/2
  });
  it('per indicator move the pillar score', () => {
    // professionalisation ×3: A (0·3 + 100)/4 = 25, B (150 + 0)/4 = 37.5, C (300 + 50)/4 = 87.5
    const r = computeIndex(three, methodWith({ indicatorWeights: { [PROF]: 3 } }));
    expect(r.units.map((u) => u.pillars.capacities)).toEqual([25, 37.5, 87.5]);
  });
  it('of zero leave an indicator out', () => {
    const r = computeIndex(three, methodWith({ indicatorWeights: { [TRAIN]: 0 } }));
    expect(r.units.map((u) => u.pillars.capacities)).toEqual([0, 50, 100]);
  });
  it('per pillar move the score, and zero leaves a pillar out', () => {
    // transparency ×3: A (50 + 0)/4 = 12.5, B (25 + 300)/4 = 81.25, C (75 + 150)/4 = 56.25
    const heavy = computeIndex(three, methodWith({ pillarWeights: { ...DEFAULT_METHOD.pillarWeights, transparency: 3 } }));
    expect(scores(heavy)).toEqual([12.5, 81.25, 56.25]);
    const without = computeIndex(three, methodWith({ pillarWeights: { ...DEFAULT_METHOD.pillarWeights, transparency: 0 } }));
    expect(scores(without)).toEqual([50, 25, 75]);
    expect(without.units[1]!.pillars.transparency).toBe(100); // still shown, only left out of the score
    expect(without.units.map((u) => u.coverage)).toEqual([1, 1, 1]);
  });
});

describe('aggregation', () => {
  // X is balanced (50, 50), Y and Z lopsided (100, 0) and (0, 100): arithmetic cannot tell them apart.
  const xyz = inputOf([unit('x'), unit('y'), unit('z')], valuesOf(2023, {
    x: { [PROF]: 50, [ONTIME]: 50 }, y: { [PROF]: 100, [ONTIME]: 0 }, z: { [PROF]: 0, [ONTIME]: 100 },
  }));
  it('arithmetic compensates', () => {
    const r = computeIndex(xyz, DEFAULT_METHOD);
    expect(scores(r)).toEqual([50, 50, 50]);
    expect(r.units.map((u) => u.rank)).toEqual([1, 1, 1]);
  });
  it('geometric rewards balance, on values moved to 1–100', () => {
    // X: √(50.5 · 50.5) = 50.5 → (50.5 − 1)/0.99 = 50; Y: √(100 · 1) = 10 → 9/0.99 = 9.0909
    const r = computeIndex(xyz, methodWith({ aggregation: 'geometric' }));
    expect(r.units[0]!.score).toBeCloseTo(50, 9);
    expect(r.units[1]!.score).toBeCloseTo(9.0909, 4);
    expect(r.units.map((u) => u.rank)).toEqual([1, 2, 2]);
  });
});

describe('ranks, groups and peers', () => {
  const four = inputOf([unit('a', '01', 'large'), unit('b', '01', 'large'), unit('c', '02', 'rural'), unit('d', '02', 'rural')],
    valuesOf(2023, { a: { [PROF]: 10 }, b: { [PROF]: 20 }, c: { [PROF]: 30 }, d: { [PROF]: 50 } }));
  const r = computeIndex(four, DEFAULT_METHOD); // scores 0, 25, 50, 100
  it('ranks 1 = best', () => expect(r.units.map((u) => u.rank)).toEqual([4, 3, 2, 1]));
  it('bands groups by score, lower bounds included (A ≥ 75, B ≥ 50, C ≥ 25)', () => {
    expect(r.units.map((u) => u.group)).toEqual(['D', 'C', 'B', 'A']);
  });
  it('ranks within the peer group', () => expect(r.units.map((u) => [u.peerGroup, u.peerRank])).toEqual([['large', 2], ['large', 1], ['rural', 2], ['rural', 1]]));
  it('gives ties the best place of the tie and skips the next (1, 2, 2, 4)', () => {
    const tied = computeIndex(inputOf([unit('a'), unit('b'), unit('c'), unit('d')],
      valuesOf(2023, { a: { [PROF]: 40 }, b: { [PROF]: 20 }, c: { [PROF]: 20 }, d: { [PROF]: 0 } })), DEFAULT_METHOD);
    expect(tied.units.map((u) => u.rank)).toEqual([1, 2, 2, 4]);
  });
});

describe('coverage, exclusions and municipalities without data', () => {
  const gappy = inputOf([...abc, unit('e')], valuesOf(2023, {
    a: { [PROF]: 0, [TRAIN]: 100, [ONTIME]: 0 },
    b: { [PROF]: 50, [TRAIN]: null, [ONTIME]: 100 },
    c: { [PROF]: 100, [TRAIN]: 50, [ONTIME]: null, 'spending.technology_share': 7 },
    e: {},
  }));
  it('is the share of the full weight resting on observed values', () => {
    // shares: capacities 1/2 (each indicator 1/4), transparency 1/2; spending.technology_share is constant → excluded
    const r = computeIndex(gappy, DEFAULT_METHOD);
    expect(r.units.map((u) => u.coverage)).toEqual([1, 0.75, 0.5, 0]);
    // training observed only for A 100 and C 50 → normalised 100 and 0. A: (50 + 0)/2 = 25; B: capacities 50
    // (professionalisation only), transparency 100 → 75; C: capacities (100 + 0)/2 = 50, no transparency → 50
    expect(scores(r)).toEqual([25, 75, 50, null]);
    expect(r.units[3]).toMatchObject({ rank: null, group: null, peerRank: null });
    expect(r.indicators.find((d) => d.code === 'spending.technology_share')).toMatchObject({ observed: 1, excluded: 'constant' });
    expect(r.indicators.find((d) => d.code === 'platforms.firmagob')).toMatchObject({ observed: 0, excluded: 'no_data' });
    expect(Object.keys(r.units[2]!.detail).sort()).toEqual([PROF, TRAIN, ONTIME].sort());
    expect(r.units[1]!.detail[TRAIN]).toEqual({ raw: null, imputed: false, normalised: null });
  });
  it('leaves unscored a municipality below the minimum coverage', () => {
    const r = computeIndex(gappy, methodWith({ minimumCoverage: 0.6 }));
    expect(scores(r)).toEqual([25, 75, null, null]);
    expect(r.units.map((u) => u.rank)).toEqual([2, 1, null, null]);
    expect(r.units[2]!.coverage).toBe(0.5); // still reported
  });
});
