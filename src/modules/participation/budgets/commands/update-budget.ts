// An official edits a participatory budget before its voting opens: once ballots exist, the amounts and the rules
// they were cast under are fixed (issue 6: the tallying rule is published with the results). Audited with the new
// settings in public.
import { eq } from 'drizzle-orm';
import type { Tx } from '../../../../core/db/client.js';
import { appendAudit } from '../../../../core/audit/log.js';
import { conflict } from '../../../../core/http/errors.js';
import { auditActor, type Actor } from '../../../../core/policy.js';
import { participationBudgetOptions, participationBudgets } from '../schema.js';
import type { CreateBudgetInput } from './create-budget.js';

export const UPDATE_BUDGET_ACTION = 'participation.budget.update';

export async function updateBudget(tx: Tx, budgetId: number, input: CreateBudgetInput, official: Actor) {
  const [opened] = await tx.select({ id: participationBudgetOptions.voteId }).from(participationBudgetOptions)
    .where(eq(participationBudgetOptions.budgetId, budgetId)).limit(1);
  if (opened) throw conflict('participation.budget.votingExists');
  const { institutionId, processId: _fixed, ...fields } = input;
  const [budget] = await tx.update(participationBudgets).set(fields).where(eq(participationBudgets.id, budgetId)).returning();
  await appendAudit(tx, {
    actor: auditActor(official), institutionId, action: UPDATE_BUDGET_ACTION, resourceType: 'participation_budget', resourceId: budgetId, public: true,
    summary: { title: input.title, total: input.total.toString(), districts: input.districts ?? [], ballotKind: input.ballotKind, rule: input.rule,
      stages: [input.ideasAt, input.reviewAt, input.votingAt, input.resultsAt].map((d) => d.toISOString()) },
  });
  return budget!;
}
