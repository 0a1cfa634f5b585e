// A pabulib instance into the platform (`cabildo pb import`): a process holding a participatory budget, its projects
// (feasible, as the city put them on the ballot), and its votes as the bulletin of a closed, sealed vote — ballots
// with their choices (and points) and a fresh random receipt hash each, no participations: the file has no people.
// Then the results are computed like any sealed budget's. One transaction: a bad file changes nothing.
import { randomBytes } from 'node:crypto';
import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Tx } from '../../../core/db/client.js';
import { people, roleAssignments } from '../../../core/auth/schema.js';
import type { Actor } from '../../../core/policy.js';
import { createProcess } from '../processes/commands/create-process.js';
import { createVote } from '../votes/commands/create-vote.js';
import { participationBallots, participationVotes, type BudgetBallotKind } from '../votes/schema.js';
import { receiptHash } from '../votes/receipts.js';
import { participationBudgetOptions, participationBudgetProjects } from './schema.js';
import { createBudget } from './commands/create-budget.js';
import { computeResults } from './commands/compute-results.js';
import { budgetVotes, findBudget } from './queries.js';
import { buildElection, type PabulibInstance } from './tally/index.js';

const DAY = 86_400_000;

/** Who the import acts as: the institution's first admin, else its first official with the participation permission. */
export async function importingOfficial(tx: Tx, institutionId: number): Promise<Actor | null> {
  const [row] = await tx.select({ id: people.id, name: people.name }).from(roleAssignments).innerJoin(people, eq(people.id, roleAssignments.personId))
    .where(and(eq(roleAssignments.institutionId, institutionId), or(eq(roleAssignments.role, 'institution_admin'),
      and(eq(roleAssignments.role, 'official'), sql`'participation' = any(${roleAssignments.permissions})`))))
    .orderBy(asc(roleAssignments.id)).limit(1);
  return row ? { personId: row.id, name: row.name, emailConfirmed: true, verification: 'none', roles: [], via: 'session' } : null;
}

/** pabulib's dd.mm.yyyy (or yyyy-mm-dd) dates; null when absent or unreadable. */
function fileDate(text: string | undefined): Date | null {
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text ?? '') ?? null;
  const d = m ? new Date(Date.UTC(Number(m[3]), Number(m[2]) - 1, Number(m[1]))) : new Date(text ?? '');
  return Number.isNaN(d.getTime()) ? null : d;
}

export async function importPabulib(tx: Tx, instance: PabulibInstance, institutionId: number, official: Actor) {
  const election = buildElection(instance);
  const kind: BudgetBallotKind = instance.voteType === 'cumulative' || instance.voteType === 'scoring' ? 'cumulative' : 'approval';
  const closes = fileDate(instance.meta.date_end) ?? new Date(Date.now() - DAY);
  const opens = fileDate(instance.meta.date_begin) ?? new Date(closes.getTime() - DAY);
  const at = { ideasAt: opens, reviewAt: opens, votingAt: opens, resultsAt: closes > opens ? closes : new Date(opens.getTime() + DAY) };
  const title = [instance.meta.description, instance.meta.unit, instance.meta.instance].filter(Boolean).join(' · ') || 'pabulib';
  const { process } = await createProcess(tx, { institutionId, title, description: `Importado de pabulib (${instance.meta.country ?? ''}).`,
    scope: 'comuna', scopeCode: '00000', phases: [{ title: 'Votación', startsAt: at.votingAt, endsAt: at.resultsAt, components: ['budget'] }] }, official);
  const rule = (instance.meta.rule ?? '').startsWith('equalshares') ? 'mes' : 'greedy';
  const maxPoints = Number(instance.meta.max_sum_points ?? 0) || Math.max(1, ...(instance.votes.map((v) => (v.points ?? []).reduce((a, b) => a + b, 0))));
  const budget = await createBudget(tx, { institutionId, processId: process.id, title, description: instance.meta.comment ?? '', total: election.budget, districts: [], ...at,
    ballotKind: kind, minProjects: null, maxProjects: null, minSpend: null, points: kind === 'cumulative' ? maxPoints : null, rule,
    utilities: kind === 'cumulative' ? 'approval' : 'cost', completion: 'add1' }, official);
  const projects = await tx.insert(participationBudgetProjects).values(instance.projects.map((p, i) => ({
    budgetId: budget.id, institutionId, title: p.name || `#${p.id}`, description: p.extra.description ?? '', cost: election.projects[i]!.cost,
    category: p.category ?? '', verdict: 'feasible' as const, reviewedCost: election.projects[i]!.cost, answer: `pabulib project ${p.id}`,
  }))).returning({ id: participationBudgetProjects.id });
  const { vote, options } = await createVote(tx, {
    institutionId, processId: process.id, title, description: '', options: projects.map((_, i) => instance.projects[i]!.name || `#${instance.projects[i]!.id}`),
    costs: election.projects.map((p) => p.cost), choice: 'multiple', maxChoices: Math.min(100, projects.length), opensAt: at.votingAt, closesAt: at.resultsAt,
    allowReplace: false, eligibilityListId: null, minTurnoutPercent: null, eligibleCount: null,
    ballotRule: { budgetId: budget.id, kind, limit: election.budget.toString(), ...(kind === 'cumulative' ? { points: maxPoints } : {}) },
  }, official);
  await tx.insert(participationBudgetOptions).values(options.map((o, i) => ({ optionId: o.id, voteId: vote.id, budgetId: budget.id, projectId: projects[i]!.id })));
  const optionOf = new Map(instance.projects.map((p, i) => [p.id, options[i]!.id]));
  const ballots = election.ballots.map((b) => {
    const entries = Object.entries(b).map(([id, points]) => [optionOf.get(id)!, points] as const).sort((x, y) => x[0] - y[0]);
    return { voteId: vote.id, institutionId, receiptHash: receiptHash(randomBytes(20).toString('hex')), choices: entries.map((e) => e[0]),
      points: kind === 'cumulative' ? entries.map((e) => e[1]) : null };
  });
  for (let i = 0; i < ballots.length; i += 1000) await tx.insert(participationBallots).values(ballots.slice(i, i + 1000));
  await tx.update(participationVotes).set({ sealedAt: new Date() }).where(inArray(participationVotes.id, [vote.id]));
  await computeResults(tx, (await findBudget(tx, budget.id))!, await budgetVotes(tx, budget.id));
  return { budgetId: budget.id, voteId: vote.id, projects: projects.length, ballots: ballots.length };
}
