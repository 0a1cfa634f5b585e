// Reads of the impact area: a service's indicators with their values and targets (oldest month first), and the
// current Santiago month every month check and default is measured from.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../../core/db/client.js';
import { toSantiagoDate } from '../../../core/calendar/index.js';
import { servicesIndicatorTargets, servicesIndicatorValues, servicesIndicators } from './schema.js';
import type { MonthValue } from './series.js';

export type IndicatorRow = typeof servicesIndicators.$inferSelect;
export interface IndicatorWithSeries extends IndicatorRow {
  values: Array<MonthValue & { origin: string }>;
  targets: MonthValue[];
}

/** The current month in Chile ('YYYY-MM'): a value for a later month is refused. */
export const currentMonthInChile = (now = new Date()) => toSantiagoDate(now).slice(0, 7);

export async function listIndicators(db: DbOrTx, serviceId: number): Promise<IndicatorRow[]> {
  return db.select().from(servicesIndicators).where(eq(servicesIndicators.serviceId, serviceId))
    .orderBy(asc(servicesIndicators.position), asc(servicesIndicators.id));
}

export async function findIndicatorByCode(db: DbOrTx, serviceId: number, code: string): Promise<IndicatorRow | null> {
  const [row] = await db.select().from(servicesIndicators).where(and(eq(servicesIndicators.serviceId, serviceId), eq(servicesIndicators.code, code)));
  return row ?? null;
}

/** Every indicator of a service with its whole series and targets: a service has a handful, each a few years of months. */
export async function listIndicatorsWithSeries(db: DbOrTx, serviceId: number): Promise<IndicatorWithSeries[]> {
  const indicators = await listIndicators(db, serviceId);
  if (indicators.length === 0) return [];
  const ids = indicators.map((i) => i.id);
  const values = await db.select({ indicatorId: servicesIndicatorValues.indicatorId, month: servicesIndicatorValues.month, value: servicesIndicatorValues.value, origin: servicesIndicatorValues.origin })
    .from(servicesIndicatorValues).where(inArray(servicesIndicatorValues.indicatorId, ids)).orderBy(asc(servicesIndicatorValues.month));
  const targets = await db.select().from(servicesIndicatorTargets).where(inArray(servicesIndicatorTargets.indicatorId, ids)).orderBy(asc(servicesIndicatorTargets.month));
  return indicators.map((i) => ({
    ...i,
    values: values.filter((v) => v.indicatorId === i.id).map(({ month, value, origin }) => ({ month, value, origin })),
    targets: targets.filter((t) => t.indicatorId === i.id).map(({ month, value }) => ({ month, value })),
  }));
}
