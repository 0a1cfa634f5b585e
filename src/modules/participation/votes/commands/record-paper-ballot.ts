// Assisted voting: an official of the institution records the paper ballot of a person who shows their ID card. The
// card is the identity check (as verify-identity-in-person.ts), so the person is found by the RUN on it, or provisioned
// with it, and the ballot goes through castBallot like an online one: the participation's primary key keeps one
// ballot per person across online and paper, and the ballot row is the same secret row, with no person in it.
//
// The audit row says "official X recorded an assisted ballot in vote Y" and nothing else: no choices, no person, no
// receipt. It cannot be joined to the ballot by any column: ballots carry no time and no sequence (schema.ts), so the
// audit row's time and sequence number match nothing in them, and the bulletin's order (by receipt hash) is unrelated
// to when ballots were cast. (The residual channel below the columns — PostgreSQL's xmin, the id of the transaction
// that wrote a row, which the participation, the ballot and this audit row share — is the one schema.ts's header
// names for direct database access while the vote is open; sealing at the close (seal-vote.ts) rewrites the
// participation and the ballot, after which this row's xmin matches neither. The application never reads it.)
import { eq } from 'drizzle-orm';
import type { Tx } from '../../../../core/db/client.js';
import { appendAudit } from '../../../../core/audit/log.js';
import { auditActor, type Actor } from '../../../../core/policy.js';
import { people } from '../../../../core/auth/schema.js';
import { hashRun, normaliseRun, type Run } from '../../../../core/identity/run.js';
import { isEligible } from '../../../../core/identity/queries.js';
import { provisionPerson } from '../../../../core/identity/commands/provision-person.js';
import { castBallot } from './cast-ballot.js';
import type { BallotKeys } from '../ballot-secrecy.js';

export const ASSISTED_BALLOT_ACTION = 'participation.ballot.assisted';

export interface PaperBallotInput {
  vote: { id: number; institutionId: number; eligibilityListId: number | null };
  run: Run;
  /** The name for a new account, when nobody holds this RUN yet. */
  name: string;
  /** Already checked against the vote (validation.ts). */
  choices: number[];
  /** Cumulative budget ballots: the points of each choice, aligned with `choices` (validation.ts). */
  points?: number[];
  /** The "run-hash" key (identity/keys.ts), to look the RUN up on the eligibility list. */
  runHashKey: Buffer;
  keys: BallotKeys;
}

export type PaperOutcome = { ok: true; receipt: string } | { ok: false; reason: 'not_eligible' | 'self' | 'already_voted' };

export async function recordPaperBallot(tx: Tx, input: PaperBallotInput, official: Actor): Promise<PaperOutcome> {
  const { vote } = input;
  if (vote.eligibilityListId !== null && !(await isEligible(tx, vote.eligibilityListId, hashRun(input.run, input.runHashKey)))) {
    return { ok: false, reason: 'not_eligible' };
  }
  const [holder] = await tx.select({ id: people.id }).from(people).where(eq(people.run, normaliseRun(input.run)));
  // Nobody vouches for their own identity (verify-identity-in-person.ts); an official votes like anyone else.
  if (holder?.id === official.personId) return { ok: false, reason: 'self' };
  const personId = holder?.id ?? (await provisionPerson(tx, {
    name: input.name, email: null, run: input.run, institutionId: vote.institutionId, role: null, permissions: [], issueToken: false,
  }, official)).id;
  const cast = await castBallot(tx, { voteId: vote.id, institutionId: vote.institutionId, personId, choices: input.choices, points: input.points, allowReplace: false, keys: input.keys });
  if (!cast.ok) return { ok: false, reason: 'already_voted' };
  await appendAudit(tx, {
    actor: auditActor(official), institutionId: vote.institutionId, action: ASSISTED_BALLOT_ACTION,
    resourceType: 'participation_vote', resourceId: vote.id, public: true, summary: {},
  });
  return cast;
}
