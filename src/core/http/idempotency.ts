// Idempotent submits (a double click, a retried request): the first submission with a key runs and stores its answer;
// any other with the same key, even a concurrent one, gets that answer and writes nothing. The key's row is inserted
// in the caller's transaction, so a second request blocks on the uncommitted row until the first commits (then it
// reads the stored answer) or rolls back (then it runs itself): the same guarantee the database gives ballots.
import { and, eq } from 'drizzle-orm';
import { Type } from '@sinclair/typebox';
import { randomUUID } from 'node:crypto';
import type { Tx } from '../db/client.js';
import { submissions } from '../auth/schema.js';

/** The hidden field forms carry; a fresh value per rendered form. */
export const SUBMISSION_FIELD = 'submission';
export const SubmissionField = Type.Optional(Type.String({ minLength: 8, maxLength: 100 }));
export const newSubmissionKey = () => randomUUID();

export type Once = { first: true; result: string } | { first: false; result: string };

/**
 * Runs `create` unless `key` was already submitted by this person; answers what the first run answered. Without a key
 * (an API client that sends none) it simply runs.
 */
export async function once(tx: Tx, personId: number, key: string | undefined, create: () => Promise<string>): Promise<Once> {
  if (!key) return { first: true, result: await create() };
  const inserted = await tx.insert(submissions).values({ personId, key }).onConflictDoNothing().returning({ key: submissions.key });
  if (inserted.length === 0) {
    const [row] = await tx.select({ result: submissions.result }).from(submissions)
      .where(and(eq(submissions.personId, personId), eq(submissions.key, key)));
    return { first: false, result: row?.result ?? '' };
  }
  const result = await create();
  await tx.update(submissions).set({ result }).where(and(eq(submissions.personId, personId), eq(submissions.key, key)));
  return { first: true, result };
}
