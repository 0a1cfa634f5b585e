// Votes inside a process (ballots only while its active phase enables voting), the vote list with cursor and exports,
// the bulletin streamed as CSV/JSON and recounted, and the rate limit on receipt checks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { createTestProcess } from '../processes/test-support.js';
import { RECEIPT_CHECK_LIMIT } from './routes.api.js';
import { bearer, castBallot, closeVote, openVote, participationOfficialToken, verifiedVoter } from './test-support.js';

let t: TestApp;
let official: string;
beforeAll(async () => { t = await createTestApp(); official = await participationOfficialToken(t); }, 60_000);
afterAll(async () => { await t.close(); });

const get = (url: string) => t.app.inject({ method: 'GET', url });

describe('a vote inside a process', () => {
  it('accepts ballots only while the active phase enables voting', async () => {
    const voting = await createTestProcess(t, { components: ['vote'] });
    const proposing = await createTestProcess(t, { components: ['proposals', 'debate'] });
    const open = await openVote(t, official, { process: voting.id });
    expect((await get(`/api/v1/participation/votes/${open.id}`)).json().processId).toBe(voting.id);
    expect((await castBallot(t, open.id, await verifiedVoter(t), { choices: [open.options[0]!.id] })).statusCode).toBe(201);
    const shut = await openVote(t, official, { process: proposing.id });
    const refused = await castBallot(t, shut.id, await verifiedVoter(t), { choices: [shut.options[0]!.id] });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().message).toContain('fase de votación');
  });

  it('must be a process of the same institution', async () => {
    const other = await createTestProcess(t, { institution: 'valdivia', components: ['vote'] });
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/participation/votes', headers: bearer(official), payload: {
      institution: 'temuco', process: other.id, title: 'x', options: ['a', 'b'], choice: 'single',
      opensAt: new Date().toISOString(), closesAt: new Date(Date.now() + 1000).toISOString() } });
    expect(res.statusCode).toBe(400);
  });
});

describe('the vote list', () => {
  it('filters by process and state, pages by cursor, and exports everything as CSV and JSON', async () => {
    const process = await createTestProcess(t, { components: ['vote'] });
    const ids = [];
    for (let i = 0; i < 3; i++) ids.push((await openVote(t, official, { process: process.id, title: `Votación ${i}` })).id);
    await closeVote(t, ids[0]!);
    const first = (await get(`/api/v1/participation/votes?process=${process.id}&limit=1`)).json();
    expect(first.items.map((v: { id: number }) => v.id)).toEqual([ids[2]]);
    const second = (await get(`/api/v1/participation/votes?process=${process.id}&limit=1&cursor=${first.next}`)).json();
    expect(second.items.map((v: { id: number }) => v.id)).toEqual([ids[1]]);
    const open = (await get(`/api/v1/participation/votes?process=${process.id}&state=open`)).json();
    expect(open.items.map((v: { id: number }) => v.id)).toEqual([ids[2], ids[1]]);
    const closed = (await get(`/api/v1/participation/votes?process=${process.id}&state=closed`)).json();
    expect(closed.items).toMatchObject([{ id: ids[0], state: 'closed', institution: 'temuco' }]);
    expect((await get('/api/v1/participation/votes?institution=valdivia')).json().items).toEqual([]);
    expect((await get('/api/v1/participation/votes?institution=nowhere')).statusCode).toBe(400);

    const csv = await get(`/api/v1/participation/votes?process=${process.id}&format=csv`);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('id,institution,processId,title,choice,maxChoices,opensAt,closesAt,state,minTurnoutPercent,eligibleCount');
    expect(lines).toHaveLength(4);
    const json = (await get(`/api/v1/participation/votes?process=${process.id}&format=json`)).json();
    expect(json.map((v: { id: number }) => v.id)).toEqual([...ids].reverse());
  });
});

describe('the bulletin as a file', () => {
  it('streams every counted ballot by receipt hash, and the CSV recounts to the results', async () => {
    const vote = await openVote(t, official, { choice: 'multiple', maxChoices: 2 });
    const [a, b, c] = vote.options.map((o) => o.id);
    for (const choices of [[a], [a, b], [c], [b, c], [a]]) expect((await castBallot(t, vote.id, await verifiedVoter(t), { choices })).statusCode).toBe(201);
    expect((await get(`/api/v1/participation/votes/${vote.id}/bulletin?format=csv`)).statusCode).toBe(409);
    await closeVote(t, vote.id);
    const csv = await get(`/api/v1/participation/votes/${vote.id}/bulletin?format=csv`);
    expect(csv.headers['content-disposition']).toContain(`votacion-${vote.id}-boletin.csv`);
    const [header, ...rows] = csv.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(header).toBe('receiptHash,choices');
    expect(rows).toHaveLength(5);
    const hashes = rows.map((r) => r.split(',')[0]!);
    expect(hashes).toEqual([...hashes].sort());
    const recount = new Map<number, number>();
    for (const r of rows) for (const o of r.split(',')[1]!.split(' ').map(Number)) recount.set(o, (recount.get(o) ?? 0) + 1);
    const results = (await get(`/api/v1/participation/votes/${vote.id}/results`)).json();
    expect(results.options.map((o: { id: number; votes: number }) => o.votes)).toEqual([a, b, c].map((id) => recount.get(id!) ?? 0));
    const json = (await get(`/api/v1/participation/votes/${vote.id}/bulletin?format=json`)).json();
    expect(json.map((r: { receiptHash: string }) => r.receiptHash)).toEqual(hashes);
    // The plain JSON answer stays as it was.
    expect((await get(`/api/v1/participation/votes/${vote.id}/bulletin`)).json().ballots).toHaveLength(5);
  });
});

describe('receipt checks', () => {
  it('are limited per IP', async () => {
    const vote = await openVote(t, official);
    await closeVote(t, vote.id);
    const check = () => t.app.inject({ method: 'GET', url: `/api/v1/participation/votes/${vote.id}/receipts/${'a'.repeat(40)}`, remoteAddress: '203.0.113.9' });
    for (let i = 0; i < RECEIPT_CHECK_LIMIT.max; i++) expect((await check()).statusCode).toBe(404);
    expect((await check()).statusCode).toBe(429);
  });
});
