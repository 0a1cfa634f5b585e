// Assisted (paper) voting: who may record one, that it counts like an online ballot, one ballot per RUN across paper
// and online, the eligibility list, and an audit row that names the official and the vote but never the choices.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { ACTORS, apiTokenFor, type Browser } from '../../../test-support/people.js';
import { queryRows } from '../../../core/db/client.js';
import { findInstitution } from '../../../core/tenancy/queries.js';
import { importEligibilityList } from '../../../core/identity/commands/import-eligibility-list.js';
import { computeDv, hashRun, parseRun, type Run } from '../../../core/identity/run.js';
import { deriveKey } from '../../../core/identity/keys.js';
import { createTestBudget, feasibleProjects, optionsOf, setStage, startVoting } from '../budgets/test-support.js';
import { bearer, castBallot, closeVote, openVote, participationOfficialToken, verifiedVoter, type VoteJsonLike } from './test-support.js';

let t: TestApp;
let official: string;
let vote: VoteJsonLike;
beforeAll(async () => { t = await createTestApp(); official = await participationOfficialToken(t); vote = await openVote(t, official); }, 60_000);
afterAll(async () => { await t.close(); });

let next = 20_000_000;
/** A fresh valid RUN for each call. */
const newRun = () => { const n = next++; return `${n}-${computeDv(n)}`; };
const assisted = (voteId: number, token: string | null, payload: Record<string, unknown>) => t.app.inject({
  method: 'POST', url: `/api/v1/participation/votes/${voteId}/assisted-ballots`, headers: token ? bearer(token) : {}, payload });
const personWithRun = async (run: string) => (await queryRows<{ id: number }>(t.database.db, sql`select id from people where run = ${run}`))[0]?.id;

describe('who may record a paper ballot', () => {
  it.each([
    ['anonymous', 401], ['resident', 403], ['budgetOfficial', 403], ['otherOfficial', 403], ['otherAdmin', 403],
    ['participationOfficial', 201], ['admin', 201], ['platformAdmin', 201],
  ] as const)('%s → %s', async (who, status) => {
    const b = await ACTORS[who](t);
    const token = b ? await apiTokenFor(t, b.personId) : null;
    expect((await assisted(vote.id, token, { run: newRun(), choices: [vote.options[0]!.id] })).statusCode).toBe(status);
  });

  it('a verified resident cannot either', async () => {
    const voter = await verifiedVoter(t);
    expect((await assisted(vote.id, voter.token, { run: newRun(), choices: [vote.options[0]!.id] })).statusCode).toBe(403);
  });
});

describe('a paper ballot', () => {
  it('is counted like an online one, with its receipt, and the audit row holds no choices', async () => {
    const v = await openVote(t, official);
    const run = newRun();
    const res = await assisted(v.id, official, { run: run.replace(/^(\d{2})(\d{3})(\d{3})/, '$1.$2.$3'), name: 'Rosa Huenchumilla', choices: [v.options[2]!.id] });
    expect(res.statusCode).toBe(201);
    expect(res.headers['cache-control']).toBe('no-store');
    const { receipt } = res.json();
    expect(await personWithRun(run)).toBeDefined();
    await closeVote(t, v.id);
    expect((await t.app.inject({ url: `/api/v1/participation/votes/${v.id}/receipts/${receipt}` })).json()).toEqual({ counted: true });
    const results = (await t.app.inject({ url: `/api/v1/participation/votes/${v.id}/results` })).json();
    expect(results).toMatchObject({ turnout: 1, countedBallots: 1 });
    expect(results.options.map((o: { votes: number }) => o.votes)).toEqual([0, 0, 1]);
    const audit = await queryRows<{ summary: Record<string, unknown>; actor_label: string; public: boolean }>(t.database.db,
      sql`select summary, actor_label, public from audit_log where action = 'participation.ballot.assisted' and resource_id = ${String(v.id)}`);
    expect(audit).toHaveLength(1);
    // The whole row, exactly: nothing but the acting official's name could hold a choice, and it does not. (A "no digit
    // of the option id anywhere" check would trip over the number in the test official's name.)
    expect(audit[0]).toEqual({ summary: {}, actor_label: expect.stringMatching(/^Persona \d+$/), public: true });
    expect(JSON.stringify(audit[0])).not.toContain(receipt);
  });

  it('is one per RUN across paper and online: 409 either way', async () => {
    const v = await openVote(t, official);
    const choices = [v.options[0]!.id];
    // Paper first, then the same person online.
    const run = newRun();
    expect((await assisted(v.id, official, { run, choices })).statusCode).toBe(201);
    expect((await assisted(v.id, official, { run, choices })).statusCode).toBe(409);
    const token = await apiTokenFor(t, (await personWithRun(run))!);
    expect((await castBallot(t, v.id, { personId: 0, token }, { choices })).statusCode).toBe(409);
    // Online first, then on paper.
    const online = newRun();
    expect((await castBallot(t, v.id, await verifiedVoter(t, online), { choices })).statusCode).toBe(201);
    expect((await assisted(v.id, official, { run: online, choices })).statusCode).toBe(409);
    await closeVote(t, v.id);
    expect((await t.app.inject({ url: `/api/v1/participation/votes/${v.id}/results` })).json().turnout).toBe(2);
  });

  it('needs the RUN on the eligibility list when the vote has one, a valid RUN, and not the official\'s own', async () => {
    const temuco = (await findInstitution(t.database.db, 'temuco'))!;
    const onList = newRun();
    const key = deriveKey(t.config.identityKey, 'run-hash');
    await t.database.db.transaction((tx) => importEligibilityList(tx, { institutionId: temuco.id, name: 'Comité Villa Los Ríos',
      entries: [{ runHash: hashRun((parseRun(onList) as { ok: true; run: Run }).run, key), comuna: null, groupName: null }] }, { id: null, label: 'test' }));
    const [list] = await queryRows<{ id: number }>(t.database.db, sql`select id from eligibility_lists where name = 'Comité Villa Los Ríos'`);
    const v = await openVote(t, official, { eligibilityListId: list!.id });
    const choices = [v.options[0]!.id];
    expect((await assisted(v.id, official, { run: newRun(), choices })).statusCode).toBe(403);
    expect((await assisted(v.id, official, { run: '12345678-0', choices })).statusCode).toBe(400);
    expect((await assisted(v.id, official, { run: onList, choices })).statusCode).toBe(201);

    const me = (await ACTORS.participationOfficial(t))!;
    const ownRun = newRun();
    await t.database.db.execute(sql`update people set run = ${ownRun}, identity_verified_at = now() where id = ${me.personId}`);
    const own = await assisted(vote.id, await apiTokenFor(t, me.personId), { run: ownRun, choices: [vote.options[0]!.id] });
    expect(own.statusCode).toBe(400);
    expect(own.json().message).toContain('propio voto');
  });
});

describe('the assisted voting page', () => {
  it('is for officials with the permission, and shows the receipt once', async () => {
    const url = `/participacion/votaciones/${vote.id}/voto-asistido`;
    expect((await t.app.inject({ url })).statusCode).toBe(401);
    expect((await t.app.inject({ url, cookies: (await ACTORS.resident(t))!.cookies })).statusCode).toBe(403);
    expect((await t.app.inject({ url, cookies: (await ACTORS.budgetOfficial(t))!.cookies })).statusCode).toBe(403);
    const b: Browser = (await ACTORS.participationOfficial(t))!;
    const form = await t.app.inject({ url, cookies: b.cookies });
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('name="run"');
    const send = (run: string) => t.app.inject({ method: 'POST', url, cookies: b.cookies, headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: `_csrf=${encodeURIComponent(b.csrf)}&run=${encodeURIComponent(run)}&choice=${vote.options[1]!.id}` });
    const run = newRun();
    const ok = await send(run);
    expect(ok.statusCode).toBe(201);
    expect(ok.headers['cache-control']).toBe('no-store');
    expect(ok.body).toContain('id="receipt"');
    const twice = await send(run);
    expect(twice.statusCode).toBe(409);
    expect(twice.body).toContain('Esta persona ya votó');
    expect((await send('1-1')).statusCode).toBe(422);
  });
});

describe('a participatory budget\'s paper ballot on the page', () => {
  const PROJECTS = [{ title: 'Plaza Labranza', cost: 30_000_000 }, { title: 'Ciclovía Pedro de Valdivia', cost: 50_000_000 }, { title: 'Sede vecinal', cost: 40_000_000 }];

  it('carries the points of a cumulative ballot: over the total is refused with the values kept, within it is recorded', async () => {
    const budget = await createTestBudget(t, official, { ballot: { kind: 'cumulative', points: 10 }, rule: 'greedy' });
    const ids = await feasibleProjects(t, official, budget.id, PROJECTS);
    const { votes: [v] } = await startVoting(t, official, budget.id);
    const option = await optionsOf(t, v!.voteId);
    const [plaza, ciclovia, sede] = ids.map((id) => option.get(id)!);
    const url = `/participacion/votaciones/${v!.voteId}/voto-asistido`;
    const b: Browser = (await ACTORS.participationOfficial(t))!;
    const page = await t.app.inject({ url, cookies: b.cookies });
    expect(page.body).toContain(`name="p${plaza}" type="number" min="0" max="10"`);
    expect(page.body).toContain('Reparta hasta 10 puntos');
    expect(page.body).not.toContain('name="choice"');
    const send = (fields: string) => t.app.inject({ method: 'POST', url, cookies: b.cookies, headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: `_csrf=${encodeURIComponent(b.csrf)}&${fields}` });
    const ballots = async () => (await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from participation_ballots where vote_id = ${v!.voteId}`))[0]!.n;

    const run = newRun();
    const over = await send(`run=${run}&p${plaza}=8&p${ciclovia}=3&p${sede}=`);
    expect(over.statusCode).toBe(422);
    expect(over.body).toContain('Repartió 11 puntos y puede repartir como máximo 10.');
    expect(over.body).toContain(`name="p${plaza}" type="number" min="0" max="10" inputmode="numeric" value="8"`);
    expect(over.body).toContain(`value="${run}"`);
    expect(await ballots()).toBe(0);
    expect(await personWithRun(run)).toBeUndefined();

    const ok = await send(`run=${run}&p${plaza}=7&p${ciclovia}=0&p${sede}=3`);
    expect(ok.statusCode).toBe(201);
    expect(ok.body).toContain('id="receipt"');
    expect(await ballots()).toBe(1);
    await setStage(t, budget.id, 'results');
    const bulletin = (await t.app.inject({ url: `/api/v1/participation/votes/${v!.voteId}/bulletin` })).json().ballots;
    const sorted = [plaza, sede].sort((a, b2) => a - b2);
    expect(bulletin).toEqual([expect.objectContaining({ choices: sorted, points: sorted.map((c) => (c === plaza ? 7 : 3)) })]);
  });

  it('shows each project\'s cost on a knapsack budget and records the marked ones', async () => {
    const budget = await createTestBudget(t, official);
    const ids = await feasibleProjects(t, official, budget.id, PROJECTS);
    const { votes: [v] } = await startVoting(t, official, budget.id);
    const option = await optionsOf(t, v!.voteId);
    const url = `/participacion/votaciones/${v!.voteId}/voto-asistido`;
    const b: Browser = (await ACTORS.participationOfficial(t))!;
    expect((await t.app.inject({ url, cookies: b.cookies })).body).toContain('Plaza Labranza — <strong>$30.000.000</strong>');
    const send = (choices: number[]) => t.app.inject({ method: 'POST', url, cookies: b.cookies, headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: `_csrf=${encodeURIComponent(b.csrf)}&run=${newRun()}&${choices.map((c) => `choice=${c}`).join('&')}` });
    const all = await send(ids.map((id) => option.get(id)!));
    expect(all.statusCode).toBe(422);
    expect(all.body).toMatch(/checked/);
    expect((await send([option.get(ids[0]!)!, option.get(ids[1]!)!])).statusCode).toBe(201);
  });
});
