// A person signs in with ClaveÚnica: found by RUN (never by `sub`); the first time, either a new person is created
// (RUN stored, names from the claims) or the RUN is linked to the local account already signed in. A RUN already
// linked to another account is refused: no silent merge. Then a session starts, tied to the institution's client
// so signing out also ends the ClaveÚnica session. One transaction, audited (private: it is a person's own account).
import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { appendAudit } from '../../audit/log.js';
import { conflict, forbidden } from '../../http/errors.js';
import { people } from '../../auth/schema.js';
import { createPerson } from '../../auth/commands/create-person.js';
import { startSession } from '../../auth/commands/start-session.js';
import { selfActor } from '../../auth/actor.js';
import { normaliseRun, type Run } from '../run.js';

export interface ClaveUnicaSignIn {
  institutionId: number;
  run: Run;
  name: string;
  /** The person already signed in locally, if any: their account gets the RUN. */
  currentPersonId: number | null;
  previousSessionToken?: string;
}

export async function signInWithClaveUnica(tx: Tx, input: ClaveUnicaSignIn) {
  const run = normaliseRun(input.run);
  const [owner] = await tx.select({ id: people.id, name: people.name, disabled: people.disabled }).from(people).where(eq(people.run, run));
  let person: { id: number; name: string };
  if (owner) {
    if (input.currentPersonId !== null && input.currentPersonId !== owner.id) throw conflict('claveunica.runLinkedElsewhere');
    if (owner.disabled) throw forbidden();
    person = owner;
  } else if (input.currentPersonId !== null) {
    const [current] = await tx.select({ id: people.id, name: people.name, run: people.run }).from(people).where(eq(people.id, input.currentPersonId));
    if (current.run) throw conflict('claveunica.accountHasOtherRun');
    person = current;
    await markVerified(tx, person, run, input.institutionId);
  } else {
    person = await createPerson(tx, { email: null, name: input.name }, 'self');
    await markVerified(tx, person, run, input.institutionId);
  }
  const session = await startSession(tx, person, input.previousSessionToken, { claveunicaInstitutionId: input.institutionId });
  return { person, session };
}

async function markVerified(tx: Tx, person: { id: number; name: string }, run: string, institutionId: number) {
  await tx.update(people).set({ run, identityVerifiedAt: new Date(), identityMethod: 'claveunica' }).where(eq(people.id, person.id));
  // The RUN never enters the audit log (Ley 19.628): the entry says that, how and where the identity was verified.
  await appendAudit(tx, {
    actor: selfActor(person), institutionId, action: 'identity.verify', resourceType: 'person', resourceId: person.id,
    public: false, summary: { method: 'claveunica' },
  });
}
