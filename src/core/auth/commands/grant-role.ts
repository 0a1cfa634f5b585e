// Grants a role to a person (platform admin; per institution: institution admin, official with module
// permissions, oversight member; supplier representative). Audited, public when it names an institution.
import type { Tx } from '../../db/client.js';
import { appendAudit, type AuditActor } from '../../audit/log.js';
import { badRequest } from '../../http/errors.js';
import type { ModuleName } from '../../policy.js';
import { roleAssignments, type Role } from '../schema.js';

export const INSTITUTION_ROLES: ReadonlySet<Role> = new Set(['institution_admin', 'official', 'oversight_member']);

export async function grantRole(tx: Tx, input: { personId: number; role: Role; institutionId: number | null; permissions?: ModuleName[] }, actor: AuditActor) {
  if (INSTITUTION_ROLES.has(input.role) !== (input.institutionId !== null)) throw badRequest('auth.roleNeedsInstitution');
  const [row] = await tx.insert(roleAssignments).values({
    personId: input.personId, role: input.role, institutionId: input.institutionId, permissions: input.permissions ?? [],
  }).onConflictDoNothing().returning({ id: roleAssignments.id });
  await appendAudit(tx, {
    actor, institutionId: input.institutionId, action: 'role.grant', resourceType: 'role_assignment', resourceId: row?.id ?? null,
    public: input.institutionId !== null,
    summary: { role: input.role, permissions: input.permissions ?? [], personId: input.personId, alreadyHeld: !row },
  });
}
