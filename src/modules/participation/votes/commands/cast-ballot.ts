// A verified person casts (or, where allowed, replaces) their ballot. Who voted and what was voted are written to two
// tables that nothing joins (schema.ts header). One ballot per person is the database's job: the participation's
// primary key (vote_id, person_id), inserted in the same statement as the ballot. Of two concurrent requests the
// second waits on the first's row and then finds the conflict, so it writes nothing.
//
// The ballot is written encrypted (ballot-secrecy.ts): until the seal, the row an xmin join pairs with a participation
// says neither what was chosen nor which bulletin line it will become.
//
// No audit row per ballot on purpose: an audit entry names its actor and carries a time, which together with the
// ballot would be the link the design avoids; the vote's participation list and bulletin are its public record.
import { and, eq, isNull, sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../../../core/db/client.js';
import { conflict } from '../../../../core/http/errors.js';
import { participationBallots, participationVoteParticipations, participationVotes } from '../schema.js';
import { matchesReceiptCheck, newReceipt, receiptCheck, receiptHash } from '../receipts.js';
import { encryptBallot, receiptTag, type BallotKeys } from '../ballot-secrecy.js';

export type CastOutcome =
  | { ok: true; receipt: string }
  | { ok: false; reason: 'already_voted' | 'replace_not_allowed' | 'bad_old_receipt' };

export interface CastBallotInput {
  voteId: number;
  institutionId: number;
  personId: number;
  /** Option ids, already checked against the vote (validation.ts). */
  choices: number[];
  /** Cumulative budget ballots: the points of each choice, aligned with `choices` (validation.ts). */
  points?: number[];
  allowReplace: boolean;
  /** The receipt of the ballot being replaced, when replacing. */
  replaces?: string;
  keys: BallotKeys;
}

export async function castBallot(db: DbOrTx, input: CastBallotInput): Promise<CastOutcome> {
  const receipt = newReceipt();
  // Sorted choices (the bulletin's form), each keeping its points.
  const order = input.choices.map((c, i) => i).sort((a, b) => input.choices[a]! - input.choices[b]!);
  const sorted = order.map((i) => input.choices[i]!);
  const points = input.points && order.map((i) => input.points![i]!);
  const ballot = { receiptTag: receiptTag(input.keys, receipt),
    encrypted: encryptBallot(input.keys, input.voteId, { receiptHash: receiptHash(receipt), choices: sorted, ...(points ? { points } : {}) }) };
  // The common case in one statement, so one round trip and its own transaction: the ballot is inserted only when the
  // participation was (bench/participation-ballots.ts measured the four round trips of BEGIN…COMMIT as the cost).
  // `unsealed` holds the vote's row FOR KEY SHARE (the lock the foreign key check takes anyway) until the commit, so
  // sealing (seal-vote.ts) waits for this ballot, and a ballot that comes after the seal writes nothing. It also checks
  // the window on the database's clock, the one the seal uses: the caller's check (ballot-rules.ts) gives the precise
  // message, this one is the authority.
  const [cast] = await queryRows<{ unsealed: boolean; cast: boolean }>(db, sql`
    with unsealed as (select 1 from ${participationVotes} where id = ${input.voteId} and sealed_at is null
      and opens_at <= now() and closes_at > now() for key share),
    participation as (
      insert into ${participationVoteParticipations} (vote_id, person_id, institution_id, receipt_check)
      select ${input.voteId}, ${input.personId}, ${input.institutionId}, ${receiptCheck(receipt)} from unsealed
      on conflict do nothing returning 1),
    ballot as (
      insert into ${participationBallots} (vote_id, institution_id, receipt_tag, encrypted)
      select ${input.voteId}, ${input.institutionId}, ${ballot.receiptTag}, ${ballot.encrypted} from participation
      returning 1)
    select exists (select 1 from unsealed) as unsealed, exists (select 1 from ballot) as cast`);
  if (!cast!.unsealed) throw conflict('participation.vote.closed');
  if (cast!.cast) return { ok: true, receipt };
  if (!input.allowReplace) return { ok: false, reason: 'replace_not_allowed' };
  if (!input.replaces) return { ok: false, reason: 'already_voted' };
  const replaces = input.replaces;
  return db.transaction(async (tx) => {
    const [unsealed] = await tx.select({ id: participationVotes.id }).from(participationVotes)
      .where(and(eq(participationVotes.id, input.voteId), isNull(participationVotes.sealedAt))).for('key share');
    if (!unsealed) throw conflict('participation.vote.closed');
    const [participation] = await tx.select({ check: participationVoteParticipations.receiptCheck }).from(participationVoteParticipations)
      .where(and(eq(participationVoteParticipations.voteId, input.voteId), eq(participationVoteParticipations.personId, input.personId)))
      .for('update');
    if (!participation || !matchesReceiptCheck(replaces, participation.check)) return { ok: false, reason: 'bad_old_receipt' } as const;
    const discarded = await tx.update(participationBallots).set({ counted: false })
      .where(and(eq(participationBallots.voteId, input.voteId), eq(participationBallots.receiptTag, receiptTag(input.keys, replaces)),
        eq(participationBallots.counted, true)))
      .returning({ id: participationBallots.id });
    if (discarded.length !== 1) return { ok: false, reason: 'bad_old_receipt' } as const;
    await tx.update(participationVoteParticipations).set({ receiptCheck: receiptCheck(receipt) })
      .where(and(eq(participationVoteParticipations.voteId, input.voteId), eq(participationVoteParticipations.personId, input.personId)));
    await tx.insert(participationBallots).values({ voteId: input.voteId, institutionId: input.institutionId, ...ballot });
    return { ok: true, receipt } as const;
  });
}
