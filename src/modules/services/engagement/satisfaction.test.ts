import { describe, expect, it } from 'vitest';
import { formatTenths, summariseGrades, type GradeCount } from './satisfaction.js';

/** The counts a list of grades makes (as the database's group by would). */
const countsOf = (grades: number[]): GradeCount[] => [...new Set(grades)].map((value) => ({ value, count: grades.filter((g) => g === value).length }));

describe('satisfaction on the 1–7 scale', () => {
  it('averages [7,6,5,4] to 5,5 (22/4)', () => {
    const s = summariseGrades(countsOf([7, 6, 5, 4]));
    expect(s.average).toBe(5.5);
    expect(s.averageTenths).toBe(55);
    expect(formatTenths(s.averageTenths!, 'es-CL')).toBe('5,5');
    expect(s.responses).toBe(4);
  });

  it('rounds [7,7,6] = 6.666… to 6,7', () => {
    const s = summariseGrades(countsOf([7, 7, 6]));
    expect(s.averageTenths).toBe(67);
    expect(formatTenths(67, 'es-CL')).toBe('6,7');
    expect(formatTenths(67, 'en')).toBe('6.7');
  });

  it('rounds an exact half up on the fraction: 109/20 = 5.45 → 5,5 and 107/20 = 5.35 → 5,4 (toFixed(1) says 5.3)', () => {
    const g545 = [...Array(10).fill(6), ...Array(9).fill(5), 4]; // 60 + 45 + 4 = 109 over 20
    expect(summariseGrades(countsOf(g545)).averageTenths).toBe(55);
    const g535 = [...Array(9).fill(7), ...Array(11).fill(4)]; // 63 + 44 = 107 over 20
    expect((107 / 20).toFixed(1)).toBe('5.3');
    expect(summariseGrades(countsOf(g535)).averageTenths).toBe(54);
  });

  it('counts the distribution over 1–7 and the approval share (grades ≥ 4, the pass mark)', () => {
    const s = summariseGrades(countsOf([1, 3, 4, 4, 7]));
    expect(s.distribution).toEqual([1, 0, 1, 2, 0, 0, 1].map((count, i) => ({ value: i + 1, count })));
    expect(s.approval).toBe(3 / 5);
  });

  it('has nulls, never NaN, without grades; ignores values outside 1–7', () => {
    const s = summariseGrades([{ value: 0, count: 3 }, { value: 8, count: 1 }]);
    expect(s).toEqual({ responses: 0, average: null, averageTenths: null, approval: null, distribution: expect.any(Array) });
    expect(s.distribution.every((d) => d.count === 0)).toBe(true);
  });
});
