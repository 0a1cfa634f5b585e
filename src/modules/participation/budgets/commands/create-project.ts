// A project enters a participatory budget: proposed by a signed-in resident during the ideas stage or added by an
// official. Spam-like text (participation/spam.ts) is held until an official reviews it, never refused; the audit
// row names the author only by id (the public page shows the display name).
import type { Tx } from '../../../../core/db/client.js';
import { appendAudit } from '../../../../core/audit/log.js';
import { auditActor, type Actor } from '../../../../core/policy.js';
import { spamReasons } from '../../spam.js';
import { participationBudgetProjects } from '../schema.js';

export const CREATE_PROJECT_ACTION = 'participation.budget.project.create';

export interface CreateProjectInput {
  budgetId: number;
  institutionId: number;
  title: string;
  description: string;
  cost: bigint;
  location: string;
  comunaCode: string | null;
  category: string;
  district: string | null;
}

export async function createProject(tx: Tx, input: CreateProjectInput, author: Actor, byOfficial: boolean) {
  const spam = byOfficial ? [] : spamReasons(input.title, input.description);
  const [project] = await tx.insert(participationBudgetProjects)
    .values({ ...input, authorId: author.personId, held: spam.length > 0 }).returning();
  await appendAudit(tx, {
    actor: auditActor(author), institutionId: input.institutionId, action: CREATE_PROJECT_ACTION, resourceType: 'participation_budget_project',
    resourceId: project!.id, public: spam.length === 0,
    summary: { budgetId: input.budgetId, title: input.title, cost: input.cost.toString(), district: input.district, ...(spam.length ? { held: spam } : {}) },
  });
  return project!;
}
