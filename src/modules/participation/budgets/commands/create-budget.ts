// An official creates a participatory budget inside a process of their institution: one row, one public audit entry
// with its settings (DESIGN.md rule 2).
import type { Tx } from '../../../../core/db/client.js';
import { appendAudit } from '../../../../core/audit/log.js';
import { auditActor, type Actor } from '../../../../core/policy.js';
import { participationBudgets } from '../schema.js';

export const CREATE_BUDGET_ACTION = 'participation.budget.create';

export type CreateBudgetInput = Omit<typeof participationBudgets.$inferInsert, 'id' | 'createdBy' | 'createdAt'>;

export async function createBudget(tx: Tx, input: CreateBudgetInput, official: Actor) {
  const [budget] = await tx.insert(participationBudgets).values({ ...input, createdBy: official.personId }).returning();
  await appendAudit(tx, {
    actor: auditActor(official), institutionId: input.institutionId, action: CREATE_BUDGET_ACTION, resourceType: 'participation_budget',
    resourceId: budget!.id, public: true,
    summary: { title: input.title, processId: input.processId, total: input.total.toString(), districts: input.districts ?? [], ballotKind: input.ballotKind,
      rule: input.rule, utilities: input.utilities ?? 'cost', completion: input.completion ?? 'add1' },
  });
  return budget!;
}
