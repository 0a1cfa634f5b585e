// A representative edits the supplier's profile (the same rules as registration; the RUT may be added later, as a
// joint venture does once constituted). Audited in public with the fields that changed, never a member's RUT.
import { eq } from 'drizzle-orm';
import type { Tx } from '../../../../core/db/client.js';
import { appendAudit } from '../../../../core/audit/log.js';
import { auditActor } from '../../../../core/policy.js';
import { procurementSuppliers } from '../schema.js';
import type { SupplierInput } from '../validation.js';
import { checkProfile, columnsOf, writeDetails } from './profile.js';
import type { SupplierActor } from './register-supplier.js';

export async function updateSupplier(tx: Tx, supplierId: number, input: SupplierInput, actor: SupplierActor, at = new Date()) {
  const [before] = await tx.select().from(procurementSuppliers).where(eq(procurementSuppliers.id, supplierId)).for('update');
  const s = await checkProfile(tx, input, at, supplierId);
  const columns = columnsOf(s);
  const changed = Object.keys(columns).filter((k) => k !== 'sortKey' && JSON.stringify(before![k as keyof typeof columns]) !== JSON.stringify(columns[k as keyof typeof columns]));
  await tx.update(procurementSuppliers).set({ ...columns, updatedAt: at }).where(eq(procurementSuppliers.id, supplierId));
  await writeDetails(tx, supplierId, s);
  await appendAudit(tx, {
    actor: auditActor(actor), action: 'procurement.supplier.update', resourceType: 'procurement_supplier', resourceId: supplierId, public: true,
    summary: { legalName: s.legalName, changed, members: s.members.length, references: (s.references ?? []).length },
  });
}
