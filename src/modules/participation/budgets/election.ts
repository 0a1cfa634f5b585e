// A budget vote's sealed bulletin as the tally library's election (budgets/tally): projects in option order (the
// last tie-breaker, documented in tally/), costs in whole pesos (unit 1), the district's amount as the budget, and
// each ballot's points (1 per approval). Project ids are the platform's project ids, as text.
import type { DbOrTx } from '../../../core/db/client.js';
import { findVote, voteBulletin } from '../votes/queries.js';
import type { BudgetVote } from './queries.js';
import type { Ballot, Election } from './tally/index.js';

export async function electionOf(db: DbOrTx, vote: BudgetVote): Promise<Election> {
  const definition = (await findVote(db, vote.voteId))!;
  const ballots = (await voteBulletin(db, vote.voteId)).map((b): Ballot =>
    Object.fromEntries(b.choices.map((optionId, i) => [String(vote.projectOf.get(optionId)), 'points' in b && b.points ? b.points[i]! : 1])));
  return {
    projects: definition.options.map((o) => ({ id: String(vote.projectOf.get(o.id)), cost: BigInt(o.cost ?? '0') })),
    budget: BigInt(definition.ballotRule!.limit),
    unit: 1n,
    ballots,
  };
}
