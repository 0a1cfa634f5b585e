// The indicators of a service as they stood in a month: each one's latest value up to that month and the target it
// was then heading for (the first target at or after that value's month). A milestone review freezes this snapshot as
// its evidence (reviews/schema.ts), and the transparency box reads whether a service measures anything at all.
import { and, asc, desc, eq, lte } from 'drizzle-orm';
import type { DbOrTx } from '../../../core/db/client.js';
import { servicesIndicatorTargets, servicesIndicatorValues, servicesIndicators } from './schema.js';
import type { EvidenceIndicator } from '../reviews/schema.js';

export async function snapshotIndicators(db: DbOrTx, serviceId: number, asOfMonth: string): Promise<EvidenceIndicator[]> {
  const indicators = await db.select().from(servicesIndicators).where(eq(servicesIndicators.serviceId, serviceId))
    .orderBy(asc(servicesIndicators.position), asc(servicesIndicators.id));
  return Promise.all(indicators.map(async (i) => {
    const [latest] = await db.select({ month: servicesIndicatorValues.month, value: servicesIndicatorValues.value }).from(servicesIndicatorValues)
      .where(and(eq(servicesIndicatorValues.indicatorId, i.id), lte(servicesIndicatorValues.month, asOfMonth)))
      .orderBy(desc(servicesIndicatorValues.month)).limit(1);
    const targets = await db.select().from(servicesIndicatorTargets).where(eq(servicesIndicatorTargets.indicatorId, i.id)).orderBy(asc(servicesIndicatorTargets.month));
    const from = latest?.month ?? asOfMonth;
    const target = targets.find((t) => t.month >= from) ?? targets.at(-1);
    return { code: i.code, name: i.name, unit: i.unit, direction: i.direction, month: latest?.month ?? null, value: latest?.value ?? null, target: target?.value ?? null };
  }));
}
