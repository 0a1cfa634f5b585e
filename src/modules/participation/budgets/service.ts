// What the API and the pages share: loading a budget (404), who may do what (policy), submitting and reviewing
// projects at the right stage (409 naming the stage), and the results, computed on the first read after the close
// (after the seal, like the vote's own results) and stored.
import type { Db } from '../../../core/db/client.js';
import { conflict, denied, notFound } from '../../../core/http/errors.js';
import { consumeRateLimit } from '../../../core/http/rate-limit.js';
import { canActInModule, canAdministerInstitution, meetsVerification, type Actor } from '../../../core/policy.js';
import { ensureSealed } from '../votes/commands/seal-vote.js';
import type { BallotKeys } from '../votes/ballot-secrecy.js';
import { budgetVotes, findBudget, storedResults, type Budget } from './queries.js';
import { createProject, type CreateProjectInput } from './commands/create-project.js';
import { computeResults } from './commands/compute-results.js';
import { stageAt } from './validation.js';

/** Per person: a handful of project ideas an hour is plenty for a resident and slows a flood (as proposals). */
export const PROJECT_LIMIT = { max: 5, windowSeconds: 3600 };

export const canManageBudget = (actor: Actor | null, budget: Pick<Budget, 'institutionId'>) => canActInModule(actor, budget.institutionId, 'participation');
export const canOverrideResults = (actor: Actor | null, budget: Pick<Budget, 'institutionId'>) => canAdministerInstitution(actor, budget.institutionId);

export async function budgetOf(db: Db, id: number): Promise<Budget> {
  const budget = await findBudget(db, id);
  if (!budget) throw notFound();
  return budget;
}

export function requireManager(actor: Actor | null, budget: Pick<Budget, 'institutionId'>) {
  if (!canManageBudget(actor, budget)) throw denied(!!actor);
}

/** Residents propose during the ideas stage (email confirmed, rate-limited); officials add projects until voting opens. */
export async function submitProject(db: Db, actor: Actor | null, budget: Budget, input: Omit<CreateProjectInput, 'budgetId' | 'institutionId'>) {
  if (!actor) throw denied(false);
  const official = canManageBudget(actor, budget);
  const stage = stageAt(budget, new Date());
  if (official ? stage === 'voting' || stage === 'results' : stage !== 'ideas') throw conflict('participation.budget.ideasClosed');
  if (!official && !meetsVerification(actor, 'email')) throw denied(true);
  if (input.district !== null && !budget.districts.some((d) => d.code === input.district)) throw conflict('participation.budget.unknownDistrict');
  if (input.district === null && budget.districts.length > 0) throw conflict('participation.budget.needsDistrict');
  return db.transaction(async (tx) => {
    if (!official) await consumeRateLimit(tx, { key: `participation.budgetProject:${actor.personId}`, ...PROJECT_LIMIT });
    return createProject(tx, { ...input, budgetId: budget.id, institutionId: budget.institutionId }, actor, official);
  });
}

/** Reviews are written in the technical-review stage (or before): once voting opens the ballot is fixed. */
export function reviewProblem(budget: Budget, now: Date) {
  const stage = stageAt(budget, now);
  return stage === 'voting' || stage === 'results' ? conflict('participation.budget.reviewClosed') : null;
}

/** The stored results, computing them the first time after every district's vote is closed and sealed; null before. */
export async function resultsOf(db: Db, budget: Budget, keys: BallotKeys) {
  const votes = await budgetVotes(db, budget.id);
  if (votes.length === 0 || votes.some((v) => v.closesAt.getTime() > Date.now())) return null;
  for (const v of votes) await ensureSealed(db, { id: v.voteId, sealedAt: v.sealedAt }, keys);
  let rows = await storedResults(db, budget.id);
  if (!rows.some((r) => r.kind === 'computed')) {
    await db.transaction((tx) => computeResults(tx, budget, votes));
    rows = await storedResults(db, budget.id);
  }
  return { votes, rows };
}
