// Adds or corrects one year's IPC variation, with its public audit entry (the figure moves every real-terms
// comparison, so who changed it, from what to what and on which source, is public).
import { eq } from 'drizzle-orm';
import type { Tx } from '../../../../core/db/client.js';
import { appendAudit, type AuditActor } from '../../../../core/audit/log.js';
import { budgetDeflators } from '../../schema.js';
import type { DeflatorInput } from './form.js';

export async function setDeflator(tx: Tx, input: DeflatorInput, actor: AuditActor & { id: number }): Promise<void> {
  const [previous] = await tx.select({ variation: budgetDeflators.variation, source: budgetDeflators.source })
    .from(budgetDeflators).where(eq(budgetDeflators.year, input.year)).for('update');
  const values = { variation: input.variation, source: input.source, updatedBy: actor.id, updatedAt: new Date() };
  await tx.insert(budgetDeflators).values({ year: input.year, ...values })
    .onConflictDoUpdate({ target: budgetDeflators.year, set: values });
  await appendAudit(tx, {
    actor, action: 'budget_deflator.set', resourceType: 'budget_deflator', resourceId: input.year, public: true,
    summary: { year: input.year, variation: input.variation, source: input.source, previousVariation: previous?.variation ?? null, previousSource: previous?.source ?? null },
  });
}
