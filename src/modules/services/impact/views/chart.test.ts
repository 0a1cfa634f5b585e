// The chart's axis: round ticks from zero past the highest figure, 1, 2 or 5 times a power of ten apart.
import { describe, expect, it } from 'vitest';
import { niceTicks } from './chart.js';

describe('axis ticks', () => {
  it('covers the figures with four to six round steps', () => {
    expect(niceTicks(0, 844)).toEqual([0, 200, 400, 600, 800, 1000]);
    expect(niceTicks(0, 1000)).toEqual([0, 200, 400, 600, 800, 1000]);
    expect(niceTicks(0, 67)).toEqual([0, 20, 40, 60, 80]);
    expect(niceTicks(0, 1)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(0, 18.5)).toEqual([0, 5, 10, 15, 20]);
  });
});
