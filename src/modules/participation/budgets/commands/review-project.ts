// The technical review (issue 6): before voting, an official says whether a project is feasible, with a public
// reasoned answer and the reviewed cost the ballot will use. Each review is kept (the public history); the latest
// is copied onto the project. Reviewing a held project releases it: the reviewer has read it.
import { eq } from 'drizzle-orm';
import type { Tx } from '../../../../core/db/client.js';
import { appendAudit } from '../../../../core/audit/log.js';
import { auditActor, type Actor } from '../../../../core/policy.js';
import { participationBudgetProjects, participationBudgetReviews, type ReviewVerdict } from '../schema.js';

export const REVIEW_PROJECT_ACTION = 'participation.budget.project.review';

export interface ReviewInput { projectId: number; institutionId: number; verdict: ReviewVerdict; cost: bigint; answer: string }

export async function reviewProject(tx: Tx, input: ReviewInput, official: Actor) {
  const [review] = await tx.insert(participationBudgetReviews).values({
    projectId: input.projectId, institutionId: input.institutionId, verdict: input.verdict, cost: input.cost, answer: input.answer, reviewedBy: official.personId,
  }).returning();
  await tx.update(participationBudgetProjects).set({ verdict: input.verdict, reviewedCost: input.cost, answer: input.answer, held: false })
    .where(eq(participationBudgetProjects.id, input.projectId));
  await appendAudit(tx, {
    actor: auditActor(official), institutionId: input.institutionId, action: REVIEW_PROJECT_ACTION, resourceType: 'participation_budget_project',
    resourceId: input.projectId, public: true, summary: { verdict: input.verdict, cost: input.cost.toString(), answer: input.answer },
  });
  return review!;
}
