// A service's budget spent, per year (issue 10 point 2, "budget spent, linked to budget/procurement where possible"):
// what was paid under its linked procurement contracts in that year (each payment counts in the year of its paidOn,
// as budget execution counts it: budget/procurement-execution.ts) plus the spending entries recorded for that year.
// Amounts stay integer pesos (DESIGN.md convention 9): sums of safe integers, never floats.

export interface BudgetYear {
  year: number;
  /** Paid under the linked contracts in the year. */
  contracts: number;
  /** Spending entries of the year (staff time, transfers, anything outside procurement). */
  other: number;
  total: number;
}

export interface BudgetSums {
  /** Oldest year first; only years with some spending. */
  years: BudgetYear[];
  total: Omit<BudgetYear, 'year'>;
}

/** Sums payments (by the year of paidOn, 'YYYY-MM-DD') and spending entries (by their year) per year, and overall. */
export function sumBudgetByYear(payments: ReadonlyArray<{ paidOn: string; amount: number }>, spending: ReadonlyArray<{ year: number; amount: number }>): BudgetSums {
  const byYear = new Map<number, BudgetYear>();
  const row = (year: number) => byYear.get(year) ?? byYear.set(year, { year, contracts: 0, other: 0, total: 0 }).get(year)!;
  for (const p of payments) {
    const r = row(Number(p.paidOn.slice(0, 4)));
    r.contracts += p.amount;
    r.total += p.amount;
  }
  for (const s of spending) {
    const r = row(s.year);
    r.other += s.amount;
    r.total += s.amount;
  }
  const years = [...byYear.values()].sort((a, b) => a.year - b.year);
  const total = years.reduce((acc, y) => ({ contracts: acc.contracts + y.contracts, other: acc.other + y.other, total: acc.total + y.total }), { contracts: 0, other: 0, total: 0 });
  return { years, total };
}

/** The total of one year (0 when nothing was spent in it). */
export const spentIn = (sums: BudgetSums, year: number) => sums.years.find((y) => y.year === year)?.total ?? 0;
