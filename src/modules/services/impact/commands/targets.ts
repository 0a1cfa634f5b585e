// Setting and removing an indicator's targets: one per month (a later one replaces it), a value valid for the unit.
// A target may be for a future month (it is what the team aims at), unlike a value.
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../../../core/db/client.js';
import { appendAudit, type AuditActor } from '../../../../core/audit/log.js';
import { InvalidField } from '../../../../core/http/errors.js';
import type { ServiceRecord } from '../../registry/queries.js';
import { servicesIndicatorTargets } from '../schema.js';
import { isMonth, valueProblem } from '../series.js';
import type { IndicatorRow } from '../queries.js';

/** Targets further than ten years out are typos (2206 for 2026), not plans. */
const LAST_TARGET_YEAR_OFFSET = 10;

export async function setTarget(tx: Tx, service: ServiceRecord, indicator: IndicatorRow, input: { month: string; value: number }, actor: AuditActor, currentMonth: string) {
  if (!isMonth(input.month) || Number(input.month.slice(0, 4)) > Number(currentMonth.slice(0, 4)) + LAST_TARGET_YEAR_OFFSET) {
    throw new InvalidField('month', 'services.impact.problem.month');
  }
  const problem = valueProblem(indicator.unit, input.value);
  if (problem) throw new InvalidField('value', `services.impact.problem.${problem}`);
  await tx.insert(servicesIndicatorTargets).values({ indicatorId: indicator.id, month: input.month, value: input.value })
    .onConflictDoUpdate({ target: [servicesIndicatorTargets.indicatorId, servicesIndicatorTargets.month], set: { value: input.value } });
  await appendAudit(tx, {
    actor, institutionId: service.incubator.institutionId, action: 'services.indicator.target.set', resourceType: 'service_indicator', resourceId: indicator.id,
    summary: { slug: service.slug, code: indicator.code, month: input.month, value: input.value }, public: true,
  });
}

/** Removes a target; false (nothing written) when there was none for that month. */
export async function removeTarget(tx: Tx, service: ServiceRecord, indicator: IndicatorRow, month: string, actor: AuditActor): Promise<boolean> {
  const removed = await tx.delete(servicesIndicatorTargets)
    .where(and(eq(servicesIndicatorTargets.indicatorId, indicator.id), eq(servicesIndicatorTargets.month, month))).returning();
  if (removed.length === 0) return false;
  await appendAudit(tx, {
    actor, institutionId: service.incubator.institutionId, action: 'services.indicator.target.remove', resourceType: 'service_indicator', resourceId: indicator.id,
    summary: { slug: service.slug, code: indicator.code, month, value: removed[0]!.value }, public: true,
  });
  return true;
}
