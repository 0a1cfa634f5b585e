import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addBusinessDays, businessDaysBetween, isBusinessDay } from './business-days.js';
import { fromDayNumber, toDayNumber } from './calendar-date.js';

const due = (start: string, n: number, territory?: string) =>
  addBusinessDays(start, n, territory ? { territory } : {}).due;

describe('isBusinessDay', () => {
  it('Saturdays, Sundays and feriados are inhábiles (Ley 19.880 art. 25)', () => {
    expect(isBusinessDay('2025-09-13')).toBe(false); // Saturday
    expect(isBusinessDay('2025-09-14')).toBe(false); // Sunday
    expect(isBusinessDay('2025-09-18')).toBe(false); // Thursday, Independencia
    expect(isBusinessDay('2025-09-15')).toBe(true);
  });
});

describe('addBusinessDays', () => {
  it('a request of Wednesday 2025-09-10 is due 20 business days later on 2025-10-10, across Fiestas Patrias', () => {
    const deadline = addBusinessDays('2025-09-10', 20);
    expect(deadline.due).toBe('2025-10-10');
    expect(deadline.skipped).toEqual([
      { date: '2025-09-13', reason: 'weekend' },
      { date: '2025-09-14', reason: 'weekend' },
      { date: '2025-09-18', reason: 'holiday', name: 'Fiestas Patrias', law: 'Ley 2.977' },
      { date: '2025-09-19', reason: 'holiday', name: 'Día de las Glorias del Ejército', law: 'Ley 2.977' },
      { date: '2025-09-20', reason: 'weekend' },
      { date: '2025-09-21', reason: 'weekend' },
      { date: '2025-09-27', reason: 'weekend' },
      { date: '2025-09-28', reason: 'weekend' },
      { date: '2025-10-04', reason: 'weekend' },
      { date: '2025-10-05', reason: 'weekend' },
    ]);
  });

  it('skips the five days of Fiestas Patrias 2024 (18, 19, and 20 by Ley 20.215, then the weekend)', () => {
    expect(addBusinessDays('2024-09-17', 1).skipped.map((s) => s.date))
      .toEqual(['2024-09-18', '2024-09-19', '2024-09-20', '2024-09-21', '2024-09-22']);
    expect(due('2024-09-17', 1)).toBe('2024-09-23');
  });

  it('spans Semana Santa and 1 May: Monday 2025-04-14 + 20 is 2025-05-14', () => {
    const deadline = addBusinessDays('2025-04-14', 20);
    expect(deadline.due).toBe('2025-05-14');
    expect(deadline.skipped.filter((s) => s.reason === 'holiday').map((s) => s.date))
      .toEqual(['2025-04-18', '2025-04-19', '2025-05-01']);
  });

  it('counts from the next business day when the start is a weekend or a holiday; the start day is never listed', () => {
    expect(due('2025-09-12', 1)).toBe('2025-09-15'); // Friday
    expect(due('2025-09-13', 1)).toBe('2025-09-15'); // Saturday
    expect(due('2025-09-18', 1)).toBe('2025-09-22'); // Thursday, a holiday
    expect(addBusinessDays('2025-09-18', 1).skipped.map((s) => s.date)).toEqual(['2025-09-19', '2025-09-20', '2025-09-21']);
  });

  it('n = 0 is the start day itself, even on a weekend, with nothing skipped', () => {
    expect(addBusinessDays('2025-09-13', 0)).toEqual({ start: '2025-09-13', businessDays: 0, due: '2025-09-13', skipped: [] });
  });

  it('rejects a negative or fractional count and a malformed date', () => {
    expect(() => addBusinessDays('2025-09-10', -1)).toThrow(RangeError);
    expect(() => addBusinessDays('2025-09-10', 1.5)).toThrow(RangeError);
    expect(() => addBusinessDays('10/09/2025', 1)).toThrow(RangeError);
  });

  it('counts 31 December (a bank holiday only) and skips 1 January', () => {
    expect(due('2025-12-30', 1)).toBe('2025-12-31');
    expect(due('2025-12-31', 1)).toBe('2026-01-02');
  });

  it("names the law of a correction in the provenance, and uses the institution's calendar", () => {
    expect(addBusinessDays('2025-08-19', 1, { territory: '16101' })).toEqual({
      start: '2025-08-19', businessDays: 1, due: '2025-08-21',
      skipped: [{ date: '2025-08-20', reason: 'holiday', name: "Natalicio de Bernardo O'Higgins", law: 'Ley 20.768' }],
    });
    expect(due('2025-08-19', 1)).toBe('2025-08-20');
  });

  it('Ley 20.285 art. 14: the extension of 10 days runs on from the 20th day, the same as 30 from the start', () => {
    const first = addBusinessDays('2025-11-28', 20);
    expect(first.due).toBe('2025-12-30'); // 8 Dec and 25 Dec skipped
    expect(due(first.due, 10)).toBe('2026-01-14'); // 1 Jan skipped, 31 Dec counted
    expect(due('2025-11-28', 30)).toBe('2026-01-14');
  });
});

describe('businessDaysBetween', () => {
  it('counts the business days after a, up to and including b', () => {
    expect(businessDaysBetween('2025-09-10', '2025-10-10')).toBe(20);
    expect(businessDaysBetween('2025-09-12', '2025-09-15')).toBe(1);
    expect(businessDaysBetween('2025-09-17', '2025-09-21')).toBe(0);
    expect(businessDaysBetween('2025-10-10', '2025-09-10')).toBe(-20);
  });

  const day = fc.integer({ min: toDayNumber('2023-01-01'), max: toDayNumber('2027-12-31') }).map(fromDayNumber);
  const territory = fc.constantFrom(undefined, '15', '16101', '12', '13101');
  const optsOf = (t: string | undefined) => (t ? { territory: t } : {});

  it('is the inverse of addBusinessDays (property)', () => {
    fc.assert(fc.property(day, fc.integer({ min: 0, max: 60 }), territory, (start, n, t) => {
      const deadline = addBusinessDays(start, n, optsOf(t));
      expect(businessDaysBetween(start, deadline.due, optsOf(t))).toBe(n);
      if (n > 0) expect(isBusinessDay(deadline.due, optsOf(t))).toBe(true);
      // Every calendar day after the start is either counted or skipped, never both.
      expect(deadline.skipped.length + n).toBe(toDayNumber(deadline.due) - toDayNumber(start));
    }));
  });

  it('lands back on b when b is a business day, and never past it (property)', () => {
    fc.assert(fc.property(day, day, territory, (a, b, t) => {
      const n = businessDaysBetween(a, b, optsOf(t));
      expect(businessDaysBetween(b, a, optsOf(t)) + n).toBe(0);
      if (b <= a) return;
      const landed = addBusinessDays(a, n, optsOf(t)).due;
      if (isBusinessDay(b, optsOf(t))) expect(landed).toBe(b);
      else expect(landed <= b).toBe(true);
    }));
  });
});
