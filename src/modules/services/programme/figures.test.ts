// The programme's counting rules, on hand-computed histories.
import { describe, expect, it } from 'vitest';
import { toSantiagoDate } from '../../../core/calendar/index.js';
import type { DatedPhase, Phase } from '../phases.js';
import { computeFigures, computeGroupFigures, emptyPhaseCounts, type ProgrammeService } from './figures.js';

let n = 0;
const service = (phases: Array<[Phase, string]>, nationalImpactOn: string[] = []): ProgrammeService => ({
  id: ++n, phases: phases.map(([phase, startedOn]): DatedPhase => ({ phase, startedOn })), nationalImpactOn,
});
const counts = (partial: Partial<Record<Phase, number>>) => ({ ...emptyPhaseCounts(), ...partial });

describe('computeFigures', () => {
  it('has nothing to count without services, and no years', () => {
    expect(computeFigures([], '2026-06-30')).toEqual({
      asOf: '2026-06-30', services: 0, live: 0, perPhase: emptyPhaseCounts(), launched: 0, nationalImpact: 0, abandoned: 0, endedWithoutFollowUp: 0, years: [],
    });
  });

  it('launches a service that pivots back to investigación once, the first year it entered construcción', () => {
    const f = computeFigures([service([['investigacion', '2024-03-01'], ['construccion', '2024-09-10'], ['investigacion', '2025-02-01'], ['construccion', '2025-08-01']])], '2026-06-30');
    expect(f.years.map((y) => [y.year, y.launched])).toEqual([[2024, 1], [2025, 0], [2026, 0]]);
    expect(f.launched).toBe(1);
    expect(f.years.map((y) => y.phases)).toEqual([counts({ construccion: 1 }), counts({ construccion: 1 }), counts({ construccion: 1 })]);
  });

  it('launches a service registered directly in construcción the year of that phase', () => {
    const f = computeFigures([service([['construccion', '2025-05-02']])], '2026-01-15');
    expect(f.years.map((y) => [y.year, y.launched])).toEqual([[2025, 1], [2026, 0]]);
    expect(f.perPhase).toEqual(counts({ construccion: 1 }));
  });

  it('reads phases recorded out of order by their dates', () => {
    const f = computeFigures([service([['abandonado', '2025-11-03'], ['investigacion', '2024-10-01'], ['construccion', '2025-01-20']])], '2025-12-31');
    expect(f.perPhase).toEqual(counts({ abandonado: 1 }));
    expect(f.live).toBe(0);
    expect(f.years).toEqual([
      { year: 2024, launched: 0, nationalImpact: 0, abandoned: 0, endedWithoutFollowUp: 0, phases: counts({ investigacion: 1 }) },
      { year: 2025, launched: 1, nationalImpact: 0, abandoned: 1, endedWithoutFollowUp: 0, phases: counts({ abandonado: 1 }) },
    ]);
  });

  it('counts a phase started on 31 December in that year and one started on 1 January in the next', () => {
    const f = computeFigures([
      service([['investigacion', '2024-06-01'], ['construccion', '2024-12-31']]),
      service([['investigacion', '2024-06-02'], ['construccion', '2025-01-01']]),
    ], '2025-03-01');
    expect(f.years.map((y) => [y.year, y.launched, y.phases.investigacion, y.phases.construccion])).toEqual([[2024, 1, 1, 1], [2025, 1, 0, 2]]);
  });

  it('counts as of the day asked: later phases and reviews are ignored, later services not registered yet', () => {
    const services = [
      service([['investigacion', '2025-02-01'], ['construccion', '2025-07-01'], ['aceleracion', '2026-03-01']], ['2026-02-10']),
      service([['investigacion', '2026-04-01']]),
    ];
    const f = computeFigures(services, '2026-02-09');
    expect([f.services, f.nationalImpact, f.perPhase]).toEqual([1, 0, counts({ construccion: 1 })]);
    expect(f.years.at(-1)).toEqual({ year: 2026, launched: 0, nationalImpact: 0, abandoned: 0, endedWithoutFollowUp: 0, phases: counts({ construccion: 1 }) });
    const later = computeFigures(services, '2026-12-31');
    expect([later.services, later.nationalImpact, later.perPhase]).toEqual([2, 1, counts({ aceleracion: 1, investigacion: 1 })]);
  });

  it('counts national impact once, in the year of the first review that recorded it', () => {
    const f = computeFigures([service([['investigacion', '2024-01-10'], ['construccion', '2024-04-01']], ['2026-05-05', '2025-10-20'])], '2026-12-01');
    expect(f.years.map((y) => [y.year, y.nationalImpact])).toEqual([[2024, 0], [2025, 1], [2026, 0]]);
    expect(f.nationalImpact).toBe(1);
  });

  it('shows abandoned services apart from investigations ended without follow-up, and neither as live', () => {
    const f = computeFigures([
      service([['investigacion', '2025-01-06'], ['investigacion_sin_continuacion', '2025-07-01']]),
      service([['investigacion', '2025-01-07'], ['construccion', '2025-03-01'], ['abandonado', '2026-02-01']]),
      service([['investigacion', '2025-01-08'], ['construccion', '2025-04-01'], ['aceleracion', '2025-10-01'], ['consolidacion', '2026-01-05'], ['operado', '2026-03-01']]),
    ], '2026-06-30');
    expect([f.services, f.live, f.abandoned, f.endedWithoutFollowUp, f.launched]).toEqual([3, 1, 1, 1, 2]);
    expect(f.years.map((y) => [y.year, y.abandoned, y.endedWithoutFollowUp])).toEqual([[2025, 0, 1], [2026, 1, 0]]);
    expect(f.years[0]!.phases).toEqual(counts({ investigacion_sin_continuacion: 1, construccion: 1, aceleracion: 1 }));
    expect(f.perPhase).toEqual(counts({ investigacion_sin_continuacion: 1, abandonado: 1, operado: 1 }));
  });

  it('lists every year from the first phase, also a year with nothing happening', () => {
    const f = computeFigures([service([['investigacion', '2022-05-01'], ['construccion', '2025-01-10']])], '2025-02-01');
    expect(f.years.map((y) => [y.year, y.launched, y.phases.investigacion])).toEqual([[2022, 0, 1], [2023, 0, 1], [2024, 0, 1], [2025, 1, 0]]);
  });

  it('takes today as a Santiago day: at 02:00 UTC on 1 January it is still 31 December in Chile', () => {
    const asOf = toSantiagoDate(new Date('2027-01-01T02:00:00Z'));
    expect(asOf).toBe('2026-12-31');
    expect(computeFigures([service([['investigacion', '2026-03-01']])], asOf).years.map((y) => y.year)).toEqual([2026]);
  });
});

describe('computeGroupFigures', () => {
  it('gives every group its own figures, a group without services all zero', () => {
    const a = { ...service([['investigacion', '2025-01-01'], ['construccion', '2025-06-01']]), group: 'a' };
    const b = { ...service([['investigacion', '2025-02-01']]), group: 'a' };
    const c = { ...service([['construccion', '2026-01-01']]), group: 'b' };
    const groups = computeGroupFigures([{ key: 'b' }, { key: 'a' }, { key: 'z' }], [a, b, c], (s) => s.group, '2026-06-01');
    expect(groups.map((g) => [g.key, g.figures.services, g.figures.launched, g.figures.years.length])).toEqual([['b', 1, 1, 1], ['a', 2, 1, 2], ['z', 0, 0, 0]]);
  });
});
