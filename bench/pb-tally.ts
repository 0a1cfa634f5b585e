// Tallying the largest real instance (Wieliczka 2023 Green Budget: 6,586 ballots, 64 projects; pabulib, Faliszewski
// et al., IJCAI 2023; read from ../shared/data/pb/) with greedy and with MES + completion, side by side in one run with
// the naive add1 loop (a MES rerun at every one-unit step). Target: MES + completion under 1 s.
//   npx tsx bench/pb-tally.ts            BENCH_RUNS (default 15) runs per row; never part of the test suite.
// BENCH_SMALL_UNIT=1 adds one run with the money counted in grosze (a unit 100 times smaller, as with forints), where
// the naive loop would need about 100 times more runs.
import { loadavg } from 'node:os';
import { parsePabulib } from '../src/modules/participation/budgets/pabulib/parse.js';
import { readReal } from '../src/modules/participation/budgets/pabulib/real-files.js';
import { completeMes } from '../src/modules/participation/budgets/tally/completion.js';
import { selectGreedily } from '../src/modules/participation/budgets/tally/greedy.js';
import { tally, buildElection } from '../src/modules/participation/budgets/tally/index.js';
import { prepareElection } from '../src/modules/participation/budgets/tally/prepared.js';
import type { Completion } from '../src/modules/participation/budgets/tally/types.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const election = buildElection(parsePabulib(readReal('Poland_Wieliczka_2023_Green_Budget')));
const prepared = prepareElection(election);

function measure(label: string, work: () => number | void) {
  const times: number[] = [];
  let runs: number | void = undefined;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    runs = work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)];
  console.log(`${label.padEnd(44)} ${at(0.5).toFixed(0).padStart(7)} ${at(0.95).toFixed(0).padStart(7)} ${String(runs ?? '').padStart(9)}`);
}

console.log(`Wieliczka 2023: ${election.ballots.length} ballots, ${election.projects.length} projects, ${prepared.weights.length} distinct ballots; ${RUNS} runs each; load ${loadavg()[0].toFixed(2)}`);
console.log(`${'rule'.padEnd(44)} ${'median'.padStart(7)} ${'p95'.padStart(7)} ${'MES runs'.padStart(9)}   (ms)`);
measure('greedy (tally, with explanation)', () => void tally(election, { rule: 'greedy' }));
measure('greedy (outcome only)', () => void selectGreedily(prepared, true));
measure('mes, no completion', () => completeMes(prepared, 'cost', 'none').runs);
for (const completion of ['add1', 'add1-comparison'] as Completion[]) {
  measure(`mes + ${completion} (jumps)`, () => completeMes(prepared, 'cost', completion).runs);
  measure(`mes + ${completion} (one-unit steps, naive)`, () => completeMes(prepared, 'cost', completion, false).runs);
}
measure('tally mes + add1 (with explanation)', () => void tally(election, { rule: 'mes' }));

if (process.env.BENCH_SMALL_UNIT) {
  const grosze = prepareElection({ ...election, budget: election.budget * 100n, unit: 1n, projects: election.projects.map((p) => ({ ...p, cost: p.cost * 100n })) });
  const start = performance.now();
  const { runs, run } = completeMes(grosze, 'cost', 'add1');
  const steps = run!.endowment.num - grosze.election.budget / grosze.n;
  console.log(`mes + add1 in grosze (jumps): ${(performance.now() - start).toFixed(0)} ms, ${runs} MES runs where one-unit steps need about ${steps + 1n}`);
}
