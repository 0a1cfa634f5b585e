// Representatives add a person (an existing account, by its email) or remove one; never the last, so a supplier is
// never left with nobody to act for it. A person who represents no supplier any more loses the core role too, so the
// role keeps meaning "represents some supplier". Audited, privately: who represents a firm is not published.
import { and, count, eq, isNull } from 'drizzle-orm';
import type { Tx } from '../../../../core/db/client.js';
import { appendAudit } from '../../../../core/audit/log.js';
import { revokeRole } from '../../../../core/auth/commands/revoke-role.js';
import { findPersonByEmail } from '../../../../core/auth/queries.js';
import { roleAssignments } from '../../../../core/auth/schema.js';
import { conflict, InvalidField, notFound } from '../../../../core/http/errors.js';
import { auditActor } from '../../../../core/policy.js';
import { procurementSupplierRepresentatives as reps } from '../schema.js';
import { addRepresentation, type SupplierActor } from './register-supplier.js';

const audit = (tx: Tx, supplierId: number, actor: SupplierActor, action: string, personId: number) => appendAudit(tx, {
  actor: auditActor(actor), action: `procurement.supplier.representative.${action}`, resourceType: 'procurement_supplier', resourceId: supplierId,
  public: false, summary: { personId },
});

export async function addRepresentative(tx: Tx, supplierId: number, email: string, actor: SupplierActor, at = new Date()) {
  const person = await findPersonByEmail(tx, email);
  if (!person || person.disabled) throw new InvalidField('email', 'procurement.supplier.error.noSuchPerson');
  const [already] = await tx.select({ id: reps.personId }).from(reps).where(and(eq(reps.supplierId, supplierId), eq(reps.personId, person.id)));
  if (already) throw new InvalidField('email', 'procurement.supplier.error.alreadyRepresentative');
  await addRepresentation(tx, supplierId, person.id, actor, at);
  await audit(tx, supplierId, actor, 'add', person.id);
  return person;
}

export async function removeRepresentative(tx: Tx, supplierId: number, personId: number, actor: SupplierActor) {
  // Locks the supplier's representatives, so two removals at once cannot both see "two left" and leave none.
  const current = await tx.select({ personId: reps.personId }).from(reps).where(eq(reps.supplierId, supplierId)).for('update');
  if (!current.some((r) => r.personId === personId)) throw notFound();
  if (current.length <= 1) throw conflict('procurement.supplier.error.lastRepresentative');
  await tx.delete(reps).where(and(eq(reps.supplierId, supplierId), eq(reps.personId, personId)));
  const [left] = await tx.select({ n: count() }).from(reps).where(eq(reps.personId, personId));
  if (left!.n === 0) {
    const [role] = await tx.select({ id: roleAssignments.id }).from(roleAssignments)
      .where(and(eq(roleAssignments.personId, personId), eq(roleAssignments.role, 'supplier_representative'), isNull(roleAssignments.institutionId)));
    if (role) await revokeRole(tx, role.id, auditActor(actor));
  }
  await audit(tx, supplierId, actor, 'remove', personId);
}
