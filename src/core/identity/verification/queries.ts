// The latest in-person verifications made at an institution, for its officials. The audit log is where the act is
// recorded with its institution and official; the RUN leaves this file masked (run.ts: maskRun), never whole.
import { and, desc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { auditLog } from '../../audit/schema.js';
import { people } from '../../auth/schema.js';
import { maskRun, parseRun } from '../run.js';
import { VERIFY_IN_PERSON_ACTION } from '../commands/verify-identity-in-person.js';

/** "12.345.***-*" for a stored "12345678-5". */
function maskStoredRun(stored: string | null): string | null {
  const run = stored === null ? null : parseRun(stored);
  return run?.ok ? maskRun(run.run) : null;
}

export async function listInPersonVerifications(db: DbOrTx, institutionId: number, limit = 20) {
  const rows = await db.select({ at: auditLog.at, name: people.name, run: people.run, officialName: auditLog.actorLabel })
    .from(auditLog).innerJoin(people, eq(auditLog.resourceId, sql`${people.id}::text`))
    .where(and(
      eq(auditLog.action, VERIFY_IN_PERSON_ACTION), eq(auditLog.resourceType, 'person'), eq(auditLog.institutionId, institutionId),
      // The same action records ClaveÚnica sign-ins (method 'claveunica'): this page is about officials' checks.
      sql`${auditLog.summary}->>'method' = 'in_person'`,
    ))
    .orderBy(desc(auditLog.seq)).limit(limit);
  return rows.map(({ run, ...row }) => ({ ...row, maskedRun: maskStoredRun(run) }));
}
export type InPersonVerification = Awaited<ReturnType<typeof listInPersonVerifications>>[number];
