// Demo content of participatory budgets: Temuco's 2027 budget, knapsack ballots and the Method of Equal Shares,
// already tallied. The demo residents vote through castBallot; a few hundred synthetic ballots (deterministic
// pseudo-random, drawn from each part of the city's preferences — never the real pabulib instances, which stay test
// data) are written in the same encrypted form as if cast; the seal then publishes them all in the bulletin and the
// results are computed under both rules, side by side. The synthetic ballots have no participation (no people):
// turnout counts people, the bulletin counts ballots.
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Tx } from '../../../core/db/client.js';
import { people } from '../../../core/auth/schema.js';
import type { Actor } from '../../../core/policy.js';
import { castBallot } from '../votes/commands/cast-ballot.js';
import { sealVoteRows } from '../votes/commands/seal-vote.js';
import { deriveBallotKeys, encryptBallot, receiptTag } from '../votes/ballot-secrecy.js';
import { newReceipt, receiptHash } from '../votes/receipts.js';
import { participationBallots, participationVotes } from '../votes/schema.js';
import { findVote } from '../votes/queries.js';
import { participationBudgets } from './schema.js';
import { createBudget } from './commands/create-budget.js';
import { createProject } from './commands/create-project.js';
import { reviewProject } from './commands/review-project.js';
import { openVoting } from './commands/open-voting.js';
import { computeResults } from './commands/compute-results.js';
import { budgetVotes, findBudget, storedResults } from './queries.js';
import { DEMO_PROJECTS, DEMO_TOTAL, FEASIBLE_ANSWER, UNFEASIBLE_ANSWER } from './seed-projects.js';

const DAY = 86_400_000;
const SYNTHETIC_BALLOTS = 360;
/** Share of voters from each part of the city (the centre is the majority a greedy count would serve first). */
const AREAS = [['centro', 0.45], ['poniente', 0.33], ['labranza', 0.22]] as const;

/** mulberry32: a tiny seeded generator, so the demo's ballots are the same on every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A knapsack ballot: the voter's own area's projects (and the city-wide one) first, in random order, while they fit. */
function drawBallot(next: () => number, options: Array<{ id: number; cost: bigint; area: string }>) {
  const pick = next();
  let acc = 0;
  const area = AREAS.find(([, share]) => (acc += share) > pick)?.[0] ?? 'centro';
  const ranked = options.map((o) => ({ o, key: (o.area === area ? 2 : o.area === 'all' ? 1 : 0) + next() * 1.5 })).sort((a, b) => b.key - a.key);
  const want = 1 + Math.floor(next() * 4);
  let left = DEMO_TOTAL;
  const chosen: number[] = [];
  for (const { o } of ranked) {
    if (chosen.length >= want) break;
    if (o.cost <= left) { chosen.push(o.id); left -= o.cost; }
  }
  return chosen;
}

export async function seedBudgetDemo(tx: Tx, ctx: { processId: number; institutionId: number; officialId: number; residentIds: number[] }) {
  const [person] = await tx.select({ name: people.name }).from(people).where(eq(people.id, ctx.officialId));
  const official: Actor = { personId: ctx.officialId, name: person!.name, emailConfirmed: true, verification: 'none', roles: [], via: 'session' };
  const at = (days: number) => new Date(Math.floor((Date.now() + days * DAY) / 3600_000) * 3600_000);
  const created = await createBudget(tx, {
    institutionId: ctx.institutionId, processId: ctx.processId, title: 'Presupuesto Participativo Temuco 2027',
    description: 'La Municipalidad de Temuco destina $300.000.000 del presupuesto municipal 2027 a proyectos propuestos y votados por '
      + 'los vecinos. Cada persona elige proyectos sin pasarse del presupuesto; los ganadores se calculan con el Método de Partes Iguales.',
    total: DEMO_TOTAL, districts: [], ideasAt: at(-100), reviewAt: at(-70), votingAt: at(-45), resultsAt: at(1),
    ballotKind: 'knapsack', minProjects: 1, maxProjects: null, minSpend: null, points: null, rule: 'mes', utilities: 'cost', completion: 'add1',
  }, official);
  const area = new Map<number, string>();
  for (const p of DEMO_PROJECTS) {
    const project = await createProject(tx, { budgetId: created.id, institutionId: ctx.institutionId, title: p.title, description: p.description,
      cost: p.cost, location: p.location, comunaCode: '09101', category: p.category, district: null }, official, true);
    await reviewProject(tx, { projectId: project.id, institutionId: ctx.institutionId, verdict: p.feasible === false ? 'unfeasible' : 'feasible', cost: p.cost,
      answer: p.feasible === false ? UNFEASIBLE_ANSWER : FEASIBLE_ANSWER }, official);
    area.set(project.id, p.area);
  }
  const [voteId] = await openVoting(tx, (await findBudget(tx, created.id))!, official);
  const [vote] = await budgetVotes(tx, created.id);
  const options = (await findVote(tx, voteId!))!.options.map((o) => ({ id: o.id, cost: BigInt(o.cost!), area: area.get(vote!.projectOf.get(o.id)!)! }));

  const keys = deriveBallotKeys(randomBytes(32).toString('hex'));
  const next = random(2027);
  for (const personId of ctx.residentIds) {
    await castBallot(tx, { voteId: voteId!, institutionId: ctx.institutionId, personId, choices: drawBallot(next, options), allowReplace: false, keys });
  }
  const synthetic = Array.from({ length: SYNTHETIC_BALLOTS }, () => {
    const receipt = newReceipt();
    const choices = drawBallot(next, options).sort((a, b) => a - b);
    return { voteId: voteId!, institutionId: ctx.institutionId, receiptTag: receiptTag(keys, receipt), encrypted: encryptBallot(keys, voteId!, { receiptHash: receiptHash(receipt), choices }) };
  });
  await tx.insert(participationBallots).values(synthetic);
  // Ballots are taken only while a vote is open (on the database's clock): the demo's past closing date is set after.
  await tx.update(participationVotes).set({ closesAt: at(-31) }).where(eq(participationVotes.id, voteId!));
  await tx.update(participationBudgets).set({ resultsAt: at(-31) }).where(eq(participationBudgets.id, created.id));
  await sealVoteRows(tx, voteId!, keys);
  const budget = (await findBudget(tx, created.id))!;
  await computeResults(tx, budget, await budgetVotes(tx, created.id));
  const mes = (await storedResults(tx, created.id)).find((r) => r.kind === 'computed' && r.rule === budget.rule)!;
  const funded = mes.selected.map((id) => {
    const p = DEMO_PROJECTS[[...area.keys()].indexOf(id)]!;
    return { id, title: p.title, cost: Number(p.cost) };
  });
  return { budgetId: created.id, fundedProjects: funded };
}
