// Properties of the legal clock over many filings (fast-check), on several calendars: every date it gives is a
// business day at the legal distance from the one before, whatever the weekday, holiday or time of day of the filing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { businessDaysBetween, isBusinessDay, toSantiagoDate } from '../../../core/calendar/index.js';
import { computeClock, receiptOf } from './clock.js';
import type { RequestEvent } from './events.js';

const CALENDARS = [{}, { territory: '09101' }, { territory: '15101' }, { territory: '16101' }, { territory: '09101', extraHolidays: [{ date: '2026-11-23', name: 'Extra' }] }];
const instant = fc.date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2027-10-31T00:00:00Z'), noInvalidDate: true });
const filed = (at: Date, thirdPartySuspends = false): RequestEvent => ({ kind: 'filed', at, author: 'requester', data: { thirdPartySuspends } });
const later = (at: Date, days: number) => new Date(at.getTime() + days * 86_400_000);

describe('computeClock', () => {
  it('receives on the first business day from filing, due 20 business days later, extension 10 more, appeal 15 after', () => {
    fc.assert(fc.property(instant, fc.constantFrom(...CALENDARS), (at, calendar) => {
      const c = computeClock([filed(at), { kind: 'extended', at, author: 'official', data: { reasons: 'x' } }], calendar);
      const filedOn = toSantiagoDate(at);
      expect(c.receivedOn >= filedOn).toBe(true);
      expect(isBusinessDay(c.receivedOn, calendar)).toBe(true);
      // Every day from the filing to the receipt was inhábil, and each one is in the provenance.
      const days = c.receiptSkipped.map((d) => d.date);
      expect(days.length).toBe((Date.parse(c.receivedOn) - Date.parse(filedOn)) / 86_400_000);
      if (days.length > 0) expect(days[0]).toBe(filedOn);
      for (const d of days) expect(isBusinessDay(d, calendar)).toBe(false);
      expect(businessDaysBetween(c.receivedOn, c.dueOn!, calendar)).toBe(20);
      expect(businessDaysBetween(c.dueOn!, c.extendedDueOn!, calendar)).toBe(10);
      expect(businessDaysBetween(c.extendedDueOn!, c.appeal!.until, calendar)).toBe(15);
      for (const d of [c.dueOn!, c.extendedDueOn!, c.appeal!.until]) expect(isBusinessDay(d, calendar)).toBe(true);
    }), { numRuns: 300 });
  });

  it('with the suspending rule, the due date moves by exactly the suspended business days', () => {
    fc.assert(fc.property(instant, fc.integer({ min: 0, max: 6 }), fc.boolean(), (at, noticeAfter, opposes) => {
      const notice = later(at, noticeAfter);
      const events: RequestEvent[] = [filed(at, true), { id: 2, kind: 'third_party_notified', at: notice, author: 'official', data: { label: 'Empresa' } }];
      if (opposes) events.push({ kind: 'third_party_opposed', at: later(notice, 1), author: 'official', data: { notifiedEventId: 2, reasons: 'x' } });
      const on = computeClock(events, { territory: '09101' });
      const off = computeClock([{ ...events[0]!, data: {} } as RequestEvent, ...events.slice(1)], { territory: '09101' });
      expect(off.suspendedDays).toEqual([]);
      expect(on.suspendedDays.length).toBeLessThanOrEqual(3);
      expect(businessDaysBetween(off.dueOn!, on.dueOn!, { territory: '09101' })).toBe(on.suspendedDays.length);
    }), { numRuns: 200 });
  });

  it('names the holiday and its law when a filing day is moved', () => {
    expect(receiptOf('2024-06-07', { territory: '15101' })).toEqual({
      on: '2024-06-10',
      skipped: [{ date: '2024-06-07', reason: 'holiday', name: 'Asalto y Toma del Morro de Arica', law: 'Ley 20.663' }, { date: '2024-06-08', reason: 'weekend' },
        { date: '2024-06-09', reason: 'holiday', name: 'Elecciones primarias', law: 'Ley 20.640' }],
    });
    expect(receiptOf('2024-06-07', { territory: '09101' })).toEqual({ on: '2024-06-07', skipped: [] });
  });

  it('refuses a history that does not start with its filing', () => {
    expect(() => computeClock([], {})).toThrow(RangeError);
    expect(() => computeClock([{ kind: 'acknowledged', at: new Date(), author: 'official', data: {} }], {})).toThrow(RangeError);
  });
});
