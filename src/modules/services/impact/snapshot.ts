// The indicators of a service as they stood in a month: each one's latest value up to that month and the target it
// was then heading for (series.ts: the first target at or after that value's month, the trajectory rule; the first
// target at or after `asOfMonth` when there is no value yet). A milestone review freezes this snapshot as its
// evidence (reviews/schema.ts), and the transparency box reads whether a service measures anything at all.
import type { DbOrTx } from '../../../core/db/client.js';
import type { EvidenceIndicator } from '../reviews/schema.js';
import { listIndicatorsWithSeries } from './queries.js';
import { headlineOf, targetAt } from './series.js';

export async function snapshotIndicators(db: DbOrTx, serviceId: number, asOfMonth: string): Promise<EvidenceIndicator[]> {
  return (await listIndicatorsWithSeries(db, serviceId)).map((i) => {
    const latest = headlineOf(i.values, asOfMonth);
    const target = targetAt(i.targets, latest?.month ?? asOfMonth);
    return { code: i.code, name: i.name, unit: i.unit, direction: i.direction, month: latest?.month ?? null, value: latest?.value ?? null, target: target?.value ?? null };
  });
}
