// Sealing a closed vote: the step that removes, once ballots can no longer be cast, the two physical traces that tie a
// participation (WHO) to its ballot (WHAT) below the columns (schema.ts header; DESIGN.md rule 10):
// - xmin, the id of the transaction that wrote a row: castBallot writes a participation and its ballot in one
//   statement, so until the seal `join … on p.xmin = b.xmin` pairs them for anyone who can query the database;
// - the heap position (ctid): both are appended in casting order, so the k-th participation and the k-th ballot on
//   disk were cast together.
// In one transaction every participation and every ballot of the vote (a replaced one too) is deleted and written again:
// all new rows carry this transaction's xmin, and they are written in an order that says nothing about casting
// (ballots by receipt hash, the public bulletin's order; participations by person id, an order unrelated to it).
// A plain UPDATE would give the same xmin but keep the order, since it writes the new versions in the scan order.
// Before the rewrite, in the same transaction, every ballot still encrypted (ballot-secrecy.ts) is decrypted into the
// receipt hash and choices the bulletin publishes: the clear form only ever exists with this transaction's xmin.
//
// No audit row per ballot, as in castBallot; one public row says the vote was sealed and how many ballots it counts.
import { eq, sql } from 'drizzle-orm';
import { conflict } from '../../../../core/http/errors.js';
import { queryRows, type Db, type Tx } from '../../../../core/db/client.js';
import { appendAudit } from '../../../../core/audit/log.js';
import { SYSTEM_ACTOR } from '../../../../core/auth/actor.js';
import { decryptBallot, type BallotKeys } from '../ballot-secrecy.js';
import { participationBallots as b, participationVoteParticipations as p, participationVotes as v } from '../schema.js';

export const SEAL_ACTION = 'participation.vote.seal';

/** Seals one vote if it is closed and not sealed yet; answers whether this call sealed it. */
export async function sealVote(db: Db, voteId: number, keys: BallotKeys): Promise<boolean> {
  const sealed = await db.transaction((tx) => sealVoteRows(tx, voteId, keys));
  if (sealed) await vacuumSecretTables(db);
  return sealed;
}

/**
 * Results, the bulletin and receipt checks read the sealed rows (the clear form exists only there): the first reader
 * after the close seals the vote if the notifier's tick has not yet. A 409 while the database's clock still has the
 * vote open (the gate's clock, not this process's).
 */
export async function ensureSealed(db: Db, vote: { id: number; sealedAt: Date | null }, keys: BallotKeys): Promise<void> {
  if (vote.sealedAt !== null || (await sealVote(db, vote.id, keys))) return;
  const [row] = await db.select({ sealedAt: v.sealedAt }).from(v).where(eq(v.id, vote.id));
  if (!row?.sealedAt) throw conflict('participation.vote.notClosed');
}

/** The notifier's tick: seals every closed vote not sealed yet (a partial index holds only those), then vacuums once. */
export async function sealClosedVotes(db: Db, keys: BallotKeys): Promise<number> {
  const due = await queryRows<{ id: number }>(db, sql`select ${v.id} as id from ${v} where ${v.sealedAt} is null and ${v.closesAt} <= now()`);
  let sealed = 0;
  for (const { id } of due) if (await db.transaction((tx) => sealVoteRows(tx, id, keys))) sealed++;
  if (sealed > 0) await vacuumSecretTables(db);
  return sealed;
}

/** The seal's one transaction, without the VACUUM that must follow its commit (the demo seed seals inside its own). */
export async function sealVoteRows(tx: Tx, voteId: number, keys: BallotKeys): Promise<boolean> {
  // The gate: of concurrent sealers one gets the row, the others find it sealed. FOR UPDATE (which a plain UPDATE
  // does not take) also waits for every ballot being cast in this vote, since castBallot holds FOR KEY SHARE on the
  // vote's row until it commits, and a cast that comes after finds sealed_at set and writes nothing: no ballot is
  // ever written after the seal with an xmin of its own. The database's clock decides that the vote is closed.
  const [gate] = await queryRows<{ institution_id: number }>(tx, sql`
    update ${v} set sealed_at = now()
    where ${v.id} = (select id from ${v} where id = ${voteId} and sealed_at is null and closes_at <= now() for update)
    returning institution_id`);
  if (!gate) return false;
  await decryptBallots(tx, voteId, keys);
  await tx.execute(sql`
    with gone as (delete from ${p} where vote_id = ${voteId} returning vote_id, person_id, institution_id, receipt_check)
    insert into ${p} (vote_id, person_id, institution_id, receipt_check)
    select vote_id, person_id, institution_id, receipt_check from gone order by person_id`);
  const [moved] = await queryRows<{ counted: number | string }>(tx, sql`
    with gone as (delete from ${b} where vote_id = ${voteId} returning id, vote_id, institution_id, receipt_hash, choices, points, counted),
    moved as (insert into ${b} (id, vote_id, institution_id, receipt_hash, choices, points, counted)
      select id, vote_id, institution_id, receipt_hash, choices, points, counted from gone order by receipt_hash returning counted)
    select count(*) filter (where counted) as counted from moved`);
  await appendAudit(tx, {
    actor: SYSTEM_ACTOR, institutionId: gate.institution_id, action: SEAL_ACTION, resourceType: 'participation_vote',
    resourceId: voteId, public: true, summary: { ballots: Number(moved!.counted) },
  });
  return true;
}

/** Batches keep memory flat however many ballots a vote has; they are keyed by id, an order unrelated to casting. */
const DECRYPT_BATCH = 2000;

async function decryptBallots(tx: Tx, voteId: number, keys: BallotKeys) {
  for (;;) {
    const batch = await queryRows<{ id: string; encrypted: string }>(tx, sql`
      select id, encrypted from ${b} where vote_id = ${voteId} and encrypted is not null order by id limit ${DECRYPT_BATCH}`);
    if (batch.length === 0) return;
    const clear = batch.map((row) => ({ id: row.id, ...decryptBallot(keys, voteId, row.encrypted) }));
    await tx.execute(sql`
      update ${b} set receipt_hash = c.receipt_hash, choices = c.choices, points = c.points, receipt_tag = null, encrypted = null
      from jsonb_to_recordset(${JSON.stringify(clear.map((c) => ({ id: c.id, receipt_hash: c.receiptHash, choices: c.choices, points: c.points ?? null })))}::jsonb)
        as c(id uuid, receipt_hash text, choices int[], points int[])
      where ${b.id} = c.id`);
  }
}

/**
 * Removes the old row versions, which still carry the casting xmin and position. VACUUM cannot run inside a
 * transaction, hence after the commit; until it runs (or while an older transaction still holds a snapshot that could
 * see them, when it skips them and autovacuum finishes the job later) the old versions are invisible to every query and
 * readable only from raw pages with superuser tools such as pageinspect. Plain VACUUM, not FULL: it takes no lock that
 * stops voting in other votes. What it does not reach (free space not yet overwritten, WAL, backups) is in schema.ts.
 */
async function vacuumSecretTables(db: Db) {
  await db.execute(sql`vacuum ${p}`);
  await db.execute(sql`vacuum ${b}`);
}
