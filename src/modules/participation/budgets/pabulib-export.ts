// A budget's district as a pabulib file (pabulib.org; Faliszewski et al., IJCAI 2023): META with the budget and the
// rule, PROJECTS with the votes each got and whether it was funded, VOTES from the sealed bulletin, numbered in
// bulletin order (by receipt hash): no person, no receipt, no time — anonymous by construction.
import type { DbOrTx } from '../../../core/db/client.js';
import { electionOf } from './election.js';
import { listProjects, type Budget, type BudgetVote, type StoredResult } from './queries.js';
import { writePabulib } from './tally/index.js';

export async function budgetPabulib(db: DbOrTx, budget: Budget, vote: BudgetVote, results: StoredResult[]): Promise<string> {
  const election = await electionOf(db, vote);
  const names = new Map((await listProjects(db, budget.id, false)).map((p) => [String(p.id), p]));
  const outcome = results.find((r) => r.district === vote.district && r.kind === 'override') ?? results.find((r) => r.district === vote.district && r.rule === budget.rule);
  const funded = new Set((outcome?.selected ?? []).map(String));
  const votes = new Map<string, number>();
  for (const b of election.ballots) for (const id of Object.keys(b)) votes.set(id, (votes.get(id) ?? 0) + 1);
  const points = budget.ballotKind === 'cumulative';
  return writePabulib({
    meta: {
      description: budget.title, country: 'Chile', unit: vote.district || String(budget.institutionId), instance: String(budget.id),
      num_projects: String(election.projects.length), num_votes: String(election.ballots.length),
      rule: budget.rule === 'mes' ? `equalshares/${budget.completion}` : 'greedy', date_begin: budget.votingAt.toISOString().slice(0, 10),
      date_end: budget.resultsAt.toISOString().slice(0, 10), currency: 'CLP',
    },
    budget: { value: election.budget, decimals: 0 },
    voteType: budget.ballotKind === 'cumulative' ? 'cumulative' : 'approval',
    projectColumns: ['project_id', 'cost', 'votes', 'name', 'category', 'selected'],
    projects: election.projects.map((p) => ({ id: p.id, cost: { value: p.cost, decimals: 0 }, name: names.get(p.id)?.title ?? '', category: names.get(p.id)?.category ?? '',
      extra: { votes: String(votes.get(p.id) ?? 0), selected: funded.has(p.id) ? '1' : '0' } })),
    voteColumns: points ? ['voter_id', 'vote', 'points'] : ['voter_id', 'vote'],
    votes: election.ballots.map((b, i) => ({ voterId: String(i + 1), vote: Object.keys(b), ...(points ? { points: Object.values(b) } : {}), extra: {} })),
  });
}
