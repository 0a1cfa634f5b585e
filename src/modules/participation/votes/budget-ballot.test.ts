// Budget ballots by kind: knapsack within the amount and above the minimum spend, approval up to k, cumulative points.
import { describe, expect, it } from 'vitest';
import { checkBudgetBallot } from './budget-ballot.js';
import { checkBallot } from './validation.js';

const options = [{ id: 1, cost: '40000000' }, { id: 2, cost: '35000000' }, { id: 3, cost: '30000000' }, { id: 4, cost: '25000000' }];
const knapsack = { budgetId: 1, kind: 'knapsack' as const, limit: '100000000', minSpend: '30000000' };
const key = (e: ReturnType<typeof checkBudgetBallot>) => e?.messageKey ?? null;

describe('knapsack ballots', () => {
  it('accept a total within the amount, exactly at it too', () => {
    expect(checkBudgetBallot(knapsack, options, [1, 2])).toBeNull();
    expect(checkBudgetBallot(knapsack, options, [2, 3, 4])).toBeNull(); // 90 M
    expect(checkBudgetBallot({ ...knapsack, limit: '75000000' }, options, [1, 2])).toBeNull();
  });
  it('refuse over the amount and under the minimum spend, with the amounts', () => {
    const over = checkBudgetBallot(knapsack, options, [1, 2, 3])!;
    expect(over.messageKey).toBe('participation.budget.ballot.overBudget');
    expect(over.params).toEqual({ spent: '$105.000.000', limit: '$100.000.000' });
    expect(key(checkBudgetBallot(knapsack, options, [4]))).toBe('participation.budget.ballot.underMinimum');
  });
  it('refuse unknown or repeated projects, points, and counts outside min/max', () => {
    expect(key(checkBudgetBallot(knapsack, options, [9]))).toBe('participation.budget.ballot.unknownProject');
    expect(key(checkBudgetBallot(knapsack, options, [1, 1]))).toBe('participation.budget.ballot.unknownProject');
    expect(key(checkBudgetBallot(knapsack, options, [1], [1]))).toBe('participation.budget.ballot.noPoints');
    expect(key(checkBudgetBallot({ ...knapsack, maxProjects: 1 }, options, [1, 4]))).toBe('participation.budget.ballot.projectCount');
    expect(key(checkBudgetBallot({ ...knapsack, minProjects: 3 }, options, [1, 4]))).toBe('participation.budget.ballot.projectCount');
    expect(key(checkBudgetBallot(knapsack, options, []))).toBe('participation.budget.ballot.projectCount');
  });
});

describe('approval and cumulative ballots', () => {
  it('approval: up to k, any cost', () => {
    const approval = { budgetId: 1, kind: 'approval' as const, limit: '1', maxProjects: 3 };
    expect(checkBudgetBallot(approval, options, [1, 2, 3])).toBeNull();
    expect(key(checkBudgetBallot(approval, options, [1, 2, 3, 4]))).toBe('participation.budget.ballot.projectCount');
  });
  it('cumulative: whole positive points, aligned, adding up to at most the total', () => {
    const cumulative = { budgetId: 1, kind: 'cumulative' as const, limit: '1', points: 10 };
    expect(checkBudgetBallot(cumulative, options, [1, 3], [7, 3])).toBeNull();
    expect(key(checkBudgetBallot(cumulative, options, [1, 3]))).toBe('participation.budget.ballot.badPoints');
    expect(key(checkBudgetBallot(cumulative, options, [1, 3], [7]))).toBe('participation.budget.ballot.badPoints');
    expect(key(checkBudgetBallot(cumulative, options, [1, 3], [0, 3]))).toBe('participation.budget.ballot.badPoints');
    expect(key(checkBudgetBallot(cumulative, options, [1, 3], [1.5, 3]))).toBe('participation.budget.ballot.badPoints');
    expect(checkBudgetBallot(cumulative, options, [1, 3], [8, 3])!.params).toEqual({ total: 11, limit: 10 });
  });
  it('a plain vote takes no points', () => {
    const plain = { ballotRule: null, options: [{ id: 1 }, { id: 2 }], maxChoices: 1 };
    expect(checkBallot(plain, [1])).toBeNull();
    expect(key(checkBallot(plain, [1], [1]))).toBe('participation.budget.ballot.noPoints');
  });
});
