// The budget sums per year: payments count in the year of their paidOn, spending entries in their year, integer pesos.
import { describe, expect, it } from 'vitest';
import { spentIn, sumBudgetByYear } from './budget.js';

describe('sumBudgetByYear', () => {
  it('adds payments by the year of their date and entries by their year, hand-computed', () => {
    const sums = sumBudgetByYear(
      [{ paidOn: '2025-03-10', amount: 5_000_000 }, { paidOn: '2025-12-31', amount: 7_000_000 }, { paidOn: '2026-01-01', amount: 4_000_000 }],
      [{ year: 2025, amount: 3_000_000 }, { year: 2024, amount: 250_000 }, { year: 2026, amount: 1_500_000 }],
    );
    expect(sums.years).toEqual([
      { year: 2024, contracts: 0, other: 250_000, total: 250_000 },
      { year: 2025, contracts: 12_000_000, other: 3_000_000, total: 15_000_000 },
      { year: 2026, contracts: 4_000_000, other: 1_500_000, total: 5_500_000 },
    ]);
    expect(sums.total).toEqual({ contracts: 16_000_000, other: 4_750_000, total: 20_750_000 });
    expect(spentIn(sums, 2026)).toBe(5_500_000);
    expect(spentIn(sums, 2023)).toBe(0);
  });

  it('has no year and zero totals when nothing was spent', () => {
    expect(sumBudgetByYear([], [])).toEqual({ years: [], total: { contracts: 0, other: 0, total: 0 } });
  });

  it('stays exact with large peso amounts (integers, no float drift)', () => {
    const sums = sumBudgetByYear([{ paidOn: '2026-06-30', amount: 999_999_999_999 }], [{ year: 2026, amount: 1 }]);
    expect(sums.total.total).toBe(1_000_000_000_000);
  });
});
