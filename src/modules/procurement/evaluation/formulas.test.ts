// The formulas on hand-computed cases, including the roundings a float would get wrong.
import { describe, expect, it } from 'vitest';
import { meanScore, scoreLocal, scorePrice, scoreSme, weightedTotal, type Buyer } from './formulas.js';

const temuco: Buyer = { kind: 'municipality', cutCode: '09101', regionCode: '09' };
const gore: Buyer = { kind: 'regional_government', cutCode: '09', regionCode: '09' };
const national: Buyer = { kind: 'national_body', cutCode: null, regionCode: null };
const company = (comunaCode: string, size: 'micro' | 'small' | 'medium' | 'large' = 'small') => ({ kind: 'company' as const, size, comunaCode });

describe('scorePrice: lowest ÷ price × 100, half up to 2 decimals', () => {
  it.each([
    [30_000_000, 40_000_000, 75],
    [30_000_000, 45_000_000, 66.67],
    [10, 30, 33.33],
    [201, 20_000, 1.01], // exactly 1.005: Math.round(1.005 * 100) / 100 gives 1
    [1, 4000, 0.03], // exactly 0.025
    [9_999_999_999, 10_000_000_000, 100],
    [30_000_000, 30_000_000, 100],
  ])('lowest %i, price %i → %f', (lowest, price, score) => expect(scorePrice(lowest, price)).toBe(score));

  it('a free offer and a price below the lowest admissible get 100, never more', () => {
    expect(scorePrice(0, 0)).toBe(100);
    expect(scorePrice(30_000_000, 20_000_000)).toBe(100);
    expect(scorePrice(0, 5)).toBe(0);
  });
});

describe('scoreLocal', () => {
  it('a municipality: 100 its comuna, 50 its region, 0 elsewhere', () => {
    expect(scoreLocal(company('09101'), temuco)).toBe(100);
    expect(scoreLocal(company('09112'), temuco)).toBe(50);
    expect(scoreLocal(company('13101'), temuco)).toBe(0);
  });
  it('a regional government: 100 anywhere in its region; a national body: 0 for everyone', () => {
    expect(scoreLocal(company('09112'), gore)).toBe(100);
    expect(scoreLocal(company('14101'), gore)).toBe(0);
    expect(scoreLocal(company('09101'), national)).toBe(0);
  });
  it('a joint venture is as local as its most local member', () => {
    const jv = { kind: 'joint_venture' as const, size: 'small' as const, comunaCode: '13101', members: [company('13101'), company('09112')] };
    expect(scoreLocal(jv, temuco)).toBe(50);
    expect(scoreLocal({ ...jv, members: [...jv.members, company('09101')] }, temuco)).toBe(100);
    // A company's members (none) never count: only a joint venture's.
    expect(scoreLocal({ ...jv, kind: 'company' }, temuco)).toBe(0);
  });
});

describe('scoreSme', () => {
  it('by size: micro and small 100, medium 50, large 0; a cooperative by its size too', () => {
    expect(['micro', 'small', 'medium', 'large'].map((size) => scoreSme(company('09101', size as 'micro')))).toEqual([100, 100, 50, 0]);
    expect(scoreSme({ kind: 'cooperative', size: 'medium', comunaCode: '09101' })).toBe(50);
  });
  it('a joint venture scores as its largest member; with no members, its own size', () => {
    const jv = (sizes: Array<'micro' | 'small' | 'medium' | 'large'>) =>
      ({ kind: 'joint_venture' as const, size: 'large' as const, comunaCode: '09101', members: sizes.map((s) => company('09101', s)) });
    expect(scoreSme(jv(['micro', 'small']))).toBe(100);
    expect(scoreSme(jv(['micro', 'medium']))).toBe(50);
    expect(scoreSme(jv(['micro', 'large']))).toBe(0);
    expect(scoreSme(jv([]))).toBe(0);
  });
});

describe('meanScore and weightedTotal', () => {
  it('means to 2 decimals, half up', () => {
    expect(meanScore([70, 80, 85])).toBe(78.33);
    expect(meanScore([70.25, 70.26])).toBe(70.26);
    expect(meanScore([100])).toBe(100);
    expect(() => meanScore([])).toThrow(RangeError);
  });
  it('Σ weight × score ÷ 100 to 3 decimals, half up', () => {
    expect(weightedTotal([{ weight: 40, score: 75 }, { weight: 30, score: 80 }, { weight: 10, score: 60 }, { weight: 10, score: 100 }, { weight: 10, score: 100 }])).toBe(80);
    expect(weightedTotal([{ weight: 40, score: 66.67 }, { weight: 30, score: 77.77 }])).toBe(49.999);
    expect(weightedTotal([{ weight: 15, score: 0.01 }])).toBe(0.002);
    expect(weightedTotal([{ weight: 33, score: 0.01 }])).toBe(0.003);
  });
});
