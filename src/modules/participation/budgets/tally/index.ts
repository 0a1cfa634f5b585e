// Participatory-budget tallying: greedy and the Method of Equal Shares with its completions, on elections built from
// the platform's PB tables or from pabulib files. Pure functions, no database.
// Public: tally, buildElection, parsePabulib, writePabulib and their types.
import { completeMes } from './completion.js';
import { explain, type Explanation } from './explain.js';
import { selectGreedily } from './greedy.js';
import { sumCosts, prepareElection } from './prepared.js';
import type { Election, ProjectId, TallyOptions } from './types.js';

export interface TallyResult {
  /** In the order the rule selected them. */
  selected: ProjectId[];
  cost: bigint;
  explanation: Explanation;
}

/** Defaults: MES with cost utilities and the add1 completion (SOURCES.md). */
export function tally(election: Election, options: TallyOptions): TallyResult {
  const prepared = prepareElection(election);
  const ids = (selected: readonly number[]) => selected.map((p) => election.projects[p].id);
  if (options.rule !== 'mes') {
    const skip = options.rule === 'greedy';
    const selected = selectGreedily(prepared, skip);
    return { selected: ids(selected), cost: sumCosts(prepared, selected), explanation: explain(prepared, selected, undefined, skip) };
  }
  const completed = completeMes(prepared, options.utilities ?? 'cost', options.completion ?? 'add1');
  const { selected } = completed;
  return { selected: ids(selected), cost: sumCosts(prepared, selected), explanation: explain(prepared, selected, completed) };
}

export { buildElection, formatMoney } from './from-pabulib.js';
export { parsePabulib } from '../pabulib/parse.js';
export { writePabulib } from '../pabulib/write.js';
export { PabulibError, type PabulibInstance, type PabulibProject, type PabulibVote, type Amount } from '../pabulib/instance.js';
export type { Explanation, FundedProject, UnfundedProject } from './explain.js';
export type { Comparison } from './completion.js';
export * from './types.js';
