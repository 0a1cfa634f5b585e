// Casting a ballot for a signed-in person, from the API or the ballot form: the checks of ballot-rules.ts, then the
// castBallot command in its own transaction; the outcome mapped to the HTTP error each refusal is.
import type { Db } from '../../../core/db/client.js';
import type { Config } from '../../../core/config.js';
import { badRequest, conflict, type HttpError } from '../../../core/http/errors.js';
import type { Actor } from '../../../core/policy.js';
import { castBallot } from './commands/cast-ballot.js';
import { ballotKeys } from './ballot-secrecy.js';
import { canVote } from './eligibility.js';
import { notEligible, windowProblem } from './ballot-rules.js';
import { checkBallot } from './validation.js';
import type { VoteDefinition } from './vote-definitions.js';

export type SubmitOutcome = { ok: true; receipt: string } | { ok: false; error: HttpError };

export async function submitBallot(db: Db, config: Config, actor: Actor | null, vote: VoteDefinition,
  choices: number[], replaces?: string, points?: number[]): Promise<SubmitOutcome> {
  if (!(await canVote(db, config, actor, vote))) return { ok: false, error: notEligible() };
  const window = await windowProblem(db, vote, new Date());
  if (window) return { ok: false, error: window };
  const problem = checkBallot(vote, choices, points);
  if (problem) return { ok: false, error: problem };
  const outcome = await castBallot(db, {
    voteId: vote.id, institutionId: vote.institutionId, personId: actor!.personId, choices, points, allowReplace: vote.allowReplace, replaces,
    keys: ballotKeys(config.identityKey),
  });
  if (outcome.ok) return outcome;
  return { ok: false, error: outcomeError(outcome.reason) };
}

export function outcomeError(reason: 'already_voted' | 'replace_not_allowed' | 'bad_old_receipt'): HttpError {
  if (reason === 'bad_old_receipt') return badRequest('participation.ballot.badOldReceipt');
  return conflict(reason === 'already_voted' ? 'participation.ballot.replaceNeedsReceipt' : 'participation.ballot.alreadyVoted');
}
