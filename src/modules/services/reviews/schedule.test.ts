import { describe, expect, it } from 'vitest';
import { addCalendarMonths, findNextBusinessDay, isReviewOverdue, scheduleNextReview } from './schedule.js';
import type { DatedPhase } from '../phases.js';

const investigating: DatedPhase[] = [{ phase: 'investigacion', startedOn: '2026-01-05' }];
const dueAfter = (lastHeldOn: string, territory?: string, extra: string[] = []) => {
  const s = scheduleNextReview({
    phases: investigating, lastHeldOn,
    calendar: { ...(territory ? { territory } : {}), extraHolidays: extra.map((date) => ({ date, name: 'Aniversario comunal', law: 'Decreto alcaldicio 123' })) },
  });
  if (!s.due) throw new Error('expected a due review');
  return s;
};

describe('addCalendarMonths', () => {
  it('keeps the day of the month, across a year end', () => {
    expect(addCalendarMonths('2026-03-18', 6)).toBe('2026-09-18');
    expect(addCalendarMonths('2026-07-01', 6)).toBe('2027-01-01');
    expect(addCalendarMonths('2026-12-15', 6)).toBe('2027-06-15');
  });
  it("clamps to the month's last day: 31 August + 6 is 28 February, 29 in a leap year", () => {
    expect(addCalendarMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addCalendarMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addCalendarMonths('2026-12-31', 6)).toBe('2027-06-30');
    expect(addCalendarMonths('2027-08-29', 6)).toBe('2028-02-29');
  });
  it('rejects what is not a date', () => {
    expect(() => addCalendarMonths('2026-02-30', 6)).toThrow(RangeError);
  });
});

describe('scheduleNextReview on the Chilean calendar', () => {
  it('a due date on a business day stays put (Tuesday 29 February 2028, leap year)', () => {
    const s = dueAfter('2027-08-31');
    expect(s).toMatchObject({ from: 'review', fromDate: '2027-08-31', nominalOn: '2028-02-29', dueOn: '2028-02-29', moved: [] });
  });
  it('Fiestas Patrias 2026: Friday 18 September, then the weekend → Monday 21', () => {
    const s = dueAfter('2026-03-18');
    expect(s.dueOn).toBe('2026-09-21');
    expect(s.moved).toEqual([
      { date: '2026-09-18', reason: 'holiday', name: 'Fiestas Patrias' },
      { date: '2026-09-19', reason: 'holiday', name: 'Día de las Glorias del Ejército' },
      { date: '2026-09-20', reason: 'weekend' },
    ]);
  });
  it('Fiestas Patrias 2027: Friday 17 (Ley 20.983), 18 and 19 on the weekend → Monday 20 September', () => {
    const s = dueAfter('2027-03-17');
    expect(s.dueOn).toBe('2027-09-20');
    expect(s.moved.map((m) => m.reason)).toEqual(['holiday', 'holiday', 'holiday']);
  });
  it('1 January 2027 (a Friday) → Monday 4 January', () => {
    const s = dueAfter('2026-07-01');
    expect(s.dueOn).toBe('2027-01-04');
    expect(s.moved.map((m) => m.date)).toEqual(['2027-01-01', '2027-01-02', '2027-01-03']);
  });
  it('a Sunday (22 November 2026) → Monday 23', () => {
    expect(dueAfter('2026-05-22')).toMatchObject({ nominalOn: '2026-11-22', dueOn: '2026-11-23', moved: [{ date: '2026-11-22', reason: 'weekend' }] });
  });
  it("a regional holiday: 7 June is Arica's (Ley 20.663), not Temuco's", () => {
    expect(dueAfter('2026-12-07', '15101')).toMatchObject({ dueOn: '2027-06-08', moved: [{ date: '2027-06-07', reason: 'holiday', name: 'Asalto y Toma del Morro de Arica' }] });
    expect(dueAfter('2026-12-07', '09101').dueOn).toBe('2027-06-07');
  });
  it("Chillán's 20 August (Ley 20.768) moves only Chillán's reviews", () => {
    expect(dueAfter('2026-02-20', '16101').dueOn).toBe('2026-08-21');
    expect(dueAfter('2026-02-20', '16102').dueOn).toBe('2026-08-20');
  });
  it("the institution's own extra holiday moves the date", () => {
    expect(dueAfter('2026-11-03', '09101', ['2027-05-03'])).toMatchObject({ dueOn: '2027-05-04', moved: [{ date: '2027-05-03', reason: 'holiday', name: 'Aniversario comunal' }] });
    expect(dueAfter('2026-11-03', '09101').dueOn).toBe('2027-05-03');
  });
  it('end-of-month clamp, then off the weekend: 31 August 2026 → Sunday 28 February 2027 → Monday 1 March', () => {
    expect(dueAfter('2026-08-31')).toMatchObject({ nominalOn: '2027-02-28', dueOn: '2027-03-01' });
  });
  it("with no review yet, six months run from the start of the service's first phase, not the current one", () => {
    const s = scheduleNextReview({
      phases: [{ phase: 'investigacion', startedOn: '2026-02-10' }, { phase: 'construccion', startedOn: '2026-05-04' }],
      lastHeldOn: null, calendar: {},
    });
    expect(s).toMatchObject({ due: true, from: 'start', fromDate: '2026-02-10', dueOn: '2026-08-10', phase: 'construccion' });
  });
  it('no review is due after the incubation (transferido, operado, a final phase) or without phases', () => {
    for (const phase of ['transferido', 'operado', 'abandonado'] as const) {
      expect(scheduleNextReview({
        phases: [{ phase: 'construccion', startedOn: '2025-01-06' }, { phase, startedOn: '2026-02-02' }], lastHeldOn: '2025-07-07', calendar: {},
      })).toEqual({ due: false, reason: 'not_incubating', phase });
    }
    expect(scheduleNextReview({ phases: [], lastHeldOn: null, calendar: {} })).toEqual({ due: false, reason: 'no_phases' });
  });
});

describe('findNextBusinessDay', () => {
  it('keeps a business day and reports a holiday falling on a weekend as the holiday', () => {
    expect(findNextBusinessDay('2026-11-23')).toEqual({ date: '2026-11-23', moved: [] });
    expect(findNextBusinessDay('2027-09-19').moved).toEqual([{ date: '2027-09-19', reason: 'holiday', name: 'Día de las Glorias del Ejército' }]);
  });
});

describe('isReviewOverdue', () => {
  it('is on time on the due date and overdue the day after; never when nothing is due', () => {
    const s = dueAfter('2026-05-22');
    expect(isReviewOverdue(s, '2026-11-23')).toBe(false);
    expect(isReviewOverdue(s, '2026-11-24')).toBe(true);
    expect(isReviewOverdue({ due: false, reason: 'no_phases' }, '2030-01-01')).toBe(false);
  });
});
