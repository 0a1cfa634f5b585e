// A new budget's checks and its stages.
import { describe, expect, it } from 'vitest';
import { checkNewBudget, stageAt, type BudgetShape } from './validation.js';

const base: BudgetShape = {
  total: 100n, districts: [], ideasAt: new Date('2027-01-01'), reviewAt: new Date('2027-02-01'), votingAt: new Date('2027-03-01'),
  resultsAt: new Date('2027-04-01'), ballotKind: 'knapsack', rule: 'mes',
};
const key = (b: Partial<BudgetShape>) => checkNewBudget({ ...base, ...b })?.messageKey ?? null;

describe('checkNewBudget', () => {
  it('accepts a plain budget and districts that add up', () => {
    expect(key({})).toBeNull();
    expect(key({ districts: [{ code: '09101', amount: '60' }, { code: '09112', amount: '40' }] })).toBeNull();
  });
  it('refuses what cannot be run', () => {
    expect(key({ total: 0n })).toBe('participation.budget.badTotal');
    expect(key({ districts: [{ code: '09101', amount: '60' }, { code: '09112', amount: '30' }] })).toBe('participation.budget.districtsSum');
    expect(key({ districts: [{ code: '9101', amount: '100' }] })).toBe('participation.budget.badDistrict');
    expect(key({ districts: [{ code: '09101', amount: '50' }, { code: '09101', amount: '50' }] })).toBe('participation.budget.badDistrict');
    expect(key({ votingAt: new Date('2027-04-01') })).toBe('participation.budget.badStages');
    expect(key({ minProjects: 3, maxProjects: 2 })).toBe('participation.budget.badProjectCount');
    expect(key({ ballotKind: 'cumulative' })).toBe('participation.budget.needsPoints');
    expect(key({ points: 10 })).toBe('participation.budget.pointsOnlyCumulative');
    expect(key({ minSpend: 101n })).toBe('participation.budget.badMinSpend');
    expect(key({ ballotKind: 'approval', minSpend: 10n })).toBe('participation.budget.badMinSpend');
    expect(key({ rule: 'greedy', completion: 'add1' })).toBe('participation.budget.completionOnlyMes');
  });
});

describe('stageAt', () => {
  it('follows ideas → review → voting → results', () => {
    expect(['2026-12-31', '2027-01-15', '2027-02-15', '2027-03-15', '2027-04-01'].map((d) => stageAt(base, new Date(d))))
      .toEqual(['upcoming', 'ideas', 'review', 'voting', 'results']);
  });
});
