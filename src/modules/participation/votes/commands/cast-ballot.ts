// A verified person casts (or, where allowed, replaces) their ballot. Who voted and what was voted are written to two
// tables that nothing joins (schema.ts header). One ballot per person is the database's job: the participation's
// primary key (vote_id, person_id), inserted in the same transaction as the ballot. Of two concurrent requests the
// second waits on the first's row and then finds the conflict, so it writes nothing.
//
// No audit row per ballot on purpose: an audit entry names its actor and carries a time, which together with the
// ballot would be the link the design avoids; the vote's participation list and bulletin are its public record.
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../../../core/db/client.js';
import { participationBallots, participationVoteParticipations } from '../schema.js';
import { matchesReceiptCheck, newReceipt, receiptCheck, receiptHash } from '../receipts.js';

export type CastOutcome =
  | { ok: true; receipt: string }
  | { ok: false; reason: 'already_voted' | 'replace_not_allowed' | 'bad_old_receipt' };

export interface CastBallotInput {
  voteId: number;
  institutionId: number;
  personId: number;
  /** Option ids, already checked against the vote (validation.ts). */
  choices: number[];
  allowReplace: boolean;
  /** The receipt of the ballot being replaced, when replacing. */
  replaces?: string;
}

export async function castBallot(tx: Tx, input: CastBallotInput): Promise<CastOutcome> {
  const receipt = newReceipt();
  const choices = [...input.choices].sort((a, b) => a - b);
  const inserted = await tx.insert(participationVoteParticipations)
    .values({ voteId: input.voteId, personId: input.personId, institutionId: input.institutionId, receiptCheck: receiptCheck(receipt) })
    .onConflictDoNothing().returning({ voteId: participationVoteParticipations.voteId });
  if (inserted.length === 0) {
    if (!input.allowReplace) return { ok: false, reason: 'replace_not_allowed' };
    if (!input.replaces) return { ok: false, reason: 'already_voted' };
    const [participation] = await tx.select({ check: participationVoteParticipations.receiptCheck }).from(participationVoteParticipations)
      .where(and(eq(participationVoteParticipations.voteId, input.voteId), eq(participationVoteParticipations.personId, input.personId)))
      .for('update');
    if (!participation || !matchesReceiptCheck(input.replaces, participation.check)) return { ok: false, reason: 'bad_old_receipt' };
    const discarded = await tx.update(participationBallots).set({ counted: false })
      .where(and(eq(participationBallots.voteId, input.voteId), eq(participationBallots.receiptHash, receiptHash(input.replaces)),
        eq(participationBallots.counted, true)))
      .returning({ id: participationBallots.id });
    if (discarded.length !== 1) return { ok: false, reason: 'bad_old_receipt' };
    await tx.update(participationVoteParticipations).set({ receiptCheck: receiptCheck(receipt) })
      .where(and(eq(participationVoteParticipations.voteId, input.voteId), eq(participationVoteParticipations.personId, input.personId)));
  }
  await tx.insert(participationBallots).values({
    voteId: input.voteId, institutionId: input.institutionId, receiptHash: receiptHash(receipt), choices,
  });
  return { ok: true, receipt };
}
