// The facts of the transparency box (box.ts) for many services at once, as the registry lists them: one query per
// table whatever the number of services (spending, linked contracts, indicators with their values and targets), never
// one per service.
import { and, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../core/db/client.js';
import { servicesContracts, servicesSpending } from '../funding/schema.js';
import { servicesIndicators as ind, servicesIndicatorTargets, servicesIndicatorValues } from '../impact/schema.js';
import type { Accessibility } from '../registry/schema.js';
import type { BoxFacts } from './box.js';

/** The service's own columns the box reads. */
export interface BoxServiceColumns {
  id: number; slug: string; repository: string | null; riskAnalysisUrl: string | null;
  accessibility: Accessibility | null; accessibilityUrl: string | null;
}

export async function findBoxFacts(db: DbOrTx, services: readonly BoxServiceColumns[]): Promise<Map<number, BoxFacts>> {
  const facts = new Map<number, BoxFacts>();
  if (services.length === 0) return facts;
  const ids = services.map((s) => s.id);
  const hasValue = sql<boolean>`exists (select 1 from ${servicesIndicatorValues} v where v.indicator_id = ${ind.id})`;
  const hasTarget = sql<boolean>`exists (select 1 from ${servicesIndicatorTargets} g where g.indicator_id = ${ind.id})`;
  const [spending, contracts, indicators] = await Promise.all([
    db.selectDistinct({ serviceId: servicesSpending.serviceId }).from(servicesSpending).where(inArray(servicesSpending.serviceId, ids)),
    db.selectDistinct({ serviceId: servicesContracts.serviceId }).from(servicesContracts).where(inArray(servicesContracts.serviceId, ids)),
    db.select({ serviceId: ind.serviceId, kind: ind.kind, hasValue, hasTarget }).from(ind)
      .where(and(inArray(ind.serviceId, ids), inArray(ind.kind, ['usage', 'impact']), hasValue)),
  ]);
  const budgeted = new Set([...spending, ...contracts].map((r) => r.serviceId));
  const usage = new Set(indicators.filter((i) => i.kind === 'usage').map((i) => i.serviceId));
  const impact = new Set(indicators.filter((i) => i.kind === 'impact' && i.hasTarget).map((i) => i.serviceId));
  for (const s of services) {
    facts.set(s.id, {
      slug: s.slug, repository: s.repository, riskAnalysisUrl: s.riskAnalysisUrl, accessibility: s.accessibility, accessibilityUrl: s.accessibilityUrl,
      hasBudget: budgeted.has(s.id), hasUsage: usage.has(s.id), hasImpact: impact.has(s.id),
    });
  }
  return facts;
}
