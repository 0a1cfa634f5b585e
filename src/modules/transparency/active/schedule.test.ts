// The monthly update's due day (CPLT Instrucción General N° 11: within the first 10 business days of the next month),
// counted by hand on the 2026 calendar, and the late flag it drives.
import { describe, expect, it } from 'vitest';
import { latestDuePeriod, shiftPeriod, updateDueOn, updateStatus } from './schedule.js';

describe('due day of a month\'s update', () => {
  it.each([
    ['2026-08', {}, '2026-09-14'], // September starts on a Tuesday; Fiestas Patrias come later
    ['2026-04', {}, '2026-05-15'], // 1 May (Día del Trabajo) is skipped
    ['2026-12', {}, '2027-01-15'], // 1 January is skipped
    ['2026-05', {}, '2026-06-12'],
    ['2026-05', { extraHolidays: [{ date: '2026-06-08', name: 'Feriado regional de prueba' }] }, '2026-06-15'], // the institution's own holiday counts
  ])('%s %j → %s', (period, calendar, due) => { expect(updateDueOn(period, calendar)).toBe(due); });

  it('moves periods across years', () => {
    expect([shiftPeriod('2026-01', -1), shiftPeriod('2025-12', 1), shiftPeriod('2026-03', -14)]).toEqual(['2025-12', '2026-01', '2025-01']);
  });
});

describe('late or not', () => {
  it('expects the previous month only after its due day has passed', () => {
    expect(latestDuePeriod('2026-09-14', {})).toEqual({ period: '2026-07', dueOn: '2026-08-14' });
    expect(latestDuePeriod('2026-09-15', {})).toEqual({ period: '2026-08', dueOn: '2026-09-14' });
  });

  it('flags a category whose newest period is older than the one due', () => {
    expect(updateStatus('2026-07', '2026-09-15', {})).toEqual({ state: 'late', expected: '2026-08', dueOn: '2026-09-14' });
    expect(updateStatus('2026-07', '2026-09-14', {})).toEqual({ state: 'current' });
    expect(updateStatus('2026-09', '2026-09-15', {})).toEqual({ state: 'current' });
    expect(updateStatus(null, '2026-09-15', {})).toEqual({ state: 'missing' });
  });
});
