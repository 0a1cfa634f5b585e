// Who may act on contracts and call-offs: everything is public to read once it happened (Ley 19.886 art. 20); the
// institution's officials with the 'procurement' permission, and its admins, sign contracts, plan and meet milestones,
// record payments, terminate, and place, award or cancel call-offs. A supplier's representatives quote in a renewed
// competition for the suppliers they represent (procurement_supplier_representatives), nothing else.
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../core/db/client.js';
import { canActInModule, type Actor } from '../../../core/policy.js';
import { procurementSupplierRepresentatives as reps } from '../schema.js';

export const canManageContracts = (actor: Actor | null, institutionId: number) => canActInModule(actor, institutionId, 'procurement');

/** The suppliers the person represents. */
export async function representedSupplierIds(db: DbOrTx, personId: number | null | undefined): Promise<number[]> {
  if (!personId) return [];
  const rows = await db.select({ id: reps.supplierId }).from(reps).where(eq(reps.personId, personId));
  return rows.map((r) => r.id);
}

export async function representsSupplier(db: DbOrTx, personId: number | null, supplierId: number): Promise<boolean> {
  if (!personId) return false;
  const [row] = await db.select({ id: reps.supplierId }).from(reps).where(and(eq(reps.personId, personId), eq(reps.supplierId, supplierId)));
  return !!row;
}
