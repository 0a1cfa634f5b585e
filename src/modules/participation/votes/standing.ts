// Where a reader stands before a ballot, for the pages that show one (a binding vote's, a participatory budget's):
// whether they may vote now, and if not, the first reason in the order a person would fix it.
import type { Config } from '../../../core/config.js';
import type { DbOrTx } from '../../../core/db/client.js';
import { meetsVerification, type Actor } from '../../../core/policy.js';
import { canVote } from './eligibility.js';
import { hasVoted, type VoteWithOptions } from './queries.js';
import { voteState, windowProblem } from './ballot-rules.js';
import type { BallotStanding } from './views/vote.js';

export async function ballotStanding(db: DbOrTx, config: Config, actor: Actor | null, vote: VoteWithOptions, now = new Date()): Promise<BallotStanding> {
  const state = voteState(vote, now);
  if (state !== 'open') return state;
  if (await windowProblem(db, vote, now)) return 'phaseClosed';
  if (!actor) return 'signIn';
  if (!meetsVerification(actor, 'identity')) return 'verify';
  if (!(await canVote(db, config, actor, vote))) return 'notOnList';
  return (await hasVoted(db, vote.id, actor.personId)) ? 'voted' : 'canVote';
}
