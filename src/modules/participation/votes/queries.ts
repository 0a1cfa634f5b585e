// Reads of binding votes: the vote with its options, the results, the bulletin and receipt checks. Results, bulletin
// and receipts are only read after the vote closes (routes.api.ts), so no partial count can sway the voters.
import { and, asc, count, eq, getTableColumns, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../core/db/client.js';
import { queryRows } from '../../../core/db/client.js';
import { participationBallots, participationVoteOptions, participationVoteParticipations, participationVotes } from './schema.js';
import { receiptHash } from './receipts.js';

/** The vote with its options in position order, in one query: every ballot request reads it. */
export async function findVote(db: DbOrTx, id: number) {
  const [vote] = await db.select({
    ...getTableColumns(participationVotes),
    options: sql<Array<{ id: number; label: string; cost?: string }>>`coalesce((select json_agg(json_strip_nulls(json_build_object('id', o.id, 'label', o.label, 'cost', o.cost::text)) order by o.position)
      from ${participationVoteOptions} o where o.vote_id = ${id}), '[]'::json)`,
  }).from(participationVotes).where(eq(participationVotes.id, id));
  return vote ?? null;
}
export type VoteWithOptions = NonNullable<Awaited<ReturnType<typeof findVote>>>;

export async function voteResults(db: DbOrTx, vote: VoteWithOptions) {
  const counts = await queryRows<{ option_id: number; votes: string | number }>(db, sql`
    select c.option_id, count(*) as votes
    from ${participationBallots} b, unnest(b.choices) as c(option_id)
    where b.vote_id = ${vote.id} and b.counted group by c.option_id`);
  const byOption = new Map(counts.map((r) => [Number(r.option_id), Number(r.votes)]));
  const [turnout] = await db.select({ n: count() }).from(participationVoteParticipations).where(eq(participationVoteParticipations.voteId, vote.id));
  const [ballots] = await db.select({ n: count() }).from(participationBallots)
    .where(and(eq(participationBallots.voteId, vote.id), eq(participationBallots.counted, true)));
  return {
    options: vote.options.map((o) => ({ id: o.id, label: o.label, votes: byOption.get(o.id) ?? 0 })),
    turnout: turnout!.n,
    countedBallots: ballots!.n,
  };
}

/** Binding when turnout reaches minTurnoutPercent of eligibleCount; integers only, so no rounding decides a vote. */
export function bindingMet(vote: { minTurnoutPercent: number | null; eligibleCount: number | null }, turnout: number): boolean {
  if (vote.minTurnoutPercent === null || vote.eligibleCount === null) return true;
  return turnout * 100 >= vote.minTurnoutPercent * vote.eligibleCount;
}

/** The published outcome: counts, turnout and whether the binding rule was met (API and results page). */
export async function voteOutcome(db: DbOrTx, vote: VoteWithOptions) {
  const results = await voteResults(db, vote);
  const rule = vote.minTurnoutPercent !== null && vote.eligibleCount !== null
    ? { minTurnoutPercent: vote.minTurnoutPercent, eligibleCount: vote.eligibleCount } : null;
  return { ...results, binding: { rule, met: bindingMet(vote, results.turnout) } };
}

/** Every counted ballot, sorted by receipt hash: an order unrelated to when ballots were cast. */
export async function voteBulletin(db: DbOrTx, voteId: number) {
  return clearBallots(await db.select(bulletinColumns).from(participationBallots)
    .where(and(eq(participationBallots.voteId, voteId), eq(participationBallots.counted, true))).orderBy(asc(participationBallots.receiptHash)));
}

export const bulletinColumns = { receiptHash: participationBallots.receiptHash, choices: participationBallots.choices, points: participationBallots.points };

/** A sealed vote's ballots are all in the clear form (schema.ts check), which the callers read only after ensureSealed. */
export const clearBallots = (rows: Array<{ receiptHash: string | null; choices: number[] | null; points: number[] | null }>) =>
  rows.map((r) => (r.points ? { receiptHash: r.receiptHash!, choices: r.choices!, points: r.points } : { receiptHash: r.receiptHash!, choices: r.choices! }));

export async function findReceipt(db: DbOrTx, voteId: number, code: string) {
  const [row] = await db.select({ counted: participationBallots.counted }).from(participationBallots)
    .where(and(eq(participationBallots.voteId, voteId), eq(participationBallots.receiptHash, receiptHash(code))));
  return row ?? null;
}

/** Whether the person has a participation in the vote (who voted; never which ballot). */
export async function hasVoted(db: DbOrTx, voteId: number, personId: number): Promise<boolean> {
  const [row] = await db.select({ voteId: participationVoteParticipations.voteId }).from(participationVoteParticipations)
    .where(and(eq(participationVoteParticipations.voteId, voteId), eq(participationVoteParticipations.personId, personId)));
  return row !== undefined;
}
