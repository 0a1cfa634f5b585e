import { describe, expect, it } from 'vitest';
import { tally } from './index.js';
import type { Election } from './types.js';

const election = (budget: number, costs: Record<string, number>, ballots: string[][]): Election => ({
  budget: BigInt(budget), unit: 1n,
  projects: Object.entries(costs).map(([id, cost]) => ({ id, cost: BigInt(cost) })),
  ballots: ballots.map((b) => Object.fromEntries(b.map((id) => [id, 1]))),
});

describe('explain', () => {
  // Budget 300, 3 voters with 100 each. C (all three) goes first at 33.33 each; A (voters 1–2, 200) then finds
  // 2 × 66.67 = 133.33 < 200: its supporters' money went to C. Z has no supporters, HUGE costs more than the budget.
  const e = election(300, { A: 200, C: 100, Z: 10, HUGE: 400 }, [['A', 'C'], ['A', 'C'], ['C', 'HUGE'], []]);

  it('says why each project won or lost under MES, and how the shares were spent', () => {
    const { explanation } = tally(e, { rule: 'mes', completion: 'none' });
    expect(explanation.budget).toBe(300);
    // n = 4 (the empty ballot counts): 75 each; C costs 100, ρ = 1/3 of its cost per supporter.
    expect(explanation.funded).toEqual([{ id: 'C', cost: 100, supporters: 3, by: 'mes', round: 1, rho: 1 / 3, payers: 3, payersSpentOut: 0 }]);
    const a = explanation.unfunded.find((u) => u.id === 'A')!;
    expect(a).toMatchObject({ reason: 'supporters-short', supporters: 2, spentOn: [{ id: 'C', amount: expect.closeTo(200 / 3, 9) }] });
    expect(a.supportersMoney).toBeCloseTo(2 * (75 - 100 / 3), 9);
    expect(explanation.unfunded.find((u) => u.id === 'Z')).toMatchObject({ reason: 'no-supporters' });
    expect(explanation.unfunded.find((u) => u.id === 'HUGE')).toMatchObject({ reason: 'exceeds-budget' });
    expect(explanation.shares).toEqual({
      endowment: 75, voters: 4, spentNothing: 1,
      spent: { min: 0, p25: 0, median: expect.closeTo(100 / 3, 9), p75: expect.closeTo(100 / 3, 9), max: expect.closeTo(100 / 3, 9) },
    });
  });

  it('says what was left when an unfunded project’s turn came under greedy', () => {
    // By approvals: C (3), A (2), HUGE (1). C leaves 200, A takes it; HUGE finds 0 left.
    const greedy = tally(e, { rule: 'greedy' }).explanation;
    expect(greedy.funded.map((f) => [f.id, f.by])).toEqual([['C', 'greedy'], ['A', 'greedy']]);
    expect(greedy.unfunded.find((u) => u.id === 'HUGE')).toMatchObject({ reason: 'exceeds-budget' });
    expect(greedy.shares).toBeUndefined();
    const f = election(300, { A: 250, B: 100, C: 50 }, [['A', 'B', 'C'], ['A', 'B'], ['A']]);
    expect(tally(f, { rule: 'greedy' }).selected).toEqual(['A', 'C']);
    expect(tally(f, { rule: 'greedy' }).explanation.unfunded).toEqual([expect.objectContaining({ id: 'B', reason: 'did-not-fit', budgetLeft: 50 })]);
    // greedy-no-skip stops at B: C is never looked at.
    const noSkip = tally(f, { rule: 'greedy-no-skip' });
    expect(noSkip.selected).toEqual(['A']);
    expect(noSkip.explanation.unfunded.map((u) => [u.id, u.reason])).toEqual([['B', 'did-not-fit'], ['C', 'greedy-stopped']]);
  });
});
