// Revokes a role assignment, audited (public when it concerns an institution, like the grant).
import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { appendAudit, type AuditActor } from '../../audit/log.js';
import { notFound } from '../../http/errors.js';
import { roleAssignments } from '../schema.js';

export async function revokeRole(tx: Tx, assignmentId: number, actor: AuditActor) {
  const [row] = await tx.delete(roleAssignments).where(eq(roleAssignments.id, assignmentId)).returning();
  if (!row) throw notFound();
  await appendAudit(tx, {
    actor, institutionId: row.institutionId, action: 'role.revoke', resourceType: 'role_assignment', resourceId: row.id,
    public: row.institutionId !== null, summary: { role: row.role, personId: row.personId },
  });
  return row;
}
