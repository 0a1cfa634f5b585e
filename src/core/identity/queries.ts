// Reads over eligibility lists. Callers hash the RUN first (run.ts: hashRun with the "run-hash" key): no query here
// takes or returns a RUN.
import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { eligibilityEntries, eligibilityLists } from './schema.js';

export async function isEligible(db: DbOrTx, listId: number, runHash: string): Promise<boolean> {
  const [row] = await db.select({ listId: eligibilityEntries.listId }).from(eligibilityEntries)
    .where(and(eq(eligibilityEntries.listId, listId), eq(eligibilityEntries.runHash, runHash))).limit(1);
  return row !== undefined;
}

export function listEligibilityLists(db: DbOrTx, institutionId: number) {
  return db.select({
    id: eligibilityLists.id, name: eligibilityLists.name, entryCount: eligibilityLists.entryCount, createdAt: eligibilityLists.createdAt,
  }).from(eligibilityLists).where(eq(eligibilityLists.institutionId, institutionId)).orderBy(asc(eligibilityLists.name), asc(eligibilityLists.id));
}
