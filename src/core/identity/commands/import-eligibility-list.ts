// Loads an eligibility list (padrón), replacing whatever the list held: the old entries are deleted and the new ones
// inserted in the caller's transaction, so people see either the old list or the new one, never half of either.
// The audit entry is public (which lists an institution uses for a vote is a public fact) and says how many, never who.
import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { appendAudit, type AuditActor } from '../../audit/log.js';
import type { EligibilityEntryInput } from '../eligibility-csv.js';
import { eligibilityEntries, eligibilityLists } from '../schema.js';

/** 1,000 rows × 5 columns stays far below PostgreSQL's 65,535 parameters per statement. */
const BATCH = 1000;

export interface ImportEligibilityListInput {
  institutionId: number;
  name: string;
  entries: EligibilityEntryInput[];
}

export async function importEligibilityList(tx: Tx, input: ImportEligibilityListInput, actor: AuditActor,
  onProgress: (done: number, total: number) => void = () => {}) {
  const created = await tx.insert(eligibilityLists).values({ institutionId: input.institutionId, name: input.name })
    .onConflictDoNothing().returning({ id: eligibilityLists.id });
  // Locked, so two imports of the same list take turns instead of interleaving their deletes and inserts.
  const [list] = await tx.select({ id: eligibilityLists.id, entryCount: eligibilityLists.entryCount }).from(eligibilityLists)
    .where(and(eq(eligibilityLists.institutionId, input.institutionId), eq(eligibilityLists.name, input.name))).for('update');

  await tx.delete(eligibilityEntries).where(eq(eligibilityEntries.listId, list.id));
  const total = input.entries.length;
  for (let done = 0; done < total; done += BATCH) {
    await tx.insert(eligibilityEntries).values(input.entries.slice(done, done + BATCH).map((e) => ({
      listId: list.id, institutionId: input.institutionId, runHash: e.runHash, comuna: e.comuna, groupName: e.groupName,
    })));
    onProgress(Math.min(done + BATCH, total), total);
  }
  await tx.update(eligibilityLists).set({ entryCount: total }).where(eq(eligibilityLists.id, list.id));

  const [counts] = await tx.select({
    comunas: sql<number>`count(distinct ${eligibilityEntries.comuna})::int`,
    groups: sql<number>`count(distinct ${eligibilityEntries.groupName})::int`,
  }).from(eligibilityEntries).where(eq(eligibilityEntries.listId, list.id));
  await appendAudit(tx, {
    actor, institutionId: input.institutionId, action: 'eligibility_list.import', resourceType: 'eligibility_list',
    resourceId: list.id, public: true,
    summary: { name: input.name, entries: total, previousEntries: list.entryCount, comunas: counts.comunas, groups: counts.groups, created: created.length > 0 },
  });
  return { listId: list.id, entries: total, previousEntries: list.entryCount };
}
