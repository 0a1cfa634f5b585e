// The weighted roll-up and the status rule, on hand-made cases.
import { describe, expect, it } from 'vitest';
import { statusAfterRollUp, statusProblem, weightedProgress } from './rules.js';

const child = (progress: number, weight = 1, status: 'planned' | 'in_progress' | 'done' | 'cancelled' = 'in_progress') => ({ progress, weight, status });

describe('weightedProgress', () => {
  it('is the weighted mean, rounded to a whole percent', () => {
    expect(weightedProgress([child(100, 1), child(0, 3)])).toBe(25);
    expect(weightedProgress([child(50), child(51)])).toBe(51); // 50.5 rounds up
    expect(weightedProgress([child(33), child(33), child(34)])).toBe(33);
  });
  it('leaves cancelled children out, and is 0 with nothing to count', () => {
    expect(weightedProgress([child(80, 2), child(0, 5, 'cancelled')])).toBe(80);
    expect(weightedProgress([child(80, 1, 'cancelled')])).toBe(0);
    expect(weightedProgress([])).toBe(0);
  });
  it('stays within 0..100 for any weights', () => {
    for (let i = 0; i < 200; i++) {
      const kids = Array.from({ length: 1 + (i % 7) }, (_, k) => child((i * 37 + k * 11) % 101, 1 + ((i + k) % 9)));
      const p = weightedProgress(kids);
      expect(p).toBeGreaterThanOrEqual(Math.min(...kids.map((c) => c.progress)));
      expect(p).toBeLessThanOrEqual(Math.max(...kids.map((c) => c.progress)));
    }
  });
});

describe('status rules', () => {
  it('done needs 100 %; a parent falling back from done, or starting, is in progress', () => {
    expect(statusProblem('done', 99)).toBe(true);
    expect(statusProblem('done', 100)).toBe(false);
    expect(statusProblem('in_progress', 100)).toBe(false);
    expect(statusAfterRollUp('done', 50)).toBe('in_progress');
    expect(statusAfterRollUp('planned', 50)).toBe('in_progress');
    expect(statusAfterRollUp('planned', 0)).toBe('planned');
    expect(statusAfterRollUp('cancelled', 50)).toBe('cancelled');
  });
});
