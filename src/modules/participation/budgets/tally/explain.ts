// What a results page needs to say why each project won or lost. Amounts here are for showing, in currency units
// (floating point); the outcome itself was decided with exact arithmetic.
import type { Comparison, Completed } from './completion.js';
import { toNumber, type Fraction } from './fraction.js';
import { orderByScore } from './greedy.js';
import type { MesRun } from './mes.js';
import type { Prepared } from './prepared.js';
import type { ProjectId } from './types.js';

export interface FundedProject {
  id: ProjectId;
  cost: number;
  supporters: number;
  /** `mes`: bought by its supporters' equal shares; `greedy`: by score (the greedy rule, completion or comparison). */
  by: 'mes' | 'greedy';
  /** MES only: the round it was funded in (1 = first), ρ, and how many voters paid and how many paid all they had left. */
  round?: number;
  rho?: number;
  payers?: number;
  payersSpentOut?: number;
}

export interface UnfundedProject {
  id: ProjectId;
  cost: number;
  supporters: number;
  /**
   * `exceeds-budget`: costs more than the whole budget; `no-supporters`; `supporters-short` (MES): when MES stopped its
   * supporters held `supportersMoney` < cost, having spent on `spentOn`; `did-not-fit` (greedy): only `budgetLeft` was
   * left when its turn came; `greedy-stopped` (greedy-no-skip): an earlier project did not fit.
   */
  reason: 'exceeds-budget' | 'no-supporters' | 'supporters-short' | 'did-not-fit' | 'greedy-stopped';
  supportersMoney?: number;
  spentOn?: { id: ProjectId; amount: number }[];
  budgetLeft?: number;
}

export interface Explanation {
  budget: number;
  funded: FundedProject[];
  unfunded: UnfundedProject[];
  /** add1-comparison: voters with more approved winners under each outcome, and the one kept. */
  comparison?: Comparison;
  /** MES: each voter's endowment (raised by add1) and what each voter spent in total, as a distribution over all n voters. */
  shares?: { endowment: number; voters: number; spentNothing: number; spent: { min: number; p25: number; median: number; p75: number; max: number } };
}

const TOP_SPENT_ON = 3;

/** `completed` for MES (absent for greedy); `skip` false for greedy-no-skip. */
export function explain(prepared: Prepared, selected: readonly number[], completed?: Completed, skip = true): Explanation {
  const { election, costs, supportCount } = prepared;
  const money = (f: Fraction | bigint) => (typeof f === 'bigint' ? toNumber({ num: f, den: election.unit }) : toNumber({ num: f.num, den: f.den * election.unit }));
  const run = completed?.run;
  const roundOf = new Map(run?.rounds.map((r, i) => [r.project, i]) ?? []);
  const base = (p: number) => ({ id: election.projects[p].id, cost: money(costs[p]), supporters: Number(supportCount[p]) });
  const funded = selected.map((p): FundedProject => {
    const i = roundOf.get(p);
    if (run === undefined || i === undefined) return { ...base(p), by: 'greedy' };
    const r = run.rounds[i];
    const count = (groups: { group: number }[]) => Number(groups.reduce((sum, x) => sum + prepared.weights[x.group], 0n));
    // ρ is per unit of utility: with cost utilities, the largest share of the project's cost one voter paid.
    return { ...base(p), by: 'mes', round: i + 1, rho: toNumber(r.rho), payers: count(r.payments), payersSpentOut: count(r.payments.filter((x) => x.spentOut)) };
  });
  const chosen = new Set(selected);
  const unfundedReason = run ? explainMesLoss(prepared, run, money) : explainGreedyLoss(prepared, selected, money, skip);
  const unfunded = costs.map((_, p) => p).filter((p) => !chosen.has(p)).map((p): UnfundedProject => {
    if (costs[p] > election.budget) return { ...base(p), reason: 'exceeds-budget' };
    if (supportCount[p] === 0n) return { ...base(p), reason: 'no-supporters' };
    return { ...base(p), ...unfundedReason(p) };
  });
  return {
    budget: money(election.budget), funded, unfunded,
    ...(completed?.comparison ? { comparison: completed.comparison } : {}),
    ...(run ? { shares: describeShares(prepared, run, money) } : {}),
  };
}

type Money = (f: Fraction | bigint) => number;

function explainMesLoss(prepared: Prepared, run: MesRun, money: Money) {
  return (p: number): Pick<UnfundedProject, 'reason' | 'supportersMoney' | 'spentOn'> => {
    const groups = new Set(prepared.supporters[p].map((s) => s.group));
    const supportersMoney = prepared.supporters[p].reduce((sum, s) => sum + Number(prepared.weights[s.group]) * money(run.leftover[s.group]), 0);
    const spentOn = run.rounds.map((r) => ({
      id: prepared.election.projects[r.project].id,
      amount: r.payments.filter((x) => groups.has(x.group)).reduce((sum, x) => sum + Number(prepared.weights[x.group]) * money(x.amount), 0),
    })).filter((x) => x.amount > 0).sort((a, b) => b.amount - a.amount).slice(0, TOP_SPENT_ON);
    return { reason: 'supporters-short', supportersMoney, spentOn };
  };
}

/** Replays greedy in score order: what was left when each unfunded project's turn came; after the first project that
 * did not fit, greedy-no-skip (`skip` false) looks at nothing more. */
function explainGreedyLoss(prepared: Prepared, selected: readonly number[], money: Money, skip: boolean) {
  const chosen = new Set(selected);
  const leftAtTurn = new Map<number, bigint>();
  let left = prepared.election.budget;
  let stopped = false;
  for (const p of orderByScore(prepared)) {
    if (chosen.has(p)) left -= prepared.costs[p];
    else if (!stopped) {
      leftAtTurn.set(p, left);
      stopped = !skip;
    }
  }
  return (p: number): Pick<UnfundedProject, 'reason' | 'budgetLeft'> => {
    const at = leftAtTurn.get(p);
    return at === undefined ? { reason: 'greedy-stopped' } : { reason: 'did-not-fit', budgetLeft: money(at) };
  };
}

function describeShares(prepared: Prepared, run: MesRun, money: Money): Explanation['shares'] {
  const endowment = money(run.endowment);
  const spent: [number, bigint][] = prepared.weights.map((w, g) => [endowment - money(run.leftover[g]), w]);
  const nonEmpty = prepared.weights.reduce((sum, w) => sum + w, 0n);
  spent.push([0, prepared.n - nonEmpty]);
  spent.sort((a, b) => a[0] - b[0]);
  const n = Number(prepared.n);
  const at = (q: number) => {
    const target = Math.min(n - 1, Math.floor(q * (n - 1)));
    let seen = 0;
    for (const [value, w] of spent) if ((seen += Number(w)) > target) return value;
    return 0;
  };
  const spentNothing = spent.filter(([v]) => v <= 0).reduce((sum, [, w]) => sum + Number(w), 0);
  return { endowment, voters: n, spentNothing, spent: { min: at(0), p25: at(0.25), median: at(0.5), p75: at(0.75), max: at(1) } };
}
