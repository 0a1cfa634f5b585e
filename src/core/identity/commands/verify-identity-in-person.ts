// An official checks a person's identity card and links the RUN on it to the person's account: the person's
// verification level becomes 'identity' (policy.ts), as if they had signed in with ClaveÚnica. Audited with the
// official's name, in private (it concerns a person), and never with the RUN (Ley 19.628: the log is kept for
// accountability, not as a register of people's identity numbers).
import { and, eq, ne } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { appendAudit } from '../../audit/log.js';
import { auditActor, type Actor } from '../../policy.js';
import { people } from '../../auth/schema.js';
import { normaliseRun, type Run } from '../run.js';

export const VERIFY_IN_PERSON_ACTION = 'identity.verify';

/**
 * 'already_verified': the account already holds this RUN (nothing changes). The refusals: 'self' (nobody vouches
 * for their own identity), 'different_run' (the account was verified with another RUN: a mistake or an impostor,
 * for a person to sort out, never a silent overwrite), 'run_linked' (the RUN is another account's: one account per
 * RUN, and merging accounts is not something an official does from a form).
 */
export type VerifyOutcome = 'verified' | 'already_verified' | 'self' | 'different_run' | 'run_linked';

export interface VerifyInPersonInput {
  personId: number;
  run: Run;
  /** Where the official checked the card; null for a platform admin acting for no institution. */
  institutionId: number | null;
}

export async function verifyIdentityInPerson(tx: Tx, input: VerifyInPersonInput, official: Actor): Promise<VerifyOutcome> {
  if (input.personId === official.personId) return 'self';
  const run = normaliseRun(input.run);
  const [person] = await tx.select({ run: people.run }).from(people).where(eq(people.id, input.personId)).for('update');
  if (!person) throw new Error(`no person ${input.personId}`);
  if (person.run !== null) return person.run === run ? 'already_verified' : 'different_run';
  // The unique index on people.run settles a race with another account linking the same RUN at the same moment.
  const [holder] = await tx.select({ id: people.id }).from(people).where(and(eq(people.run, run), ne(people.id, input.personId)));
  if (holder) return 'run_linked';

  await tx.update(people).set({
    run, identityVerifiedAt: new Date(), identityMethod: 'in_person', identityVerifiedBy: official.personId,
  }).where(eq(people.id, input.personId));
  await appendAudit(tx, {
    actor: auditActor(official), institutionId: input.institutionId, action: VERIFY_IN_PERSON_ACTION,
    resourceType: 'person', resourceId: input.personId, public: false, summary: { method: 'in_person' },
  });
  return 'verified';
}
