// The election the tallying rules read: what a pabulib file or the platform's own PB tables both reduce to.
// Money is integer (bigint) in the election's smallest unit: pesos for the platform; a pabulib file with decimals
// (e.g. a budget of 969245.38) is scaled to cents and says so with `unit` (the size of one currency unit, the step
// of the add1 completion).

export type ProjectId = string;

export interface ElectionProject {
  id: ProjectId;
  cost: bigint;
}

/** The points a voter gave each project they support; an approval is 1 point. An empty ballot still counts in n. */
export type Ballot = Readonly<Record<ProjectId, number>>;

export interface Election {
  /** In file (or creation) order: the last tie-breaker. */
  projects: readonly ElectionProject[];
  budget: bigint;
  /** One currency unit in the election's money (1n for whole pesos, 100n when amounts are cents). */
  unit: bigint;
  ballots: readonly Ballot[];
}

export type Rule = 'greedy' | 'greedy-no-skip' | 'mes';
/** `cost`: a supporter's utility is points × cost (cities using MES); `approval`: it is the points (1 per approval). */
export type Utilities = 'cost' | 'approval';
export type Completion = 'none' | 'add1' | 'add1-greedy' | 'add1-no-stop' | 'add1-comparison';

export const RULES: readonly Rule[] = ['greedy', 'greedy-no-skip', 'mes'];
export const UTILITIES: readonly Utilities[] = ['cost', 'approval'];
export const COMPLETIONS: readonly Completion[] = ['none', 'add1', 'add1-greedy', 'add1-no-stop', 'add1-comparison'];

export interface TallyOptions {
  rule: Rule;
  utilities?: Utilities;
  completion?: Completion;
}
