// An official opens the voting stage: for each district (or once, when the budget is not split) a binding vote
// (votes/) whose options are the feasible projects at their reviewed cost, with the budget's ballot rule, open from
// the voting date to the results date. Ballots then get the votes machinery as it is: one per verified person,
// encrypted until the seal, receipts, bulletin, assisted paper ballots. The option ↔ project map is kept.
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../../../core/db/client.js';
import { conflict } from '../../../../core/http/errors.js';
import type { Actor } from '../../../../core/policy.js';
import { createVote } from '../../votes/commands/create-vote.js';
import type { BudgetBallotRule } from '../../votes/schema.js';
import { participationBudgetOptions, participationBudgetProjects } from '../schema.js';
import type { Budget } from '../queries.js';

export async function openVoting(tx: Tx, budget: Budget, official: Actor) {
  const [existing] = await tx.select({ id: participationBudgetOptions.voteId }).from(participationBudgetOptions)
    .where(eq(participationBudgetOptions.budgetId, budget.id)).limit(1);
  if (existing) throw conflict('participation.budget.votingExists');
  const feasible = await tx.select().from(participationBudgetProjects)
    .where(and(eq(participationBudgetProjects.budgetId, budget.id), eq(participationBudgetProjects.verdict, 'feasible'))).orderBy(participationBudgetProjects.id);
  const districts = budget.districts.length > 0 ? budget.districts : [{ code: '', amount: budget.total.toString() }];
  const voteIds: number[] = [];
  for (const d of districts) {
    const projects = feasible.filter((p) => (d.code === '' ? true : p.district === d.code));
    if (projects.length === 0) throw conflict('participation.budget.noFeasible', { district: d.code || '—' });
    const ballotRule: BudgetBallotRule = {
      budgetId: budget.id, kind: budget.ballotKind, limit: d.amount,
      ...(budget.minSpend !== null ? { minSpend: budget.minSpend.toString() } : {}),
      ...(budget.minProjects !== null ? { minProjects: budget.minProjects } : {}),
      ...(budget.maxProjects !== null ? { maxProjects: budget.maxProjects } : {}),
      ...(budget.points !== null ? { points: budget.points } : {}),
    };
    const { vote, options } = await createVote(tx, {
      institutionId: budget.institutionId, processId: budget.processId, title: d.code ? `${budget.title} (${d.code})` : budget.title,
      description: budget.description, options: projects.map((p) => p.title), costs: projects.map((p) => p.reviewedCost ?? p.cost),
      choice: 'multiple', maxChoices: Math.min(100, budget.maxProjects ?? projects.length), opensAt: budget.votingAt, closesAt: budget.resultsAt,
      allowReplace: false, eligibilityListId: null, minTurnoutPercent: null, eligibleCount: null, ballotRule,
    }, official);
    await tx.insert(participationBudgetOptions).values(options.map((o, i) => ({ optionId: o.id, voteId: vote.id, budgetId: budget.id, projectId: projects[i]!.id, district: d.code })));
    voteIds.push(vote.id);
  }
  return voteIds;
}
