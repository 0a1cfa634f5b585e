// Factories for impact tests: a service (test-support.ts) with indicators, values and targets written through the
// commands, and the service's record as the routes load it.
import type { TestApp } from '../../../test-support/app.js';
import { insertTestService, type TestServiceOptions } from '../test-support.js';
import { findServiceById } from '../registry/queries.js';
import { defineIndicator, type IndicatorInput } from './commands/define-indicator.js';
import { setTarget } from './commands/targets.js';
import { upsertValues } from './commands/record-values.js';

const TEST: { id: null; label: string } = { id: null, label: 'test' };
/** Far enough ahead that every month a test records is allowed. */
export const TEST_CURRENT_MONTH = '2026-11';

export interface TestIndicator extends Partial<IndicatorInput> {
  values?: Array<[string, number]>;
  targets?: Array<[string, number]>;
}

export const indicatorInput = (extra: Partial<IndicatorInput> = {}): IndicatorInput => ({
  code: 'permisos-en-linea', name: 'Permisos ingresados en línea', kind: 'usage', unit: 'count', direction: 'up', method: 'Registro del sistema.', ...extra,
});

/** A service in Temuco's lab with these indicators (each with its values and targets), and its record. */
export async function insertServiceWithIndicators(t: TestApp, indicators: TestIndicator[], opts: TestServiceOptions = {}) {
  const row = await insertTestService(t.database.db, { phases: [{ phase: 'investigacion', startedOn: '2025-06-02' }, { phase: 'construccion', startedOn: '2025-11-03' }], ...opts });
  const service = (await findServiceById(t.database.db, row.id))!;
  const defined = await t.database.db.transaction(async (tx) => {
    const out = [];
    for (const spec of indicators) {
      const { values = [], targets = [], ...input } = spec;
      const indicator = await defineIndicator(tx, service, indicatorInput(input), TEST);
      for (const [month, value] of targets) await setTarget(tx, service, indicator, { month, value }, TEST, TEST_CURRENT_MONTH);
      if (values.length) await upsertValues(tx, service, values.map(([month, value], at) => ({ indicator, month, value, at })), 'entered', TEST, TEST_CURRENT_MONTH);
      out.push(indicator);
    }
    return out;
  });
  return { service, indicators: defined };
}
