// Binding votes through the API: one ballot per person under concurrency, secrecy by schema, receipts, binding rule.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { queryRows } from '../../../core/db/client.js';
import { signedIn, apiTokenFor } from '../../../test-support/people.js';
import { findInstitution } from '../../../core/tenancy/queries.js';
import { importEligibilityList } from '../../../core/identity/commands/import-eligibility-list.js';
import { hashRun, parseRun, type Run } from '../../../core/identity/run.js';
import { deriveKey } from '../../../core/identity/keys.js';
import { bearer, castBallot, closeVote, openVote, participationOfficialToken, unverifiedVoter, verifiedVoter, type Voter } from './test-support.js';

let t: TestApp;
let official: string;
beforeAll(async () => { t = await createTestApp(); official = await participationOfficialToken(t); }, 60_000);
afterAll(async () => { await t.close(); });

const get = (url: string) => t.app.inject({ method: 'GET', url });

describe('creating a vote', () => {
  it('is for officials of the institution with the participation permission, and is audited', async () => {
    const budgetOfficial = await signedIn(t, 'official', 'temuco', ['budget']);
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/participation/votes', headers: bearer(await apiTokenFor(t, budgetOfficial.personId)),
      payload: { institution: 'temuco', title: 'x', options: ['a', 'b'], choice: 'single', opensAt: new Date().toISOString(), closesAt: new Date(Date.now() + 1000).toISOString() } });
    expect(res.statusCode).toBe(403);
    const anon = await t.app.inject({ method: 'POST', url: '/api/v1/participation/votes', payload: {} });
    expect(anon.statusCode).toBe(401);
    const vote = await openVote(t, official);
    expect(vote.options.map((o) => o.label)).toEqual(['Parque', 'Estacionamientos', 'Feria']);
    const audit = await queryRows<{ action: string; summary: Record<string, unknown> }>(t.database.db,
      sql`select action, summary from audit_log where resource_type = 'participation_vote' and resource_id = ${String(vote.id)}`);
    expect(audit).toHaveLength(1);
    expect(audit[0]!.action).toBe('participation.vote.create');
  });

  it('refuses closing before opening and a bad maximum', async () => {
    const now = Date.now();
    const bad = await t.app.inject({ method: 'POST', url: '/api/v1/participation/votes', headers: bearer(official),
      payload: { institution: 'temuco', title: 'x', options: ['a', 'b'], choice: 'single', opensAt: new Date(now).toISOString(), closesAt: new Date(now - 1).toISOString() } });
    expect(bad.statusCode).toBe(400);
    const max = await t.app.inject({ method: 'POST', url: '/api/v1/participation/votes', headers: bearer(official),
      payload: { institution: 'temuco', title: 'x', options: ['a', 'b'], choice: 'multiple', maxChoices: 3, opensAt: new Date(now).toISOString(), closesAt: new Date(now + 1000).toISOString() } });
    expect(max.statusCode).toBe(400);
  });
});

describe('casting ballots', () => {
  it('counts exactly one ballot per person among 200 parallel requests from 100 people', async () => {
    const vote = await openVote(t, official);
    const voters: Voter[] = [];
    for (let i = 0; i < 100; i++) voters.push(await verifiedVoter(t));
    const requests = voters.flatMap((v, i) => [0, 1].map(() => castBallot(t, vote.id, v, { choices: [vote.options[i % 3]!.id] })));
    const responses = await Promise.all(requests);
    expect(responses.filter((r) => r.statusCode === 201)).toHaveLength(100);
    expect(responses.filter((r) => r.statusCode === 409)).toHaveLength(100);
    await closeVote(t, vote.id);
    const results = (await get(`/api/v1/participation/votes/${vote.id}/results`)).json();
    expect(results.turnout).toBe(100);
    expect(results.countedBallots).toBe(100);
    expect(results.options.map((o: { votes: number }) => o.votes)).toEqual([34, 33, 33]);
  }, 120_000);

  it('answers 403 to an unverified person, 409 before the opening and after the close, 400 to bad choices', async () => {
    const vote = await openVote(t, official, { choice: 'multiple', maxChoices: 2 });
    expect((await castBallot(t, vote.id, await unverifiedVoter(t), { choices: [vote.options[0]!.id] })).statusCode).toBe(403);
    const voter = await verifiedVoter(t);
    const [a, b, c] = vote.options.map((o) => o.id);
    for (const choices of [[], [a, b, c], [a, a], [999_999]]) {
      expect((await castBallot(t, vote.id, voter, { choices })).statusCode, JSON.stringify(choices)).toBe(400);
    }
    const bad = await castBallot(t, vote.id, voter, { choices: [] });
    expect(bad.json().error).toBe('bad_request');
    expect((await castBallot(t, vote.id, voter, { choices: [a, c] })).statusCode).toBe(201);

    const future = await openVote(t, official, { opensAt: new Date(Date.now() + 3600_000).toISOString(), closesAt: new Date(Date.now() + 7200_000).toISOString() });
    expect((await castBallot(t, future.id, voter, { choices: [future.options[0]!.id] })).statusCode).toBe(409);
    await closeVote(t, vote.id);
    expect((await castBallot(t, vote.id, await verifiedVoter(t), { choices: [a] })).statusCode).toBe(409);
  });

  it('keeps results, bulletin and receipts sealed until the close', async () => {
    const vote = await openVote(t, official);
    for (const part of ['results', 'bulletin', 'receipts/abc']) {
      expect((await get(`/api/v1/participation/votes/${vote.id}/${part}`)).statusCode, part).toBe(409);
    }
  });
});

describe('an eligibility list', () => {
  it('lets only verified people whose RUN is on the list vote', async () => {
    const temuco = (await findInstitution(t.database.db, 'temuco'))!;
    const run = (text: string) => (parseRun(text) as { ok: true; run: Run }).run;
    const key = deriveKey(t.config.identityKey, 'run-hash');
    await t.database.db.transaction((tx) => importEligibilityList(tx, { institutionId: temuco.id, name: 'Junta vecinal 7',
      entries: [{ runHash: hashRun(run('12345678-5'), key), comuna: null, groupName: null }] }, { id: null, label: 'test' }));
    const [row] = await queryRows<{ id: number }>(t.database.db, sql`select id from eligibility_lists where name = 'Junta vecinal 7'`);
    const vote = await openVote(t, official, { eligibilityListId: row!.id });
    const onList = await verifiedVoter(t, '12345678-5');
    const offList = await verifiedVoter(t, '11111111-1');
    expect((await castBallot(t, vote.id, offList, { choices: [vote.options[0]!.id] })).statusCode).toBe(403);
    expect((await castBallot(t, vote.id, onList, { choices: [vote.options[0]!.id] })).statusCode).toBe(201);
    // A list of another institution cannot be named.
    const otherInstitution = await t.app.inject({ method: 'POST', url: '/api/v1/participation/votes', headers: bearer(await participationOfficialToken(t, 'valdivia')),
      payload: { institution: 'valdivia', title: 'x', options: ['a', 'b'], choice: 'single', eligibilityListId: row!.id,
        opensAt: new Date().toISOString(), closesAt: new Date(Date.now() + 1000).toISOString() } });
    expect(otherInstitution.statusCode).toBe(400);
  });
});

describe('receipts and the bulletin', () => {
  it('lets every voter verify their receipt, and the bulletin recounts to the results', async () => {
    const vote = await openVote(t, official, { choice: 'multiple', maxChoices: 2 });
    const [a, b, c] = vote.options.map((o) => o.id);
    const picks = [[a], [a, b], [b, c], [c], [a, c], [b]];
    const receipts: string[] = [];
    for (const choices of picks) {
      const res = await castBallot(t, vote.id, await verifiedVoter(t), { choices });
      expect(res.statusCode).toBe(201);
      receipts.push(res.json().receipt);
    }
    expect(receipts.every((r) => /^[0-9a-f]{40}$/.test(r))).toBe(true);
    await closeVote(t, vote.id);
    for (const r of receipts) expect((await get(`/api/v1/participation/votes/${vote.id}/receipts/${r}`)).json()).toEqual({ counted: true });
    expect((await get(`/api/v1/participation/votes/${vote.id}/receipts/${'0'.repeat(40)}`)).statusCode).toBe(404);

    const bulletin = (await get(`/api/v1/participation/votes/${vote.id}/bulletin`)).json();
    const hashes = bulletin.ballots.map((x: { receiptHash: string }) => x.receiptHash);
    expect(hashes).toEqual([...hashes].sort());
    const recount = new Map<number, number>();
    for (const ballot of bulletin.ballots as { choices: number[] }[]) for (const o of ballot.choices) recount.set(o, (recount.get(o) ?? 0) + 1);
    const results = (await get(`/api/v1/participation/votes/${vote.id}/results`)).json();
    expect(results.options.map((o: { id: number; votes: number }) => [o.id, o.votes])).toEqual([a, b, c].map((id) => [id, recount.get(id) ?? 0]));
    expect(results.options.map((o: { votes: number }) => o.votes)).toEqual([3, 3, 3]);
  });
});

describe('the binding rule', () => {
  async function turnoutOf(n: number, extra: Record<string, unknown>) {
    const vote = await openVote(t, official, extra);
    for (let i = 0; i < n; i++) expect((await castBallot(t, vote.id, await verifiedVoter(t), { choices: [vote.options[0]!.id] })).statusCode).toBe(201);
    await closeVote(t, vote.id);
    return (await get(`/api/v1/participation/votes/${vote.id}/results`)).json().binding;
  }
  it('is met when turnout reaches the percent of the eligible count, and not below it', async () => {
    expect(await turnoutOf(3, { minTurnoutPercent: 30, eligibleCount: 10 })).toEqual({ rule: { minTurnoutPercent: 30, eligibleCount: 10 }, met: true });
    expect((await turnoutOf(2, { minTurnoutPercent: 30, eligibleCount: 10 })).met).toBe(false);
    expect(await turnoutOf(1, {})).toEqual({ rule: null, met: true });
  });
});

describe('replacing a ballot', () => {
  it('needs the old receipt, discards that ballot and keeps one counted ballot per person', async () => {
    const vote = await openVote(t, official, { allowReplace: true });
    const [a, b] = vote.options.map((o) => o.id);
    const ana = await verifiedVoter(t);
    const beto = await verifiedVoter(t);
    const first = (await castBallot(t, vote.id, ana, { choices: [a] })).json().receipt as string;
    const betos = (await castBallot(t, vote.id, beto, { choices: [a] })).json().receipt as string;
    expect((await castBallot(t, vote.id, ana, { choices: [b] })).statusCode).toBe(409);
    // Someone else's receipt does not let Ana discard Beto's ballot.
    expect((await castBallot(t, vote.id, ana, { choices: [b], replaces: betos })).statusCode).toBe(400);
    const second = await castBallot(t, vote.id, ana, { choices: [b], replaces: first });
    expect(second.statusCode).toBe(201);
    // The old receipt is spent: it cannot discard the new ballot.
    expect((await castBallot(t, vote.id, ana, { choices: [a], replaces: first })).statusCode).toBe(400);
    await closeVote(t, vote.id);
    const results = (await get(`/api/v1/participation/votes/${vote.id}/results`)).json();
    expect(results.turnout).toBe(2);
    expect(results.countedBallots).toBe(2);
    expect(results.options.map((o: { votes: number }) => o.votes)).toEqual([1, 1, 0]);
    expect((await get(`/api/v1/participation/votes/${vote.id}/receipts/${first}`)).json()).toEqual({ counted: false });
    expect((await get(`/api/v1/participation/votes/${vote.id}/receipts/${second.json().receipt}`)).json()).toEqual({ counted: true });
    expect((await get(`/api/v1/participation/votes/${vote.id}/receipts/${betos}`)).json()).toEqual({ counted: true });
  });
});

// Below the columns (xmin, heap order) a participation and its ballot row stay linked until the vote is sealed at its
// close, while the ballot is held encrypted: seal.int.test.ts shows that link, what it yields, and its removal.
describe('secrecy by design', () => {
  const columnsOf = (table: string) => queryRows<{ column_name: string; data_type: string; column_default: string | null; is_identity: string }>(t.database.db,
    sql`select column_name, data_type, column_default, is_identity from information_schema.columns where table_name = ${table} order by column_name`);

  it('gives ballots no person, no time and no sequence, and nothing that links them to participations', async () => {
    const ballots = await columnsOf('participation_ballots');
    expect(ballots.map((c) => c.column_name)).toEqual(['choices', 'counted', 'encrypted', 'id', 'institution_id', 'points', 'receipt_hash', 'receipt_tag', 'vote_id']);
    for (const c of ballots) {
      expect(c.data_type, c.column_name).not.toMatch(/time|date|interval|serial/);
      expect(c.is_identity, c.column_name).toBe('NO');
      expect(c.column_default ?? '', c.column_name).not.toMatch(/nextval|now|clock|current_/);
    }
    expect(ballots.find((c) => c.column_name === 'id')!.data_type).toBe('uuid');
    const participations = await columnsOf('participation_vote_participations');
    expect(participations.map((c) => c.column_name)).toEqual(['institution_id', 'person_id', 'receipt_check', 'vote_id']);
    // The only names the two tables share say which vote and institution, the same for every row of a vote.
    const shared = ballots.map((c) => c.column_name).filter((n) => participations.some((p) => p.column_name === n));
    expect(shared).toEqual(['institution_id', 'vote_id']);
    // And no foreign key joins them, in either direction.
    const links = await queryRows<{ n: number | string }>(t.database.db, sql`
      select count(*) as n from information_schema.referential_constraints rc
      join information_schema.table_constraints fk on fk.constraint_name = rc.constraint_name
      join information_schema.table_constraints pk on pk.constraint_name = rc.unique_constraint_name
      where (fk.table_name, pk.table_name) in (('participation_ballots', 'participation_vote_participations'), ('participation_vote_participations', 'participation_ballots'))`);
    expect(Number(links[0]!.n)).toBe(0);
  });

  it('stores nothing in a participation that equals or contains a ballot value', async () => {
    const vote = await openVote(t, official);
    for (let i = 0; i < 3; i++) await castBallot(t, vote.id, await verifiedVoter(t), { choices: [vote.options[0]!.id] });
    const rows = await queryRows<{ n: number | string }>(t.database.db, sql`
      select count(*) as n from participation_vote_participations p, participation_ballots b
      where p.vote_id = ${vote.id} and b.vote_id = ${vote.id}
        and (position(b.receipt_tag in p.receipt_check) > 0 or position(b.id::text in p.receipt_check) > 0
          or position(left(p.receipt_check, 16) in b.encrypted) > 0)`);
    // (the ballots are in their open, encrypted form: the tag is what an open ballot is found by)
    const open = await queryRows<{ n: number | string }>(t.database.db, sql`select count(*) as n from participation_ballots where vote_id = ${vote.id} and receipt_tag is not null`);
    expect(Number(open[0]!.n)).toBe(3);
    expect(Number(rows[0]!.n)).toBe(0);
  });
});
