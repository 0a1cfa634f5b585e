// Participatory budgets through the API: creation, projects and review per role and stage, knapsack and cumulative
// ballots through the votes machinery, results under both rules (equal to a fresh computation), override, export.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { queryRows } from '../../../core/db/client.js';
import { ACTORS, apiTokenFor, type ActorKind } from '../../../test-support/people.js';
import { bearer, castBallot, participationOfficialToken, verifiedVoter, unverifiedVoter } from '../votes/test-support.js';
import { createTestBudget, feasibleProjects, optionsOf, setStage, startVoting } from './test-support.js';
import { budgetOf } from './service.js';
import { budgetVotes } from './queries.js';
import { electionOf } from './election.js';
import { tallyBoth } from './commands/compute-results.js';
import { parsePabulib } from './tally/index.js';

let t: TestApp;
let official: string;
beforeAll(async () => { t = await createTestApp(); official = await participationOfficialToken(t); }, 60_000);
afterAll(async () => { await t.close(); });

const tokenOf = async (kind: ActorKind): Promise<Record<string, string>> => {
  const b = await ACTORS[kind](t);
  return b ? bearer(await apiTokenFor(t, b.personId)) : {};
};
const PLAZAS = [
  { title: 'Plaza Labranza', cost: 40_000_000 }, { title: 'Ciclovía Pedro de Valdivia', cost: 35_000_000 },
  { title: 'Luminarias LED Pueblo Nuevo', cost: 30_000_000 }, { title: 'Sede vecinal Amanecer', cost: 25_000_000 },
];

describe('creating a budget', () => {
  it.each([['anonymous', 401], ['resident', 403], ['budgetOfficial', 403], ['otherOfficial', 403], ['participationOfficial', 201], ['admin', 201]] as const)(
    '%s → %i', async (kind, status) => {
      const token = await tokenOf(kind);
      const process = (await createTestBudget(t, official)).processId;
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/participation/budgets', headers: token, payload: {
        process, title: 'PP', total: '1000', ideasAt: '2027-01-01T00:00:00Z', reviewAt: '2027-02-01T00:00:00Z', votingAt: '2027-03-01T00:00:00Z',
        resultsAt: '2027-04-01T00:00:00Z', ballot: { kind: 'approval', maxProjects: 3 }, rule: 'greedy' } });
      expect(res.statusCode).toBe(status);
    });

  it('refuses districts that do not add up, stages out of order and points on a knapsack ballot (400, nothing stored)', async () => {
    const { processId } = await createTestBudget(t, official);
    const base = { process: processId, title: 'PP', total: '1000', ideasAt: '2027-01-01T00:00:00Z', reviewAt: '2027-02-01T00:00:00Z',
      votingAt: '2027-03-01T00:00:00Z', resultsAt: '2027-04-01T00:00:00Z', ballot: { kind: 'knapsack' }, rule: 'mes' };
    const before = await queryRows<{ n: string }>(t.database.db, sql`select count(*) as n from participation_budgets`);
    for (const payload of [{ ...base, districts: [{ code: '09101', amount: '600' }, { code: '09112', amount: '300' }] },
      { ...base, votingAt: '2027-05-01T00:00:00Z' }, { ...base, ballot: { kind: 'knapsack', points: 10 } }, { ...base, rule: 'greedy', completion: 'add1' }]) {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/participation/budgets', headers: bearer(official), payload });
      expect(res.statusCode).toBe(400);
      expect(res.json().message).toMatch(/distritos|etapas|puntos|completar/);
    }
    const after = await queryRows<{ n: string }>(t.database.db, sql`select count(*) as n from participation_budgets`);
    expect(after[0]!.n).toBe(before[0]!.n);
  });
});

describe('editing a budget', () => {
  it('is for officials of the institution, until voting opens (then 409)', async () => {
    const budget = await createTestBudget(t, official);
    const current = (await t.app.inject({ url: `/api/v1/participation/budgets/${budget.id}` })).json();
    const payload = { process: budget.processId, title: 'PP Temuco 2027 (corregido)', total: '120000000', ideasAt: current.stages.ideas, reviewAt: current.stages.review,
      votingAt: current.stages.voting, resultsAt: current.stages.results, ballot: { kind: 'knapsack' }, rule: 'greedy' };
    const put = (headers: Record<string, string>) => t.app.inject({ method: 'PUT', url: `/api/v1/participation/budgets/${budget.id}`, headers, payload });
    for (const [kind, status] of [['anonymous', 401], ['resident', 403], ['budgetOfficial', 403], ['otherOfficial', 403]] as const) {
      expect((await put(await tokenOf(kind))).statusCode).toBe(status);
    }
    const edited = await put(bearer(official));
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ title: 'PP Temuco 2027 (corregido)', total: '120000000', tally: { rule: 'greedy' } });
    await feasibleProjects(t, official, budget.id, PLAZAS.slice(0, 2));
    await startVoting(t, official, budget.id);
    expect((await put(bearer(official))).statusCode).toBe(409);
  });
});

describe('projects and their technical review', () => {
  it('residents propose in the ideas stage only; officials review before voting, with a public history', async () => {
    const budget = await createTestBudget(t, official);
    const resident = await tokenOf('resident');
    const payload = { title: 'Huerto comunitario Villa Alegre', description: 'Un huerto en el sitio eriazo de la villa.', cost: '12000000', category: 'medio ambiente' };
    const url = `/api/v1/participation/budgets/${budget.id}/projects`;
    expect((await t.app.inject({ method: 'POST', url, payload })).statusCode).toBe(401);
    const created = await t.app.inject({ method: 'POST', url, headers: resident, payload });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as number;
    const review = (token: Record<string, string>, verdict = 'unfeasible') => t.app.inject({ method: 'POST', url: `/api/v1/participation/budgets/projects/${id}/review`, headers: token,
      payload: { verdict, cost: '15000000', answer: 'El sitio es un bien nacional de uso público con otro destino.' } });
    for (const kind of ['resident', 'budgetOfficial', 'otherOfficial'] as const) expect((await review(await tokenOf(kind))).statusCode).toBe(403);
    await setStage(t, budget.id, 'review');
    expect((await t.app.inject({ method: 'POST', url, headers: resident, payload })).statusCode).toBe(409);
    expect((await review(bearer(official))).statusCode).toBe(201);
    expect((await review(await tokenOf('admin'), 'feasible')).statusCode).toBe(201);
    const listed = (await t.app.inject({ method: 'GET', url })).json().projects as Array<{ id: number; review: string; reviewedCost: string; history: unknown[] }>;
    const project = listed.find((p) => p.id === id)!;
    expect(project).toMatchObject({ review: 'feasible', reviewedCost: '15000000' });
    expect(project.history).toHaveLength(2);
    await setStage(t, budget.id, 'voting');
    expect((await review(bearer(official))).statusCode).toBe(409);
  });

  it('holds spam-like projects out of the public list and rate-limits residents', async () => {
    const budget = await createTestBudget(t, official);
    const resident = await tokenOf('resident');
    const url = `/api/v1/participation/budgets/${budget.id}/projects`;
    const spam = await t.app.inject({ method: 'POST', url, headers: resident,
      payload: { title: 'Gana dinero', description: 'Casino y apuestas: click aqui www.a.cl www.b.cl www.c.cl', cost: '1000' } });
    expect(spam.json()).toMatchObject({ held: true });
    expect((await t.app.inject({ method: 'GET', url })).json().projects).toHaveLength(0);
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) {
      codes.push((await t.app.inject({ method: 'POST', url, headers: resident, payload: { title: `Plaza ${i}`, description: 'Una plaza para el barrio.', cost: '1000' } })).statusCode);
    }
    expect(codes).toEqual([201, 201, 201, 201, 429]);
  });
});

describe('knapsack ballots', () => {
  it('spend within the budget and above the minimum, one per verified person, with receipts (400s say why)', async () => {
    const budget = await createTestBudget(t, official, { total: '100000000', ballot: { kind: 'knapsack', minSpend: '30000000' } });
    const [labranza, ciclovia, luminarias, sede] = await feasibleProjects(t, official, budget.id, PLAZAS);
    for (const kind of ['resident', 'budgetOfficial', 'otherOfficial'] as const) {
      expect((await t.app.inject({ method: 'POST', url: `/api/v1/participation/budgets/${budget.id}/voting`, headers: await tokenOf(kind) })).statusCode).toBe(403);
    }
    const { votes: [vote] } = await startVoting(t, official, budget.id);
    const option = await optionsOf(t, vote!.voteId);
    const voter = await verifiedVoter(t);
    const over = await castBallot(t, vote!.voteId, voter, { choices: [labranza, ciclovia, luminarias].map((p) => option.get(p!)) });
    expect(over.statusCode).toBe(400);
    expect(over.json().message).toBe('Su selección suma $105.000.000 y el presupuesto disponible es $100.000.000: quite algún proyecto.');
    const under = await castBallot(t, vote!.voteId, voter, { choices: [option.get(sede!)] });
    expect(under.json().message).toContain('debe gastar al menos $30.000.000');
    expect((await castBallot(t, vote!.voteId, voter, { choices: [option.get(sede!)], points: [1] })).statusCode).toBe(400);
    expect((await castBallot(t, vote!.voteId, await unverifiedVoter(t), { choices: [option.get(sede!)] })).statusCode).toBe(403);
    const ok = await castBallot(t, vote!.voteId, voter, { choices: [option.get(labranza!), option.get(ciclovia!)] });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().receipt).toMatch(/\w{10,}/);
    expect((await castBallot(t, vote!.voteId, voter, { choices: [option.get(sede!), option.get(luminarias!)] })).statusCode).toBe(409);
  });
});

describe('results', () => {
  it('appear after the close under both rules, equal to a fresh computation, with CSV and .pb exports', async () => {
    const budget = await createTestBudget(t, official, { total: '100000000', ballot: { kind: 'approval', maxProjects: 3 }, rule: 'mes' });
    const ids = await feasibleProjects(t, official, budget.id, PLAZAS.map((p, i) => ({ ...p, cost: i < 3 ? 50_000_000 : 25_000_000 })));
    const { votes: [vote] } = await startVoting(t, official, budget.id);
    const option = await optionsOf(t, vote!.voteId);
    // 6 voters want the first two projects, 4 want the third; all cost half the budget.
    const picks = [...Array(6).fill([ids[0], ids[1]]), ...Array(4).fill([ids[2]])] as number[][];
    for (const p of picks) expect((await castBallot(t, vote!.voteId, await verifiedVoter(t), { choices: p.map((id) => option.get(id)) })).statusCode).toBe(201);
    const url = `/api/v1/participation/budgets/${budget.id}/results`;
    expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(404);
    await setStage(t, budget.id, 'results');
    const res = await t.app.inject({ method: 'GET', url });
    expect(res.statusCode).toBe(200);
    const results = res.json().results as Array<{ rule: string; kind: string; selected: number[]; cost: string; explanation: { funded: unknown[] } }>;
    const mes = results.find((r) => r.rule === 'mes')!;
    const greedy = results.find((r) => r.rule === 'greedy')!;
    // Greedy by approvals gives the whole budget to the majority; with equal shares the minority's 40 % (raised by the
    // add1 completion to the 50 M its project costs) buys its project, and the majority's 60 % only one of theirs.
    expect(greedy.selected).toEqual([ids[0], ids[1]]);
    expect(mes.selected).toHaveLength(2);
    expect(mes.selected).toContain(ids[2]);
    const fresh = tallyBoth(await budgetOf(t.database.db, budget.id), await electionOf(t.database.db, (await budgetVotes(t.database.db, budget.id))[0]!));
    expect(fresh.map((f) => [f.rule, f.selected.map(Number), f.cost.toString()])).toEqual([['mes', mes.selected, mes.cost], ['greedy', greedy.selected, greedy.cost]]);
    const csv = await t.app.inject({ method: 'GET', url: `${url}?format=csv` });
    expect(csv.body.split('\n')[0]).toContain('projectId');
    expect(csv.body).toContain('Plaza Labranza');
    const pb = parsePabulib((await t.app.inject({ method: 'GET', url: `/api/v1/participation/budgets/${budget.id}/pabulib` })).body);
    expect(pb.votes).toHaveLength(10);
    expect(pb.projects.filter((p) => p.extra.selected === '1').map((p) => Number(p.id)).sort()).toEqual([...mes.selected].sort());
  });

  it('cumulative ballots keep their points through the seal into the bulletin and the tally', async () => {
    const budget = await createTestBudget(t, official, { ballot: { kind: 'cumulative', points: 10 }, rule: 'greedy' });
    const ids = await feasibleProjects(t, official, budget.id, PLAZAS);
    const { votes: [vote] } = await startVoting(t, official, budget.id);
    const option = await optionsOf(t, vote!.voteId);
    const voter = await verifiedVoter(t);
    const choices = [option.get(ids[3]!)!, option.get(ids[0]!)!];
    expect((await castBallot(t, vote!.voteId, voter, { choices })).statusCode).toBe(400);
    expect((await castBallot(t, vote!.voteId, voter, { choices, points: [8, 3] })).json().message).toBe('Repartió 11 puntos y puede repartir como máximo 10.');
    expect((await castBallot(t, vote!.voteId, voter, { choices, points: [7, 3] })).statusCode).toBe(201);
    // A paper ballot, recorded by an official for a person who shows their ID card, carries its points too.
    const paper = (payload: object) => t.app.inject({ method: 'POST', url: `/api/v1/participation/votes/${vote!.voteId}/assisted-ballots`, headers: bearer(official), payload });
    expect((await paper({ run: '30000001-0', choices: [option.get(ids[1]!)!], points: [11] })).statusCode).toBe(400);
    expect((await paper({ run: '30000001-0', choices: [option.get(ids[1]!)!], points: [10] })).statusCode).toBe(201);
    await setStage(t, budget.id, 'results');
    const bulletin = (await t.app.inject({ method: 'GET', url: `/api/v1/participation/votes/${vote!.voteId}/bulletin` })).json().ballots;
    // Sorted by option id, each choice with its own points.
    const sorted = [...choices].sort((a, b) => a - b);
    expect(bulletin).toHaveLength(2);
    expect(bulletin).toContainEqual(expect.objectContaining({ choices: sorted, points: sorted.map((c) => (c === choices[0] ? 7 : 3)) }));
    expect(bulletin).toContainEqual(expect.objectContaining({ choices: [option.get(ids[1]!)!], points: [10] }));
    const greedy = (await t.app.inject({ method: 'GET', url: `/api/v1/participation/budgets/${budget.id}/results` })).json().results.find((r: { rule: string }) => r.rule === 'greedy');
    expect(greedy.selected.slice(0, 2)).toEqual([ids[1], ids[3]]); // 10 paper points, then 7
  });

  it('an override needs an admin of the institution and a published justification; both outcomes stay', async () => {
    const budget = await createTestBudget(t, official, { ballot: { kind: 'approval' }, rule: 'greedy' });
    const ids = await feasibleProjects(t, official, budget.id, PLAZAS);
    const { votes: [vote] } = await startVoting(t, official, budget.id);
    const option = await optionsOf(t, vote!.voteId);
    await castBallot(t, vote!.voteId, await verifiedVoter(t), { choices: [option.get(ids[0]!)] });
    await setStage(t, budget.id, 'results');
    const url = `/api/v1/participation/budgets/${budget.id}/override`;
    const justification = 'El Concejo Municipal acordó priorizar la sede vecinal por el informe de la Dirección de Obras sobre el riesgo estructural de la actual.';
    const payload = { selected: [ids[3]], justification };
    for (const [kind, status] of [['anonymous', 401], ['resident', 403], ['participationOfficial', 403], ['otherAdmin', 403]] as const) {
      expect((await t.app.inject({ method: 'POST', url, headers: await tokenOf(kind), payload })).statusCode).toBe(status);
    }
    const admin = await tokenOf('admin');
    expect((await t.app.inject({ method: 'POST', url, headers: admin, payload: { ...payload, justification: 'Porque sí.' } })).statusCode).toBe(400);
    const res = await t.app.inject({ method: 'POST', url, headers: admin, payload });
    expect(res.statusCode).toBe(201);
    const rows = res.json().results as Array<{ kind: string; rule: string; selected: number[]; justification: string | null }>;
    expect(rows.find((r) => r.kind === 'override')).toMatchObject({ selected: [ids[3]], justification });
    expect(rows.find((r) => r.kind === 'computed' && r.rule === 'greedy')!.selected[0]).toBe(ids[0]);
    const audit = await queryRows<{ public: boolean }>(t.database.db,
      sql`select public from audit_log where action = 'participation.budget.results.override' and resource_id = ${String(budget.id)}`);
    expect(audit).toEqual([{ public: true }]);
  });
});

describe('districts', () => {
  it('give one vote per comuna, each ballot limited to its own amount', async () => {
    const budget = await createTestBudget(t, official, { total: '90000000', districts: [{ code: '09101', amount: '60000000' }, { code: '09112', amount: '30000000' }],
      ballot: { kind: 'knapsack' } });
    const ids = await feasibleProjects(t, official, budget.id, [
      { title: 'Plaza Temuco', cost: 40_000_000, district: '09101' }, { title: 'Ciclovía Temuco', cost: 35_000_000, district: '09101' },
      { title: 'Sede Padre Las Casas', cost: 25_000_000, district: '09112' }, { title: 'Luminarias Padre Las Casas', cost: 20_000_000, district: '09112' }]);
    const { votes } = await startVoting(t, official, budget.id);
    expect(votes.map((v) => v.district)).toEqual(['09101', '09112']);
    const plc = votes[1]!.voteId;
    const option = await optionsOf(t, plc);
    expect([...option.keys()]).toEqual([ids[2], ids[3]]);
    const res = await castBallot(t, plc, await verifiedVoter(t), { choices: [option.get(ids[2]!), option.get(ids[3]!)] });
    expect(res.json().message).toContain('$30.000.000');
  });
});
