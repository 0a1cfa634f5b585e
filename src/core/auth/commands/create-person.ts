// Creates a person (account), audited. Used by registration, the CLI and the admin API.
import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { appendAudit, type AuditActor } from '../../audit/log.js';
import { conflict } from '../../http/errors.js';
import { hashPassword } from '../passwords.js';
import { people } from '../schema.js';

export interface CreatePersonInput {
  email: string | null;
  name: string;
  password?: string;
  emailConfirmed?: boolean;
  locale?: 'es-CL' | 'en';
}

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

export async function createPerson(tx: Tx, input: CreatePersonInput, actor: AuditActor | 'self') {
  const email = input.email ? normaliseEmail(input.email) : null;
  if (email) {
    const [existing] = await tx.select({ id: people.id }).from(people).where(eq(people.email, email));
    if (existing) throw conflict('auth.emailTaken');
  }
  const [person] = await tx.insert(people).values({
    email,
    name: input.name.trim(),
    passwordHash: input.password ? await hashPassword(input.password) : null,
    emailConfirmedAt: input.emailConfirmed ? new Date() : null,
    locale: input.locale ?? 'es-CL',
  }).returning({ id: people.id, name: people.name, email: people.email });
  // A person's own account is private: the entry is kept for verification but not listed at /auditoria.
  await appendAudit(tx, {
    actor: actor === 'self' ? { id: person.id, label: person.name } : actor,
    action: 'person.create', resourceType: 'person', resourceId: person.id, public: false,
    summary: { emailConfirmed: !!input.emailConfirmed, hasPassword: !!input.password },
  });
  return person;
}
