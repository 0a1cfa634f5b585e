// Tallying a sealed participatory budget (issue 6): for every district, the bulletin becomes an election and both
// rules run on it, the budget's own (published when it was created) and the other one, for the side-by-side view.
// The computed rows are replaced on each computation (it is deterministic: the same bulletin gives the same rows);
// an override row is never touched here.
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../../../core/db/client.js';
import { appendAudit } from '../../../../core/audit/log.js';
import { SYSTEM_ACTOR } from '../../../../core/auth/actor.js';
import { participationBudgetResults } from '../schema.js';
import type { Budget, BudgetVote } from '../queries.js';
import { electionOf } from '../election.js';
import { utilitiesFor } from '../validation.js';
import { tally, type Completion, type Election, type TallyOptions } from '../tally/index.js';

export const COMPUTE_RESULTS_ACTION = 'participation.budget.results.compute';

/** The options each rule runs with: the budget's for its rule; the default MES (add1) or plain greedy for the other. */
export function ruleOptions(budget: Pick<Budget, 'rule' | 'utilities' | 'completion' | 'ballotKind'>, rule: 'greedy' | 'mes'): TallyOptions {
  if (rule === 'greedy') return { rule };
  if (budget.rule === 'mes') return { rule, utilities: budget.utilities, completion: budget.completion as Completion };
  return { rule, utilities: utilitiesFor(budget.ballotKind), completion: 'add1' };
}

export function tallyBoth(budget: Budget, election: Election) {
  return (['mes', 'greedy'] as const).map((rule) => {
    const options = ruleOptions(budget, rule);
    return { rule, options, ...tally(election, options) };
  });
}

export async function computeResults(tx: Tx, budget: Budget, votes: BudgetVote[]) {
  for (const vote of votes) {
    const outcomes = tallyBoth(budget, await electionOf(tx, vote));
    await tx.delete(participationBudgetResults).where(and(eq(participationBudgetResults.budgetId, budget.id),
      eq(participationBudgetResults.district, vote.district), eq(participationBudgetResults.kind, 'computed')));
    await tx.insert(participationBudgetResults).values(outcomes.map((o) => ({
      budgetId: budget.id, institutionId: budget.institutionId, district: vote.district, kind: 'computed' as const, rule: o.rule,
      options: { utilities: o.options.utilities, completion: o.options.completion }, selected: o.selected.map(Number), cost: o.cost, explanation: o.explanation,
    })));
  }
  await appendAudit(tx, {
    actor: SYSTEM_ACTOR, institutionId: budget.institutionId, action: COMPUTE_RESULTS_ACTION, resourceType: 'participation_budget', resourceId: budget.id,
    public: true, summary: { districts: votes.map((v) => v.district) },
  });
}
