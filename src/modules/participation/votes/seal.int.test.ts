// Sealing a closed vote (commands/seal-vote.ts): before it, anyone who can query the database pairs each participation
// with its ballot row through the hidden xmin column (the threat, shown here), but the row holds only ciphertext
// (ballot-secrecy.ts); after it, the ballots are in the clear and xmin and the rows' positions on disk say nothing about
// who cast what. The first read of the results seals the vote if the notifier's tick has not.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { queryRows } from '../../../core/db/client.js';
import { castBallot as castCommand } from './commands/cast-ballot.js';
import { sealVote, SEAL_ACTION } from './commands/seal-vote.js';
import { receiptHash } from './receipts.js';
import { ballotKeys, decryptBallot, deriveBallotKeys } from './ballot-secrecy.js';
import { runNotifier } from '../notifications/notifier.js';
import { capturingMailer } from '../notifications/test-support.js';
import { castBallot, closeVote, openVote, participationOfficialToken, verifiedVoter, type Voter } from './test-support.js';

let t: TestApp;
let official: string;
beforeAll(async () => { t = await createTestApp(); official = await participationOfficialToken(t); }, 60_000);
afterAll(async () => { await t.close(); });

const rows = <T>(query: ReturnType<typeof sql>) => queryRows<T>(t.database.db, query);
const get = async (url: string) => (await t.app.inject({ method: 'GET', url })).json();
type Joined = { person_id: number; receipt_hash: string | null; choices: number[] | null; receipt_tag: string | null; encrypted: string | null };
/** What a reader of the database gets by joining the two tables on the transaction id that wrote each row. */
const xminJoin = (voteId: number) => rows<Joined>(sql`
  select p.person_id, b.receipt_hash, b.choices, b.receipt_tag, b.encrypted from participation_vote_participations p
  join participation_ballots b on b.xmin = p.xmin and b.vote_id = p.vote_id where p.vote_id = ${voteId} order by 1, 2`);
const keys = () => ballotKeys(t.config.identityKey);
const sealedAt = async (voteId: number) =>
  (await rows<{ sealed_at: string | null }>(sql`select sealed_at::text from participation_votes where id = ${voteId}`))[0]!.sealed_at;

describe('sealing a closed vote', () => {
  it('unlinks participations from ballots, and changes nothing public', async () => {
    const vote = await openVote(t, official, { allowReplace: true });
    const [a, b, c] = vote.options.map((o) => o.id);
    const voters: Voter[] = [];
    const receipts = new Map<number, string>();
    for (const choice of [a, b, b, c, a]) {
      const voter = await verifiedVoter(t);
      voters.push(voter);
      receipts.set(voter.personId, (await castBallot(t, vote.id, voter, { choices: [choice] })).json().receipt);
    }
    // One voter replaces their ballot: the old one stays, not counted.
    const replacer = voters[0]!;
    const replaced = receipts.get(replacer.personId)!;
    const again = await castBallot(t, vote.id, replacer, { choices: [c], replaces: replaced });
    expect(again.statusCode).toBe(201);
    receipts.set(replacer.personId, again.json().receipt);

    // An open vote is not sealed.
    expect(await sealVote(t.database.db, vote.id, keys())).toBe(false);
    expect(await sealedAt(vote.id)).toBeNull();

    // The threat: joined on xmin, every participation finds its own ballot rows (the replacer's, both: the replacement
    // marked the old one not counted in the same transaction)…
    const joined = await xminJoin(vote.id);
    expect(joined.map((r) => r.person_id)).toEqual([...voters.map((v) => v.personId), replacer.personId].sort((x, y) => x - y));
    // …but what they hold says nothing: no receipt hash to look up in the bulletin, no choices, only ciphertext and a
    // keyed tag, neither containing the receipt hash. With the installation's key (configuration, not the database)
    // each decrypts to its ballot; with any other key, to nothing.
    const hashes = new Set([...receipts.values(), replaced].map(receiptHash));
    for (const row of joined) {
      expect(row).toMatchObject({ receipt_hash: null, choices: null });
      expect(hashes.has(row.receipt_tag!)).toBe(false);
      for (const h of hashes) expect(row.encrypted!.includes(h)).toBe(false);
      expect(hashes.has(decryptBallot(keys(), vote.id, row.encrypted!).receiptHash)).toBe(true);
      expect(() => decryptBallot(deriveBallotKeys('another installation'), vote.id, row.encrypted!)).toThrow();
    }

    await closeVote(t, vote.id);
    expect(await sealedAt(vote.id)).toBeNull();
    // The first read after the close seals (the notifier's tick would, within a minute).
    const results = await get(`/api/v1/participation/votes/${vote.id}/results`);
    expect(await sealedAt(vote.id)).not.toBeNull();
    expect(results.options.map((o: { votes: number }) => o.votes)).toEqual([1, 2, 2]);
    const bulletin = await get(`/api/v1/participation/votes/${vote.id}/bulletin`);
    expect(bulletin.ballots).toHaveLength(5);
    expect(new Set(bulletin.ballots.map((b: { receiptHash: string }) => b.receiptHash)))
      .toEqual(new Set([...receipts.values()].map(receiptHash)));
    expect(await sealVote(t.database.db, vote.id, keys())).toBe(false);

    // Every ballot (the replaced one too) and every participation now carry one and the same xmin.
    const xmins = await rows<{ xmin: string }>(sql`
      select distinct xmin::text as xmin from participation_ballots where vote_id = ${vote.id}
      union select distinct xmin::text from participation_vote_participations where vote_id = ${vote.id}`);
    expect(xmins).toHaveLength(1);
    // So the join yields the full cross product: each of the 5 people against each of the 6 ballots.
    expect(await xminJoin(vote.id)).toHaveLength(5 * 6);
    // And the order on disk is the bulletin's (receipt hash) for ballots, person id for participations: not casting order.
    const ballotsOnDisk = await rows<{ receipt_hash: string }>(sql`select receipt_hash from participation_ballots where vote_id = ${vote.id} order by ctid`);
    expect(ballotsOnDisk.map((r) => r.receipt_hash)).toEqual(ballotsOnDisk.map((r) => r.receipt_hash).sort());
    const peopleOnDisk = await rows<{ person_id: number }>(sql`select person_id from participation_vote_participations where vote_id = ${vote.id} order by ctid`);
    expect(peopleOnDisk.map((r) => r.person_id)).toEqual(voters.map((v) => v.personId).sort((x, y) => x - y));

    // Reading again changes nothing, and receipts answer.
    expect(await get(`/api/v1/participation/votes/${vote.id}/results`)).toEqual(results);
    expect(await get(`/api/v1/participation/votes/${vote.id}/bulletin`)).toEqual(bulletin);
    expect(await get(`/api/v1/participation/votes/${vote.id}/receipts/${receipts.get(voters[1]!.personId)}`)).toEqual({ counted: true });
    expect(await get(`/api/v1/participation/votes/${vote.id}/receipts/${receipts.get(replacer.personId)}`)).toEqual({ counted: true });
    expect(await get(`/api/v1/participation/votes/${vote.id}/receipts/${replaced}`)).toEqual({ counted: false });
    expect((await t.app.inject({ method: 'GET', url: `/participacion/votaciones/${vote.id}/resultados` })).statusCode).toBe(200);

    // Sealing again does nothing; one public audit row with the count.
    const xmin = xmins[0]!.xmin;
    expect(await sealVote(t.database.db, vote.id, keys())).toBe(false);
    expect((await rows<{ xmin: string }>(sql`select distinct xmin::text as xmin from participation_ballots where vote_id = ${vote.id}`))
      .map((r) => r.xmin)).toEqual([xmin]);
    const audit = await rows<{ summary: Record<string, unknown>; public: boolean }>(sql`
      select summary, public from audit_log where action = ${SEAL_ACTION} and resource_id = ${String(vote.id)}`);
    expect(audit).toEqual([{ summary: { ballots: 5 }, public: true }]);
  });

  it('refuses a ballot that reaches the database after the seal, so no ballot keeps an xmin of its own', async () => {
    const vote = await openVote(t, official);
    await castBallot(t, vote.id, await verifiedVoter(t), { choices: [vote.options[0]!.id] });
    await closeVote(t, vote.id);
    expect(await sealVote(t.database.db, vote.id, keys())).toBe(true);
    // Straight to the command, as a request whose window check passed just before the close would.
    const late = await verifiedVoter(t);
    const [{ institution_id: institutionId }] = await rows<{ institution_id: number }>(sql`select institution_id from participation_votes where id = ${vote.id}`);
    await expect(castCommand(t.database.db, { voteId: vote.id, institutionId, personId: late.personId, choices: [vote.options[0]!.id], allowReplace: false, keys: keys() }))
      .rejects.toMatchObject({ statusCode: 409 });
    expect(await rows(sql`select 1 from participation_ballots where vote_id = ${vote.id}`)).toHaveLength(1);
  });

  it('waits for ballots being cast while it seals: each is sealed with the others or refused', async () => {
    const vote = await openVote(t, official);
    const [{ institution_id: institutionId }] = await rows<{ institution_id: number }>(sql`select institution_id from participation_votes where id = ${vote.id}`);
    const voters = await Promise.all(Array.from({ length: 12 }, () => verifiedVoter(t)));
    await closeVote(t, vote.id);
    const cast = (v: Voter) => castCommand(t.database.db, { voteId: vote.id, institutionId, personId: v.personId, choices: [vote.options[0]!.id], allowReplace: false, keys: keys() })
      .then(() => 1, () => 0);
    const outcomes = await Promise.all([...voters.slice(0, 6).map(cast), sealVote(t.database.db, vote.id, keys()).then(() => 0), ...voters.slice(6).map(cast)]);
    const accepted = outcomes.reduce<number>((n, x) => n + x, 0);
    const written = await rows<{ xmin: string }>(sql`
      select xmin::text as xmin from participation_ballots where vote_id = ${vote.id}
      union all select xmin::text from participation_vote_participations where vote_id = ${vote.id}`);
    expect(written).toHaveLength(2 * accepted);
    expect(new Set(written.map((r) => r.xmin)).size).toBe(accepted > 0 ? 1 : 0);
  });

  it('is done by the notifier tick for every closed vote, once', async () => {
    const vote = await openVote(t, official);
    await castBallot(t, vote.id, await verifiedVoter(t), { choices: [vote.options[1]!.id] });
    await runNotifier(t.database.db, capturingMailer(), t.config);
    expect(await sealedAt(vote.id)).toBeNull();
    await closeVote(t, vote.id);
    await runNotifier(t.database.db, capturingMailer(), t.config);
    const first = await sealedAt(vote.id);
    expect(first).not.toBeNull();
    await runNotifier(t.database.db, capturingMailer(), t.config);
    expect(await sealedAt(vote.id)).toEqual(first);
    expect(await rows(sql`select 1 from audit_log where action = ${SEAL_ACTION} and resource_id = ${String(vote.id)}`)).toHaveLength(1);
  });
});
