// What a ballot must pass before it is stored, shared by the API, the ballot form and assisted (paper) voting:
// eligibility (403), the vote's window and, for a vote inside a process, the process's active phase (409, as every
// participation write: processes/phases.ts), then the choices (400). Each check answers the error to show, or null.
import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../core/db/client.js';
import { conflict, HttpError } from '../../../core/http/errors.js';
import { participationPhases } from '../processes/schema.js';
import { componentOpen } from '../processes/phases.js';
import type { VoteWithOptions } from './queries.js';

export const notEligible = () => new HttpError(403, 'not_eligible', 'participation.ballot.notEligible');

/** Null when ballots are accepted at `now`; otherwise the 409 that says why not. */
export async function windowProblem(db: DbOrTx, vote: Pick<VoteWithOptions, 'opensAt' | 'closesAt' | 'processId' | 'ballotRule'>, now: Date): Promise<HttpError | null> {
  if (now < vote.opensAt) return conflict('participation.vote.notOpen');
  if (now >= vote.closesAt) return conflict('participation.vote.closed');
  if (vote.processId === null) return null;
  const phases = await db.select({ id: participationPhases.id, startsAt: participationPhases.startsAt, endsAt: participationPhases.endsAt,
    components: participationPhases.components }).from(participationPhases)
    .where(eq(participationPhases.processId, vote.processId)).orderBy(asc(participationPhases.startsAt));
  // A participatory budget's vote is that process's 'budget' component (issue 6), a plain vote its 'vote' component.
  return componentOpen(phases, vote.ballotRule ? 'budget' : 'vote', now) ? null : conflict('participation.vote.phaseClosed');
}

/** Open means ballots are accepted now; the pages and the listing use the same three states as the API filter. */
export const VOTE_STATES = ['upcoming', 'open', 'closed'] as const;
export type VoteState = (typeof VOTE_STATES)[number];

export function voteState(vote: { opensAt: Date; closesAt: Date }, now: Date): VoteState {
  if (now < vote.opensAt) return 'upcoming';
  return now < vote.closesAt ? 'open' : 'closed';
}
