import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { completeMes } from './completion.js';
import { tally } from './index.js';
import { prepareElection } from './prepared.js';
import type { Ballot, Election, TallyOptions } from './types.js';

/** costs: {id: cost}; ballots: lists of approved ids (or {id: points}). */
const election = (budget: number, costs: Record<string, number>, ballots: (string[] | Ballot)[]): Election => ({
  budget: BigInt(budget), unit: 1n,
  projects: Object.entries(costs).map(([id, cost]) => ({ id, cost: BigInt(cost) })),
  ballots: ballots.map((b) => (Array.isArray(b) ? Object.fromEntries(b.map((id) => [id, 1])) : b)),
});
const run = (e: Election, options: TallyOptions) => {
  const { selected, cost } = tally(e, options);
  return { selected, cost: Number(cost) };
};
const MES_ONLY: TallyOptions = { rule: 'mes', completion: 'none' };

describe('the Method of Equal Shares on hand-made cases', () => {
  // 3 voters with 100 each. C (100, all three) has ρ = 1/3 (33.33 each); A (200, voters 1–2) would need 100 each
  // (ρ = 1/2); B (150) has one supporter. After C, voters 1–2 hold 133.33 < 200: MES stops with C alone, greedy
  // funds C and A. add1: A becomes affordable when 2 × (E − 33.33) ≥ 200, i.e. at E = 134; then {C, A} is exhaustive.
  const abc = election(300, { A: 200, B: 150, C: 100 }, [['A', 'C'], ['A', 'C'], ['B', 'C']]);

  it('funds what equal shares can buy, and completes with add1', () => {
    expect(run(abc, MES_ONLY)).toEqual({ selected: ['C'], cost: 100 });
    expect(run(abc, { rule: 'mes' })).toEqual({ selected: ['C', 'A'], cost: 300 });
    expect(tally(abc, { rule: 'mes' }).explanation.shares?.endowment).toBe(134);
    expect(run(abc, { rule: 'mes', completion: 'add1-no-stop' })).toEqual({ selected: ['C', 'A'], cost: 300 });
    expect(run(abc, { rule: 'greedy' })).toEqual({ selected: ['C', 'A'], cost: 300 });
  });

  it('jumps straight to the endowment at which the outcome changes', () => {
    const prepared = prepareElection(abc);
    // The initial run, then 101 (stable until 133.33), then 134: three runs instead of 35.
    expect(completeMes(prepared, 'cost', 'add1').runs).toBe(3);
    expect(completeMes(prepared, 'cost', 'add1', false).runs).toBe(35);
  });

  it('cost and approval utilities can disagree', () => {
    // 2 voters with 60. X (100, both): 50 each, ρ = 0.5 per unit of cost, 50 per approval. Y (30, voter 1): ρ = 1, 30.
    const e = election(120, { X: 100, Y: 30 }, [['X', 'Y'], ['X']]);
    expect(run(e, { ...MES_ONLY, utilities: 'cost' }).selected).toEqual(['X']);
    // With approval utilities Y goes first; then voter 1 holds 30 and X would need 70 from voter 2, who has 60.
    expect(run(e, { ...MES_ONLY, utilities: 'approval' }).selected).toEqual(['Y']);
  });

  it('breaks ties on ρ by lower cost, then more supporters, then file order', () => {
    // Untouched projects with cost utilities have ρ = 1 / supporters: P and Q tie at 1/3, Q is cheaper.
    const byCost = election(1000, { P: 60, Q: 30 }, [['P'], ['P'], ['P'], ['Q'], ['Q'], ['Q']]);
    expect(run(byCost, MES_ONLY).selected).toEqual(['Q', 'P']);
    // Same cost, same ρ (approval utilities: 40 / 2 = 20 and 40 / 2 = 20), same supporters: file order.
    const byOrder = election(1000, { S: 40, R: 40 }, [['R'], ['R'], ['S'], ['S']]);
    expect(run(byOrder, { ...MES_ONLY, utilities: 'approval' }).selected).toEqual(['S', 'R']);
    // Points: T gets 4 points from one voter, U 2 + 2 from two; equal ρ per point (10 / 4), equal cost: more supporters first.
    const bySupporters = election(1000, { T: 10, U: 10 }, [{ T: 4 }, { U: 2 }, { U: 2 }]);
    expect(run(bySupporters, { ...MES_ONLY, utilities: 'approval' }).selected).toEqual(['U', 'T']);
    expect(run(bySupporters, { rule: 'greedy' }).selected).toEqual(['U', 'T']);
  });

  it('uses the points of cumulative ballots as utilities (times the cost for cost utilities)', () => {
    // 2 voters with 50. Voter 1 gives A 3 points and B 1, voter 2 gives B 2. A (40) costs ρ = 40 / 3 per point,
    // B (60) 60 / 3 = 20: A first. Voter 1 keeps 10, short of 20 × 1: they pay 10 and voter 2 pays 50 = 25 × 2.
    const e = election(100, { A: 40, B: 60 }, [{ A: 3, B: 1 }, { B: 2 }]);
    const points = tally(e, { ...MES_ONLY, utilities: 'approval' }).explanation.funded;
    expect(points.map((f) => [f.id, f.rho, f.payersSpentOut])).toEqual([['A', 40 / 3, 0], ['B', 25, 2]]);
    // Cost utilities: ρ = 40 / (3 × 40) = 1/3 for A and 60 / (3 × 60) = 1/3 for B, a tie the lower cost (A) wins;
    // then B: voter 2 pays 50 = ρ × 2 × 60, ρ = 5/12.
    const cost = tally(e, MES_ONLY).explanation.funded;
    expect(cost.map((f) => [f.id, f.rho])).toEqual([['A', 1 / 3], ['B', 5 / 12]]);
  });

  it('add1-comparison keeps greedy when more voters have more approved winners under it', () => {
    // 5 voters; A (100) has 3 supporters, B and C (50 each) the other 2. MES + add1 reaches {B} at 25 per voter; at
    // 34, A becomes affordable and {A, B} costs 150 > 100, so MES keeps {B}. Greedy funds A: 3 voters prefer it, 2 MES.
    const e = election(100, { A: 100, B: 50, C: 50 }, [['A'], ['A'], ['A'], ['B', 'C'], ['B', 'C']]);
    expect(run(e, { rule: 'mes', completion: 'add1-no-stop' }).selected).toEqual(['B']);
    const result = tally(e, { rule: 'mes', completion: 'add1-comparison' });
    expect(result.selected).toEqual(['A']);
    expect(result.explanation.comparison).toEqual({ preferMes: 2, preferGreedy: 3, kept: 'greedy' });
    expect(result.explanation.funded).toEqual([expect.objectContaining({ id: 'A', by: 'greedy' })]);
  });

  it('never funds a project costing more than the whole budget', () => {
    const e = election(100, { BIG: 150, S: 40 }, [['BIG'], ['BIG'], ['BIG', 'S']]);
    for (const rule of ['mes', 'greedy'] as const) expect(run(e, { rule }).selected).toEqual(['S']);
    expect(tally(e, { rule: 'mes' }).explanation.unfunded).toEqual([expect.objectContaining({ id: 'BIG', reason: 'exceeds-budget' })]);
  });

  it('counts empty ballots in n', () => {
    // Budget 200: with 2 empty ballots each of the 4 voters has 50, and X's two supporters hold its 100.
    expect(run(election(200, { X: 100 }, [['X'], ['X'], [], []]), MES_ONLY).selected).toEqual(['X']);
    // With 3 empty ballots each has 40: 80 < 100.
    expect(run(election(200, { X: 100 }, [['X'], ['X'], [], [], []]), MES_ONLY).selected).toEqual([]);
  });

  it('a single voter buys the cheapest first (every ρ is 1 with cost utilities)', () => {
    expect(run(election(100, { A: 60, B: 50, C: 30 }, [['A', 'B', 'C']]), MES_ONLY)).toEqual({ selected: ['C', 'B'], cost: 80 });
  });

  it('funds everything when everything fits, nothing when nothing does', () => {
    const fits = election(1000, { A: 100, B: 100, C: 100 }, [['A', 'C'], ['B', 'C']]);
    expect(run(fits, MES_ONLY)).toEqual({ selected: ['C', 'A', 'B'], cost: 300 });
    const none = election(100, { A: 200, B: 300 }, [['A'], ['B']]);
    for (const rule of ['mes', 'greedy'] as const) expect(run(none, { rule })).toEqual({ selected: [], cost: 0 });
  });
});

describe('add1 with jumps is add1 in one-unit steps', () => {
  const small = fc.record({
    costs: fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 6 }),
    budget: fc.integer({ min: 1, max: 1000 }),
    ballots: fc.array(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 4 }), { maxLength: 12 }),
    points: fc.boolean(),
    unit: fc.constantFrom(1n, 3n, 10n),
  }).map(({ costs, budget, ballots, points, unit }) => ({
    ...election(budget, Object.fromEntries(costs.map((c, i) => [`p${i}`, c])),
      ballots.map((b) => Object.fromEntries(b.filter((i) => i < costs.length).map((i) => [`p${i}`, points ? i + 1 : 1])))),
    unit,
  }));

  it('on generated elections, for every completion and both utilities', () => {
    fc.assert(fc.property(small, fc.constantFrom('add1', 'add1-no-stop', 'add1-greedy', 'add1-comparison' as const), fc.constantFrom('cost', 'approval' as const), (e, completion, utilities) => {
      const prepared = prepareElection(e);
      expect(completeMes(prepared, utilities, completion, true).selected).toEqual(completeMes(prepared, utilities, completion, false).selected);
    }), { numRuns: 500 });
  });
});
