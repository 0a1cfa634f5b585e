// The impact demo on services like the registry's demo: indicators, a deterministic year of values with one gap and
// targets for launched services; nothing for a service still in investigation or ended before the window.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { insertTestService } from '../test-support.js';
import { listIndicatorsWithSeries } from './queries.js';
import { seedImpactDemo } from './seed.js';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); }, 120_000);
afterAll(async () => { await t.close(); });

describe('the impact demo', () => {
  it('measures launched services only, from their latest launch, with a gap and targets', async () => {
    const db = t.database.db;
    const permits = await insertTestService(db, { slug: 'permisos-demo', phases: [{ phase: 'investigacion', startedOn: '2024-09-02' }, { phase: 'construccion', startedOn: '2025-03-03' }] });
    const pivoted = await insertTestService(db, { slug: 'agenda-horas-demo', phases: [{ phase: 'investigacion', startedOn: '2025-06-02' },
      { phase: 'construccion', startedOn: '2025-10-06' }, { phase: 'investigacion', startedOn: '2026-01-12' }, { phase: 'construccion', startedOn: '2026-05-04' }] });
    const research = await insertTestService(db, { slug: 'retiro-demo', phases: [{ phase: 'investigacion', startedOn: '2026-08-03' }] });
    const endedEarly = await insertTestService(db, { slug: 'patentes-demo', phases: [{ phase: 'investigacion', startedOn: '2024-06-03' },
      { phase: 'construccion', startedOn: '2024-12-02' }, { phase: 'abandonado', startedOn: '2025-09-01' }] });
    await db.transaction((tx) => seedImpactDemo(tx, new Map([['a', permits.id], ['b', pivoted.id], ['c', research.id], ['d', endedEarly.id], ['e', 999_999]])));

    const p = await listIndicatorsWithSeries(db, permits.id);
    expect(p.map((i) => i.code)).toEqual(['permisos-en-linea', 'dias-hasta-permiso', 'tramites-en-linea', 'satisfaccion']);
    expect(p[0]!.values.map((v) => v.month)).toEqual(['2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10']);
    expect(p[0]!.values[0]!.value).toBe(420); // k = 0: the start of the curve
    expect(p[3]!.values.map((v) => v.month)).not.toContain('2026-05'); // the satisfaction survey's gap
    expect(p.every((i) => i.targets.length > 0 && i.values.every((v) => Number.isFinite(v.value)))).toBe(true);
    const h = await listIndicatorsWithSeries(db, pivoted.id);
    expect(h[0]!.values[0]!.month).toBe('2026-05');
    expect(await listIndicatorsWithSeries(db, research.id)).toEqual([]);
    expect(await listIndicatorsWithSeries(db, endedEarly.id)).toEqual([]);
  });
});
