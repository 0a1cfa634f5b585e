// Reads of participatory budgets: the budget, its projects (held ones only for officials), a project's review
// history, the votes per district with the project behind each option, and the stored results.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../../core/db/client.js';
import { people } from '../../../core/auth/schema.js';
import { participationVotes } from '../votes/schema.js';
import {
  participationBudgetOptions as bo, participationBudgetProjects as bp, participationBudgetResults as br, participationBudgetReviews as rv, participationBudgets,
} from './schema.js';

export async function findBudget(db: DbOrTx, id: number) {
  const [budget] = await db.select().from(participationBudgets).where(eq(participationBudgets.id, id));
  return budget ?? null;
}
export type Budget = NonNullable<Awaited<ReturnType<typeof findBudget>>>;

export const listProcessBudgets = (db: DbOrTx, processId: number) =>
  db.select().from(participationBudgets).where(eq(participationBudgets.processId, processId)).orderBy(asc(participationBudgets.id));

const projectColumns = {
  id: bp.id, budgetId: bp.budgetId, institutionId: bp.institutionId, title: bp.title, description: bp.description, cost: bp.cost,
  location: bp.location, comunaCode: bp.comunaCode, category: bp.category, district: bp.district, held: bp.held, verdict: bp.verdict,
  reviewedCost: bp.reviewedCost, answer: bp.answer, createdAt: bp.createdAt, authorName: people.name,
};

/** In creation order; held projects only when `withHeld` (officials). */
export function listProjects(db: DbOrTx, budgetId: number, withHeld: boolean) {
  return db.select(projectColumns).from(bp).leftJoin(people, eq(people.id, bp.authorId))
    .where(withHeld ? eq(bp.budgetId, budgetId) : and(eq(bp.budgetId, budgetId), eq(bp.held, false))).orderBy(asc(bp.id));
}
export type Project = Awaited<ReturnType<typeof listProjects>>[number];

export async function findProject(db: DbOrTx, id: number) {
  const [project] = await db.select(projectColumns).from(bp).leftJoin(people, eq(people.id, bp.authorId)).where(eq(bp.id, id));
  return project ?? null;
}

/** The public history of a project's technical review, oldest first; reviewers by display name. */
export const reviewsOf = (db: DbOrTx, projectIds: number[]) => projectIds.length === 0 ? Promise.resolve([]) :
  db.select({ projectId: rv.projectId, verdict: rv.verdict, cost: rv.cost, answer: rv.answer, reviewedAt: rv.reviewedAt, reviewer: people.name })
    .from(rv).innerJoin(people, eq(people.id, rv.reviewedBy)).where(inArray(rv.projectId, projectIds)).orderBy(asc(rv.id));

/** The budget's votes, one per district ('' when not split), each with its options' projects. */
export async function budgetVotes(db: DbOrTx, budgetId: number) {
  const rows = await db.select({ district: bo.district, voteId: bo.voteId, optionId: bo.optionId, projectId: bo.projectId, sealedAt: participationVotes.sealedAt,
    closesAt: participationVotes.closesAt })
    .from(bo).innerJoin(participationVotes, eq(participationVotes.id, bo.voteId)).where(eq(bo.budgetId, budgetId)).orderBy(asc(bo.district), asc(bo.optionId));
  const votes = new Map<number, { district: string; voteId: number; sealedAt: Date | null; closesAt: Date; projectOf: Map<number, number> }>();
  for (const r of rows) {
    let v = votes.get(r.voteId);
    if (!v) votes.set(r.voteId, (v = { district: r.district, voteId: r.voteId, sealedAt: r.sealedAt, closesAt: r.closesAt, projectOf: new Map() }));
    v.projectOf.set(r.optionId, r.projectId);
  }
  return [...votes.values()];
}
export type BudgetVote = Awaited<ReturnType<typeof budgetVotes>>[number];

export const storedResults = (db: DbOrTx, budgetId: number) =>
  db.select().from(br).where(eq(br.budgetId, budgetId)).orderBy(asc(br.district), asc(br.kind), asc(br.rule));
export type StoredResult = Awaited<ReturnType<typeof storedResults>>[number];
