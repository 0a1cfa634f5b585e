import { describe, expect, it } from 'vitest';
import { endOfSantiagoDay, toDayNumber, toSantiagoDate, weekdayOf } from './calendar-date.js';

const santiagoDate = (iso: string) => toSantiagoDate(new Date(iso));

describe('toSantiagoDate', () => {
  it('keeps the previous day until Santiago midnight: UTC-3 in summer, UTC-4 in winter', () => {
    expect(santiagoDate('2025-01-15T02:59:59Z')).toBe('2025-01-14');
    expect(santiagoDate('2025-01-15T03:00:00Z')).toBe('2025-01-15');
    expect(santiagoDate('2025-07-15T03:59:59Z')).toBe('2025-07-14');
    expect(santiagoDate('2025-07-15T04:00:00Z')).toBe('2025-07-15');
  });

  it('follows the clock change at 24:00 on Saturday 5 April 2025 (23:00–23:59 happens twice)', () => {
    expect(santiagoDate('2025-04-06T02:59:00Z')).toBe('2025-04-05'); // 23:59 UTC-3
    expect(santiagoDate('2025-04-06T03:30:00Z')).toBe('2025-04-05'); // 23:30 again, UTC-4
    expect(santiagoDate('2025-04-06T04:00:00Z')).toBe('2025-04-06');
  });

  it('follows the clock change at 24:00 on Saturday 6 September 2025 (00:00–00:59 does not exist)', () => {
    expect(santiagoDate('2025-09-07T03:59:59Z')).toBe('2025-09-06'); // 23:59:59 UTC-4
    expect(santiagoDate('2025-09-07T04:00:00Z')).toBe('2025-09-07'); // 01:00 UTC-3
  });
});

describe('endOfSantiagoDay', () => {
  it('is the last millisecond of the day in Santiago, summer and winter', () => {
    expect(endOfSantiagoDay('2025-03-14').toISOString()).toBe('2025-03-15T02:59:59.999Z');
    expect(endOfSantiagoDay('2025-06-06').toISOString()).toBe('2025-06-07T03:59:59.999Z');
  });

  it('takes the second 23:59 when clocks go back, and works around the missing midnight when they go forward', () => {
    expect(endOfSantiagoDay('2025-04-05').toISOString()).toBe('2025-04-06T03:59:59.999Z');
    expect(endOfSantiagoDay('2025-09-06').toISOString()).toBe('2025-09-07T03:59:59.999Z');
    expect(endOfSantiagoDay('2025-09-07').toISOString()).toBe('2025-09-08T02:59:59.999Z');
    expect(endOfSantiagoDay('2026-04-04').toISOString()).toBe('2026-04-05T03:59:59.999Z');
  });

  it('round-trips: the end of a day is still that day, one millisecond later is the next', () => {
    for (const d of ['2025-04-05', '2025-09-06', '2026-09-05', '2026-12-31']) {
      const end = endOfSantiagoDay(d);
      expect(toSantiagoDate(end)).toBe(d);
      expect(toSantiagoDate(new Date(end.getTime() + 1))).not.toBe(d);
    }
  });
});

describe('toDayNumber', () => {
  it('rejects what is not a real YYYY-MM-DD date', () => {
    for (const bad of ['2025-02-29', '2025-13-01', '2025-1-01', '25-01-01', '2025-01-01T00:00', ''])
      expect(() => toDayNumber(bad), bad).toThrow(RangeError);
    expect(toDayNumber('2024-02-29') - toDayNumber('2024-02-28')).toBe(1);
  });

  it('knows the weekday', () => {
    expect(weekdayOf(toDayNumber('2025-09-18'))).toBe(4); // Thursday
    expect(weekdayOf(toDayNumber('1969-12-28'))).toBe(0); // Sunday, before the epoch
  });
});
