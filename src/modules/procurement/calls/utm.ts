// The UTM table (procurement_utm_values): the SII publishes the UTM each month, and an administrator enters it with
// its source. Cabildo ships no figure of its own: a wrong UTM would let a quick purchase pass its legal ceiling.
import { desc, eq } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../../core/db/client.js';
import { appendAudit, type AuditActor } from '../../../core/audit/log.js';
import { procurementUtmValues as utm } from './schema.js';

export type UtmInput = { month: string; pesos: number; source: string };

export const listUtmValues = (db: DbOrTx) => db.select().from(utm).orderBy(desc(utm.month));

export async function findUtmOf(db: DbOrTx, month: string): Promise<number | null> {
  const [row] = await db.select({ pesos: utm.pesos }).from(utm).where(eq(utm.month, month));
  return row?.pesos ?? null;
}

/** Adds or corrects a month; the audit entry is public and keeps the previous figure (it decides which calls qualify). */
export async function setUtmValue(tx: Tx, input: UtmInput, actor: AuditActor): Promise<void> {
  const [previous] = await tx.select().from(utm).where(eq(utm.month, input.month)).for('update');
  await tx.insert(utm).values(input).onConflictDoUpdate({ target: utm.month, set: { pesos: input.pesos, source: input.source } });
  await appendAudit(tx, {
    actor, action: 'procurement_utm.set', resourceType: 'procurement_utm', resourceId: input.month, public: true,
    summary: { ...input, previousPesos: previous?.pesos ?? null, previousSource: previous?.source ?? null },
  });
}
