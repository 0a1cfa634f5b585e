import { describe, expect, it } from 'vitest';
import { checkAmendment, checkCalendar, checkCriteria, minimumBidsOf, quickPurchaseCeiling, utmMonthOf, validateCall } from './rules.js';
import { DAY, HOUR, validCall, validLot } from './test-support.js';

const at = new Date('2027-03-10T15:00:00Z');
const fields = (problems: Array<{ field: string }>) => problems.map((p) => p.field);

describe('calendar of a lot', () => {
  it('accepts questions = bids, award the next day, delivery starting on the award day', () => {
    const bids = new Date('2027-03-20T18:00:00Z'); // 15:00 in Santiago (UTC-3 until April)
    expect(checkCalendar(validLot(at, { questionsUntil: bids, bidsUntil: bids, awardBy: '2027-03-21', deliveryStart: '2027-03-21', deliveryEnd: '2027-03-21' }), 0, at, 'all')).toEqual([]);
  });

  it('refuses each step out of order, on its field', () => {
    const lot = validLot(at, { questionsUntil: new Date('2027-03-21T12:00:00Z'), bidsUntil: new Date('2027-03-20T18:00:00Z'), awardBy: '2027-03-20', deliveryStart: '2027-03-19', deliveryEnd: '2027-03-18' });
    expect(checkCalendar(lot, 1, at, 'all').map((p) => [p.field, p.key])).toEqual([
      ['lot2_questionsUntil', 'procurement.calls.error.questionsAfterBids'],
      ['lot2_awardBy', 'procurement.calls.error.awardBeforeBids'],
      ['lot2_deliveryStart', 'procurement.calls.error.deliveryBeforeAward'],
      ['lot2_deliveryEnd', 'procurement.calls.error.deliveryEndBeforeStart'],
    ]);
  });

  it('compares the award with the Santiago day bids close: 23:30 in Chile is already the next day in UTC', () => {
    const bids = new Date('2027-03-21T02:30:00Z'); // 2027-03-20 23:30 in Santiago
    expect(checkCalendar(validLot(at, { questionsUntil: bids, bidsUntil: bids, awardBy: '2027-03-21' }), 0, at, 'all')).toEqual([]);
    expect(fields(checkCalendar(validLot(at, { questionsUntil: bids, bidsUntil: bids, awardBy: '2027-03-20' }), 0, at, 'all'))).toEqual(['lot1_awardBy']);
  });

  it('wants deadlines after `at`: both at publication, only bids at an amendment; the instant itself is already past', () => {
    const lot = validLot(at, { questionsUntil: at, bidsUntil: new Date(at.getTime() + 1) });
    expect(fields(checkCalendar(lot, 0, at, 'all'))).toEqual(['lot1_questionsUntil']);
    expect(checkCalendar(lot, 0, at, 'bids')).toEqual([]);
    expect(fields(checkCalendar({ ...lot, bidsUntil: at }, 0, at, 'bids'))).toEqual(['lot1_bidsUntil']);
  });

  it('refuses days that do not exist', () => {
    expect(fields(checkCalendar(validLot(at, { awardBy: '2027-02-29' }), 0, at, 'all'))).toEqual(['lot1_awardBy']);
  });
});

describe('criteria', () => {
  const c = (kind: 'price' | 'technical' | 'other', weight: number, minScore: number | null = null) => ({ kind, name: kind, description: '', weight, minScore });
  it('weights must sum to exactly 100', () => {
    expect(checkCriteria('single_tender', [c('price', 60), c('technical', 40)])).toEqual([]);
    expect(checkCriteria('single_tender', [c('price', 60), c('technical', 39)])).toEqual([{ field: 'criteria', key: 'procurement.calls.error.weightsSum', params: { sum: 99 } }]);
    expect(checkCriteria('single_tender', [c('price', 60), c('technical', 41)])[0]!.params).toEqual({ sum: 101 });
  });
  it('one price criterion at most; none only in a grant call', () => {
    expect(checkCriteria('framework', [c('price', 50), c('price', 50)]).map((p) => p.key)).toEqual(['procurement.calls.error.onePrice']);
    expect(checkCriteria('quick_purchase', [c('technical', 100)]).map((p) => p.key)).toEqual(['procurement.calls.error.needsPrice']);
    expect(checkCriteria('grant', [c('technical', 70), c('other', 30)])).toEqual([]);
  });
  it('minimum scores from 0 to 100', () => {
    expect(checkCriteria('grant', [c('technical', 100, 0)])).toEqual([]);
    expect(checkCriteria('grant', [c('technical', 100, 100)])).toEqual([]);
    expect(fields(checkCriteria('grant', [c('technical', 100, 100.01)]))).toEqual(['crit1_minScore']);
    expect(fields(checkCriteria('grant', [c('technical', 100, -1)]))).toEqual(['crit1_minScore']);
  });
  it('no criteria at all', () => {
    expect(fields(checkCriteria('grant', []))).toEqual(['criteria']);
  });
});

describe('the whole call', () => {
  it('a valid call passes', () => expect(validateCall(validCall(at), at)).toEqual([]));
  it('needs a lot, a budget, a known category, and max lots won ≤ max lots bid', () => {
    expect(fields(validateCall(validCall(at, { lots: [] }), at))).toEqual(['lots']);
    expect(fields(validateCall(validCall(at, { lots: [validLot(at, { budgetAmount: 0, category: 'catering' })] }), at))).toEqual(['lot1_budgetAmount', 'lot1_category']);
    expect(fields(validateCall(validCall(at, { maxLotsBid: 2, maxLotsWon: 3 }), at))).toEqual(['maxLotsWon']);
    expect(validateCall(validCall(at, { maxLotsBid: 2, maxLotsWon: 2 }), at)).toEqual([]);
  });
});

describe('amendments of a published call', () => {
  const before = validCall(at);
  it('deadlines only later, budgets only up', () => {
    const later = { ...before, lots: [{ ...before.lots[0]!, bidsUntil: new Date(before.lots[0]!.bidsUntil.getTime() + DAY), budgetAmount: 31_000_000 }] };
    expect(checkAmendment(before, later)).toEqual([]);
    const earlier = { ...before, lots: [{ ...before.lots[0]!, bidsUntil: new Date(before.lots[0]!.bidsUntil.getTime() - HOUR), questionsUntil: new Date(before.lots[0]!.questionsUntil.getTime() - 1), budgetAmount: 29_999_999 }] };
    expect(checkAmendment(before, earlier).map((p) => p.key)).toEqual(['procurement.calls.error.budgetDown', 'procurement.calls.error.deadlineEarlier', 'procurement.calls.error.deadlineEarlier']);
  });
  it('lots, kind and criteria stay as published', () => {
    expect(fields(checkAmendment(before, { ...before, lots: [...before.lots, validLot(at)] }))).toEqual(['lots']);
    expect(fields(checkAmendment(before, { ...before, kind: 'framework', criteria: [...before.criteria].reverse() }))).toEqual(['kind', 'criteria']);
  });
});

describe('quick purchases', () => {
  it('the ceiling is exact integer arithmetic', () => expect(quickPurchaseCeiling(100, 50_000)).toBe(5_000_000));
  it('need three bids; other calls one', () => {
    expect(minimumBidsOf({ kind: 'quick_purchase' })).toBe(3);
    expect(minimumBidsOf({ kind: 'framework' })).toBe(1);
  });
  it('the UTM month is the Santiago month: 1 December 01:00 UTC is still November in Chile', () => {
    expect(utmMonthOf(new Date('2026-12-01T01:00:00Z'))).toBe('2026-11-01');
    expect(utmMonthOf(new Date('2026-12-01T04:00:00Z'))).toBe('2026-12-01');
  });
});
