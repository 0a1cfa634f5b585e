// A signed-in person registers a supplier and becomes its first representative, in one transaction: the supplier,
// its members and references, the representation row, the core role 'supplier_representative' (granted only if not
// held yet: a person may represent several suppliers) and a public audit entry naming the supplier. `at` lets the demo
// seed tell a story in the past. Bad input throws InvalidField before anything is written.
import { and, eq, isNull } from 'drizzle-orm';
import type { Tx } from '../../../../core/db/client.js';
import { appendAudit } from '../../../../core/audit/log.js';
import { grantRole } from '../../../../core/auth/commands/grant-role.js';
import { roleAssignments } from '../../../../core/auth/schema.js';
import { auditActor, type Actor } from '../../../../core/policy.js';
import { procurementSupplierRepresentatives, procurementSuppliers } from '../schema.js';
import type { SupplierInput } from '../validation.js';
import { checkProfile, columnsOf, writeDetails } from './profile.js';

export type SupplierActor = Pick<Actor, 'personId' | 'name'>;

/** Makes a person a representative of a supplier, and grants the core role if they did not hold it. */
export async function addRepresentation(tx: Tx, supplierId: number, personId: number, actor: SupplierActor, at: Date) {
  await tx.insert(procurementSupplierRepresentatives).values({ supplierId, personId, addedAt: at });
  const [held] = await tx.select({ id: roleAssignments.id }).from(roleAssignments)
    .where(and(eq(roleAssignments.personId, personId), eq(roleAssignments.role, 'supplier_representative'), isNull(roleAssignments.institutionId)));
  if (!held) await grantRole(tx, { personId, role: 'supplier_representative', institutionId: null }, auditActor(actor));
}

export async function registerSupplier(tx: Tx, input: SupplierInput, actor: SupplierActor, at = new Date()): Promise<number> {
  const s = await checkProfile(tx, input, at);
  const [row] = await tx.insert(procurementSuppliers).values({ ...columnsOf(s), createdAt: at, updatedAt: at }).returning({ id: procurementSuppliers.id });
  const id = row!.id;
  await writeDetails(tx, id, s);
  await addRepresentation(tx, id, actor.personId, actor, at);
  await appendAudit(tx, {
    actor: auditActor(actor), action: 'procurement.supplier.register', resourceType: 'procurement_supplier', resourceId: id, public: true,
    summary: { legalName: s.legalName, rut: s.rut ?? null, kind: s.kind, size: s.size, comunaCode: s.comunaCode, members: s.members.length },
  });
  return id;
}
