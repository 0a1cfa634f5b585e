// The tracker's arithmetic on hand-computed cases: the stage in force on a day (ties by record order, going back),
// the value of each year (31 December), counts at and from each stage, quarters, and the survey's share and mean.
import { describe, expect, it } from 'vitest';
import { eventOn, groupEvents, keyStageTrend, quartersBetween, stageCounts, statusOn, summariseScores, yearlyStages, type StageEvent } from './rules.js';

const e = (id: number, status: StageEvent['status'], effectiveOn: string, cut = '09101', platform: StageEvent['platform'] = 'firmagob'): StageEvent =>
  ({ id, cut, platform, status, effectiveOn });

describe('the stage in force', () => {
  const history = [e(3, 'enabled', '2023-12-31'), e(1, 'requested', '2022-05-10'), e(4, 'in_production', '2024-01-01'), e(5, 'enabled', '2025-03-01'), e(6, 'requested', '2025-03-01')];
  it('is the latest effective on or before the day, ties broken by the order of recording', () => {
    expect(statusOn(history, '2022-05-09')).toBe('not_started');
    expect(statusOn(history, '2022-05-10')).toBe('requested');
    expect(statusOn(history, '2023-12-31')).toBe('enabled');
    expect(statusOn(history, '2024-06-30')).toBe('in_production');
    expect(eventOn(history, '2025-03-01')?.id).toBe(6); // two events the same day: the one recorded last holds
  });

  it('gives one value per year from the first event\'s year, the stage held on 31 December, going back included', () => {
    expect(yearlyStages(history, 2026)).toEqual([
      { year: 2022, stage: 1, eventIds: [1] },
      { year: 2023, stage: 2, eventIds: [1, 3] },
      { year: 2024, stage: 3, eventIds: [1, 3, 4] },
      { year: 2025, stage: 1, eventIds: [1, 3, 4, 5, 6] },
      { year: 2026, stage: 1, eventIds: [1, 3, 4, 5, 6] },
    ]);
    expect(yearlyStages([], 2026)).toEqual([]);
  });
});

describe('counts', () => {
  const events = [e(1, 'requested', '2021-02-01', '09101'), e(2, 'enabled', '2021-05-01', '09101'), e(3, 'in_production', '2021-08-01', '09102'),
    e(4, 'requested', '2021-08-01', '09103'), e(5, 'requested', '2021-01-01', '09102', 'pisee')];
  const cuts = ['09101', '09102', '09103', '09104'];
  it('counts municipalities at each stage and at least at each stage, without events as not started', () => {
    const c = stageCounts(cuts, groupEvents(events), 'firmagob', '2021-12-31');
    expect(c.exactly).toEqual({ not_started: 1, requested: 1, enabled: 1, in_production: 1 });
    expect(c.atLeast).toEqual({ not_started: 4, requested: 3, enabled: 2, in_production: 1 });
  });

  it('cuts quarters and counts each platform\'s key stage at their ends, the current one at today', () => {
    expect(quartersBetween('2020-11-03', '2021-04-02').map((q) => q.label)).toEqual(['2020-T4', '2021-T1', '2021-T2']);
    const trend = keyStageTrend(cuts, groupEvents(events), '2021-01-01', '2021-08-15');
    expect(trend.map((q) => [q.quarter, q.day, q.counts.firmagob, q.counts.pisee])).toEqual([
      ['2021-T1', '2021-03-31', 0, 1], ['2021-T2', '2021-06-30', 1, 1], ['2021-T3', '2021-08-15', 2, 1],
    ]);
  });
});

describe('the satisfaction survey', () => {
  it('counts 5, 6 and 7 as positive and means the scores', () => {
    expect(summariseScores([7, 5, 4, 1])).toEqual({ answers: 4, positive: 2, positiveShare: 0.5, mean: 4.25 });
    expect(summariseScores([])).toEqual({ answers: 0, positive: 0, positiveShare: null, mean: null });
  });
});
