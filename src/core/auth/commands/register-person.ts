// Registration: a new person with a password and a confirmation link, or, when the email already has an account,
// nothing written. Both outcomes look the same to whoever filled the form (the owner is told by email instead),
// so the form cannot be used to find out who has an account here (OWASP Authentication Cheat Sheet: account
// enumeration).
import type { Tx } from '../../db/client.js';
import type { Locale } from '../../i18n/index.js';
import { selfActor } from '../actor.js';
import { hashPassword } from '../passwords.js';
import { findPersonByEmail } from '../queries.js';
import { createPerson } from './create-person.js';
import { issueEmailToken } from './issue-email-token.js';

export type Registration =
  | { outcome: 'created'; person: { id: number; name: string; email: string; locale: Locale }; confirmToken: string }
  | { outcome: 'exists'; person: { id: number; name: string; email: string; locale: Locale } };

export async function registerPerson(tx: Tx, input: { name: string; email: string; password: string; locale: Locale }): Promise<Registration> {
  const existing = await findPersonByEmail(tx, input.email);
  if (existing) {
    // Hash anyway: answering faster than a real registration would tell the email is taken.
    await hashPassword(input.password);
    return { outcome: 'exists', person: { ...existing, email: existing.email! } };
  }
  const person = await createPerson(tx, input, 'self');
  const confirmToken = await issueEmailToken(tx, { personId: person.id, purpose: 'confirm' }, selfActor(person));
  return { outcome: 'created', person: { ...person, email: person.email!, locale: input.locale }, confirmToken };
}
