// Issue 6: an admin of the institution may replace the computed outcome of a district, only with a published
// justification (at least OVERRIDE_MIN_JUSTIFICATION characters), audited in public. The computed rows stay: the
// results page shows both. The chosen projects must be feasible options of that district's ballot and fit its amount.
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../../../core/db/client.js';
import { appendAudit } from '../../../../core/audit/log.js';
import { badRequest, conflict } from '../../../../core/http/errors.js';
import { auditActor, type Actor } from '../../../../core/policy.js';
import { participationBudgetResults } from '../schema.js';
import type { Budget, BudgetVote } from '../queries.js';
import { electionOf } from '../election.js';

export const OVERRIDE_ACTION = 'participation.budget.results.override';
export const OVERRIDE_MIN_JUSTIFICATION = 80;

export async function overrideResults(tx: Tx, budget: Budget, vote: BudgetVote, selected: number[], justification: string, admin: Actor) {
  const text = justification.trim();
  if (text.length < OVERRIDE_MIN_JUSTIFICATION) throw badRequest('participation.budget.override.justification', { min: OVERRIDE_MIN_JUSTIFICATION });
  const [computed] = await tx.select().from(participationBudgetResults).where(and(eq(participationBudgetResults.budgetId, budget.id),
    eq(participationBudgetResults.district, vote.district), eq(participationBudgetResults.kind, 'computed'), eq(participationBudgetResults.rule, budget.rule)));
  if (!computed) throw conflict('participation.budget.notTallied');
  const election = await electionOf(tx, vote);
  const cost = new Map(election.projects.map((p) => [Number(p.id), p.cost]));
  if (new Set(selected).size !== selected.length || !selected.every((id) => cost.has(id))) throw badRequest('participation.budget.override.unknownProject');
  const total = selected.reduce((sum, id) => sum + cost.get(id)!, 0n);
  if (total > election.budget) throw badRequest('participation.budget.override.overBudget');
  await tx.delete(participationBudgetResults).where(and(eq(participationBudgetResults.budgetId, budget.id),
    eq(participationBudgetResults.district, vote.district), eq(participationBudgetResults.kind, 'override')));
  await tx.insert(participationBudgetResults).values({
    budgetId: budget.id, institutionId: budget.institutionId, district: vote.district, kind: 'override', rule: budget.rule, options: computed.options,
    selected, cost: total, explanation: computed.explanation, justification: text, decidedBy: admin.personId,
  });
  await appendAudit(tx, {
    actor: auditActor(admin), institutionId: budget.institutionId, action: OVERRIDE_ACTION, resourceType: 'participation_budget', resourceId: budget.id,
    public: true, summary: { district: vote.district, computed: computed.selected, selected, cost: total.toString(), justification: text },
  });
}
