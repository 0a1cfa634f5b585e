// Factories for observatory tests: indicator values written directly (the rows an import, a module source or the
// tracker would write), so a test about the index or its pages starts from the figures it needs.
import type { DbOrTx } from '../../core/db/client.js';
import { observatoryValues } from './schema.js';
import type { IndicatorOrigin } from './indicators/catalogue.js';

export interface TestValue { cut: string; year: number; indicator: string; value: number; origin?: IndicatorOrigin; source?: string }

export async function insertTestValues(db: DbOrTx, rows: TestValue[]): Promise<void> {
  if (rows.length === 0) return;
  await db.insert(observatoryValues).values(rows.map((r) => ({
    cut: r.cut, year: r.year, indicator: r.indicator, value: r.value, origin: r.origin ?? 'import', source: r.source ?? 'test',
  })));
}
