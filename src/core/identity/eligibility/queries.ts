// An institution's eligibility lists with when each was last loaded (the time of its latest import in the audit
// log, where each import is recorded), and the comuna codes a list may name.
import { and, asc, eq, max, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { auditLog } from '../../audit/schema.js';
import { comunas } from '../../tenancy/schema.js';
import { eligibilityLists } from '../schema.js';

export async function listEligibilityListsWithImports(db: DbOrTx, institutionId: number) {
  const imports = db.select({ listId: auditLog.resourceId, at: max(auditLog.at).as('imported_at') }).from(auditLog)
    .where(and(eq(auditLog.action, 'eligibility_list.import'), eq(auditLog.institutionId, institutionId)))
    .groupBy(auditLog.resourceId).as('imports');
  return db.select({
    id: eligibilityLists.id, name: eligibilityLists.name, entryCount: eligibilityLists.entryCount,
    importedAt: sql<Date>`coalesce(${imports.at}, ${eligibilityLists.createdAt})`.mapWith((v: string | Date) => new Date(v)),
  }).from(eligibilityLists)
    .leftJoin(imports, eq(imports.listId, sql`${eligibilityLists.id}::text`))
    .where(eq(eligibilityLists.institutionId, institutionId))
    .orderBy(asc(eligibilityLists.name), asc(eligibilityLists.id));
}
export type EligibilityListRow = Awaited<ReturnType<typeof listEligibilityListsWithImports>>[number];

export async function comunaCodes(db: DbOrTx): Promise<ReadonlySet<string>> {
  return new Set((await db.select({ code: comunas.code }).from(comunas)).map((c) => c.code));
}
