// Completing MES, which alone usually leaves money unspent (SOURCES.md; equalshares.net "Completion").
// - `none`: MES with each voter's share budget / n.
// - `add1` (default, equalshares.net's reference code): the outcome at budget / n, then the per-voter endowment is
//   floor(budget / n) + 1, + 2, … currency units, MES rerun from scratch each time; stop when the current outcome is
//   exhaustive (no unselected project fits in what is left of the real budget) or when the next outcome costs more
//   than the budget, and keep the last outcome that fits. Assen 2024 used this.
// - `add1-greedy`: `add1`, then the projects left in greedy's order (approvals, or points for cumulative ballots)
//   while they fit.
// - `add1-no-stop`: `add1` without the exhaustiveness stop: pabulib's definition of its rule `equalshares/add1`.
// - `add1-comparison`: `add1-no-stop`, then the greedy outcome replaces it if more voters have strictly more approved
//   winners under greedy than under MES (pabulib's `equalshares/add1-comparison`; Wieliczka 2023 Green Budget, where
//   MES is kept: this reproduces its funded projects). With points ballots a supported project counts as approved.
// When the outcome cannot change for any larger endowment, the loop stops: rerunning would give the same outcome forever.
import { ceilDiv, type Fraction } from './fraction.js';
import { fillGreedily, selectGreedily } from './greedy.js';
import { runMes, type MesRun } from './mes.js';
import { sumCosts, type Prepared } from './prepared.js';
import type { Completion, Utilities } from './types.js';

export interface Completed {
  selected: number[];
  /** The MES run behind the outcome (absent when greedy replaced it). */
  run?: MesRun;
  /** add1-comparison: how many voters have more approved winners under each outcome, and which was kept. */
  comparison?: Comparison;
  /** MES runs made (the initial one included). */
  runs: number;
}

/** `jump` false reruns at every one-unit step: the naive loop, kept to prove the jumps change nothing. */
export function completeMes(prepared: Prepared, utilities: Utilities, completion: Completion, jump = true): Completed {
  const { budget, unit } = prepared.election;
  const n = prepared.n === 0n ? 1n : prepared.n;
  let run = runMes(prepared, utilities, { num: budget, den: n });
  let runs = 1;
  if (completion !== 'none') {
    const stopWhenExhaustive = completion !== 'add1-no-stop' && completion !== 'add1-comparison';
    // Past the total cost of all projects each voter alone could pay for every project they support.
    const ceiling = prepared.costs.reduce((sum, c) => sum + c, 0n);
    let endowment = (budget / n / unit) * unit + unit;
    let untracked = 0;
    let misses = 0;
    while (!(stopWhenExhaustive && isExhaustive(prepared, run.selected)) && endowment <= ceiling) {
      const track = jump && untracked === 0;
      const next = runMes(prepared, utilities, { num: endowment, den: 1n }, track);
      runs++;
      if (sumCosts(prepared, next.selected) > budget) break;
      run = next;
      if (track && next.stableFor === null) break;
      const steps = track ? stepsUntilChange(next.stableFor!, unit) : 1n;
      // Tracking costs a third of a run. Where it keeps finding no jump (Wieliczka: the path changes within one
      // złoty at nearly every step) the next 1, 2, 4, then 8 runs step by one unit untracked; a jump resets this.
      if (track) misses = steps === 1n ? misses + 1 : 0;
      untracked = track ? (misses === 0 ? 0 : Math.min(MAX_UNTRACKED, 2 ** (misses - 1))) : untracked - 1;
      endowment += steps * unit;
    }
  }
  if (completion === 'add1-greedy') return { selected: fillGreedily(prepared, run.selected, budget), run, runs };
  if (completion === 'add1-comparison') {
    const greedy = selectGreedily(prepared, true);
    const comparison = compareWithGreedy(prepared, run.selected, greedy);
    return comparison.kept === 'greedy' ? { selected: greedy, runs, comparison } : { selected: run.selected, run, runs, comparison };
  }
  return { selected: run.selected, run, runs };
}

const MAX_UNTRACKED = 8;

/** The first whole number of units ≥ the stable range (at least one): before it every rerun gives the same outcome. */
const stepsUntilChange = (stableFor: Fraction, unit: bigint) => {
  const steps = ceilDiv(stableFor.num, stableFor.den * unit);
  return steps > 0n ? steps : 1n;
};

function isExhaustive(prepared: Prepared, selected: readonly number[]): boolean {
  const left = prepared.election.budget - sumCosts(prepared, selected);
  const chosen = new Set(selected);
  return prepared.costs.every((c, p) => chosen.has(p) || c > left);
}

export interface Comparison {
  preferMes: number;
  preferGreedy: number;
  kept: 'mes' | 'greedy';
}

/** Wieliczka's comparison: greedy is kept only if more voters have strictly more approved winners under it. */
function compareWithGreedy(prepared: Prepared, mes: readonly number[], greedy: readonly number[]): Comparison {
  const winners = (selected: readonly number[]) => {
    const count = prepared.weights.map(() => 0);
    for (const p of selected) for (const s of prepared.supporters[p]) count[s.group]++;
    return count;
  };
  const [underMes, underGreedy] = [winners(mes), winners(greedy)];
  let [preferMes, preferGreedy] = [0n, 0n];
  prepared.weights.forEach((w, g) => {
    if (underGreedy[g] > underMes[g]) preferGreedy += w;
    if (underGreedy[g] < underMes[g]) preferMes += w;
  });
  return { preferMes: Number(preferMes), preferGreedy: Number(preferGreedy), kept: preferGreedy > preferMes ? 'greedy' : 'mes' };
}
