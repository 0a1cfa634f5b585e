// The series rules with hand-computed cases: months, gaps, trajectory targets, judging targets, headline changes,
// yearly sums and means, and the values each unit refuses.
import { describe, expect, it } from 'vitest';
import {
  addMonths, buildSeries, headlineOf, judgeTargets, monthProblem, monthsBetween, seriesSpan, summarizeYears, targetAt, valueProblem,
} from './series.js';

describe('months', () => {
  it('adds and subtracts across years', () => {
    expect(addMonths('2025-12', 1)).toBe('2026-01');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2026-10', -12)).toBe('2025-10');
    expect(addMonths('2026-03', 22)).toBe('2028-01');
  });
  it('lists a span, both ends included', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween('2026-02', '2026-01')).toEqual([]);
  });
  it('refuses malformed months and months after the current one', () => {
    expect(monthProblem('2026-13', '2026-11')).toBe('month');
    expect(monthProblem('2026-1', '2026-11')).toBe('month');
    expect(monthProblem('', '2026-11')).toBe('month');
    expect(monthProblem('2026-12', '2026-11')).toBe('future');
    expect(monthProblem('2026-11', '2026-11')).toBeNull();
  });
});

describe('values per unit', () => {
  it('refuses NaN and infinities for every unit', () => {
    for (const unit of ['count', 'percent', 'grade_1_7', 'days'] as const) {
      expect(valueProblem(unit, Number.NaN)).toBe('not_finite');
      expect(valueProblem(unit, Number.POSITIVE_INFINITY)).toBe('not_finite');
      expect(valueProblem(unit, Number.NEGATIVE_INFINITY)).toBe('not_finite');
    }
  });
  it('keeps shares in 0–100, grades in 1–7, quantities ≥ 0 and pesos whole', () => {
    expect(valueProblem('percent', 0)).toBeNull();
    expect(valueProblem('percent', 100)).toBeNull();
    expect(valueProblem('percent', 100.5)).toBe('percent');
    expect(valueProblem('percent', -1)).toBe('negative');
    expect(valueProblem('grade_1_7', 1)).toBeNull();
    expect(valueProblem('grade_1_7', 7)).toBeNull();
    expect(valueProblem('grade_1_7', 0.9)).toBe('grade');
    expect(valueProblem('grade_1_7', 7.1)).toBe('grade');
    expect(valueProblem('days', -0.5)).toBe('negative');
    expect(valueProblem('minutes', 0)).toBeNull();
    expect(valueProblem('pesos', 1500)).toBeNull();
    expect(valueProblem('pesos', 1500.5)).toBe('pesos');
  });
});

const values = [
  { month: '2025-10', value: 80 }, { month: '2025-11', value: 90 },
  { month: '2026-01', value: 110 }, { month: '2026-02', value: 100 }, // 2025-12 is a gap
];

describe('series', () => {
  it('keeps gaps as null, never zero or interpolated', () => {
    const s = buildSeries(values, '2025-11', '2026-03');
    expect(s).toEqual([
      { month: '2025-11', value: 90 }, { month: '2025-12', value: null }, { month: '2026-01', value: 110 },
      { month: '2026-02', value: 100 }, { month: '2026-03', value: null },
    ]);
  });
  it('spans values and targets together', () => {
    expect(seriesSpan(values, [{ month: '2026-06', value: 150 }])).toEqual({ from: '2025-10', to: '2026-06' });
    expect(seriesSpan([], [])).toBeNull();
  });
});

describe('targets', () => {
  const targets = [{ month: '2026-06', value: 150 }, { month: '2025-12', value: 95 }, { month: '2026-01', value: 100 }];
  it('applies the first target at or after a month (a trajectory)', () => {
    expect(targetAt(targets, '2025-10')).toEqual({ month: '2025-12', value: 95 });
    expect(targetAt(targets, '2025-12')).toEqual({ month: '2025-12', value: 95 });
    expect(targetAt(targets, '2026-02')).toEqual({ month: '2026-06', value: 150 });
    expect(targetAt(targets, '2026-07')).toBeNull();
  });
  it('judges each target on its own month: met, missed, no data for a gap, pending when not reached yet', () => {
    const judged = judgeTargets(values, [...targets, { month: '2026-02', value: 100 }], 'up', '2026-03');
    expect(judged.map((t) => [t.month, t.outcome, t.actual])).toEqual([
      ['2025-12', 'no_data', null], // the 2025-11 value of 90 does not stand in for the gap
      ['2026-01', 'met', 110],
      ['2026-02', 'met', 100], // exactly on target counts as met
      ['2026-06', 'pending', null],
    ]);
  });
  it('reads lower as better for a "down" indicator', () => {
    const days = [{ month: '2026-01', value: 12 }, { month: '2026-02', value: 9 }];
    const judged = judgeTargets(days, [{ month: '2026-01', value: 10 }, { month: '2026-02', value: 9 }], 'down', '2026-11');
    expect(judged.map((t) => t.outcome)).toEqual(['missed', 'met']);
  });
  it('keeps a current month without a value pending, and judges it once it has one', () => {
    expect(judgeTargets([], [{ month: '2026-11', value: 1 }], 'up', '2026-11')[0]!.outcome).toBe('pending');
    expect(judgeTargets([{ month: '2026-11', value: 0 }], [{ month: '2026-11', value: 1 }], 'up', '2026-11')[0]!.outcome).toBe('missed');
  });
});

describe('headline', () => {
  it('gives the latest value with its change on the month before and the year before', () => {
    const h = headlineOf([...values, { month: '2025-02', value: 50 }])!;
    expect(h).toMatchObject({ month: '2026-02', value: 100 });
    expect(h.previousMonth).toEqual({ from: 110, delta: -10, ratio: -10 / 110 });
    expect(h.previousYear).toEqual({ from: 50, delta: 50, ratio: 1 });
  });
  it('gives no change when the month before is a gap, rather than an older value', () => {
    const h = headlineOf(values, '2026-01')!;
    expect(h).toMatchObject({ month: '2026-01', value: 110, previousMonth: null, previousYear: null });
  });
  it('has no ratio from a zero, and nothing without values', () => {
    expect(headlineOf([{ month: '2026-01', value: 0 }, { month: '2026-02', value: 3 }])!.previousMonth).toEqual({ from: 0, delta: 3, ratio: null });
    expect(headlineOf([])).toBeNull();
    expect(headlineOf(values, '2025-09')).toBeNull();
  });
});

describe('yearly figures', () => {
  it('adds counts and averages the other units, counting the months with a value', () => {
    expect(summarizeYears('count', values)).toEqual([
      { year: 2025, kind: 'sum', value: 170, months: 2 }, { year: 2026, kind: 'sum', value: 210, months: 2 },
    ]);
    expect(summarizeYears('percent', values)).toEqual([
      { year: 2025, kind: 'mean', value: 85, months: 2 }, { year: 2026, kind: 'mean', value: 105, months: 2 },
    ]);
    expect(summarizeYears('grade_1_7', [{ month: '2026-03', value: 5.5 }, { month: '2026-04', value: 6 }, { month: '2026-05', value: 6.2 }]))
      .toEqual([{ year: 2026, kind: 'mean', value: (5.5 + 6 + 6.2) / 3, months: 3 }]);
  });
});
