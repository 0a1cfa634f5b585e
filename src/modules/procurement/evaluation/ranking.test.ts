// Ranking and allocation on hand-made lots with known answers: admissibility, ties, multi-award and maxLotsWon.
import { describe, expect, it } from 'vitest';
import { allocateAwards, rankLot, type BidResult, type RankBid, type RankCriterion, type RankedLot } from './ranking.js';

const M = 1_000_000;
const DEFAULT: RankCriterion[] = [
  { id: 1, kind: 'price', weight: 40, minScore: null }, { id: 2, kind: 'technical', weight: 30, minScore: 50 },
  { id: 3, kind: 'team', weight: 10, minScore: null }, { id: 4, kind: 'local', weight: 10, minScore: null }, { id: 5, kind: 'sme', weight: 10, minScore: null },
];
let seq = 0;
const bid = (price: number, scores: Record<number, number>, extra: Partial<RankBid> = {}): RankBid =>
  ({ bidId: ++seq, supplierId: seq, price, submittedAt: new Date(Date.UTC(2026, 10, 1, 12, 0, seq)), scores, ...extra });

describe('rankLot', () => {
  it('scores price against the lowest admissible price, excludes over budget and below a minimum, and ranks by total', () => {
    const a = bid(40 * M, { 2: 80, 3: 60, 4: 100, 5: 100 });
    const b = bid(30 * M, { 2: 70, 3: 50, 4: 50, 5: 100 });
    const c = bid(20 * M, { 2: 40, 3: 100, 4: 100, 5: 100 }); // cheapest, but below the technical minimum
    const d = bid(55 * M, { 2: 100, 3: 100, 4: 100, 5: 100 }); // over the 50 M budget
    const results = rankLot({ budget: 50 * M, criteria: DEFAULT, bids: [a, b, c, d] });
    const of = (id: number) => results.find((r) => r.bidId === id)!;
    // b: 40 + 21 + 5 + 5 + 10 = 81; a: 40 × 75 % + 24 + 6 + 10 + 10 = 80.
    expect([of(b.bidId).total, of(b.bidId).rank, of(a.bidId).total, of(a.bidId).rank]).toEqual([81, 1, 80, 2]);
    expect(of(a.bidId).criterionScores[1]).toBe(75);
    expect(of(c.bidId)).toMatchObject({ admissible: false, rank: null, exclusion: { code: 'below_minimum', criterionId: 2 } });
    expect(of(c.bidId).criterionScores[1]).toBe(100);
    expect(of(d.bidId)).toMatchObject({ admissible: false, rank: null, exclusion: { code: 'over_budget' } });
    expect(results.map((r) => r.bidId)).toEqual([b.bidId, a.bidId, c.bidId, d.bidId]);
  });

  it('a minimum on price is judged after price is scored', () => {
    const criteria: RankCriterion[] = [{ id: 1, kind: 'price', weight: 60, minScore: 70 }, { id: 2, kind: 'technical', weight: 40, minScore: null }];
    const cheap = bid(30 * M, { 2: 10 });
    const dear = bid(45 * M, { 2: 100 }); // 66.67 < 70
    const results = rankLot({ budget: 50 * M, criteria, bids: [cheap, dear] });
    expect(results.map((r) => [r.bidId, r.rank, r.exclusion?.code ?? null])).toEqual([[cheap.bidId, 1, null], [dear.bidId, null, 'below_minimum']]);
  });

  it('a bid exactly at the budget is admissible; one peso over is not', () => {
    const results = rankLot({ budget: 50 * M, criteria: DEFAULT, bids: [bid(50 * M, { 2: 60 }), bid(50 * M + 1, { 2: 60 })] });
    expect(results.map((r) => r.admissible)).toEqual([true, false]);
  });

  describe('ties on total', () => {
    it('the higher technical score first', () => {
      const criteria: RankCriterion[] = [{ id: 1, kind: 'price', weight: 50, minScore: null }, { id: 2, kind: 'technical', weight: 30, minScore: null },
        { id: 3, kind: 'team', weight: 20, minScore: null }];
      const e = bid(40 * M, { 2: 80, 3: 55 }); // 50 + 24 + 11 = 85
      const f = bid(40 * M, { 2: 90, 3: 40 }); // 50 + 27 + 8 = 85
      const results = rankLot({ budget: 50 * M, criteria, bids: [e, f] });
      expect(results.map((r) => [r.bidId, r.total, r.rank])).toEqual([[f.bidId, 85, 1], [e.bidId, 85, 2]]);
    });
    const noPrice: RankCriterion[] = [{ id: 2, kind: 'technical', weight: 50, minScore: null }, { id: 3, kind: 'team', weight: 50, minScore: null }];
    it('then the lower price', () => {
      const i = bid(10 * M, { 2: 80, 3: 60 });
      const j = bid(9 * M, { 2: 80, 3: 60 });
      expect(rankLot({ budget: 50 * M, criteria: noPrice, bids: [i, j] }).map((r) => r.bidId)).toEqual([j.bidId, i.bidId]);
    });
    it('then the earlier submission, which also decides the admission boundary', () => {
      const late = bid(10 * M, { 2: 80, 3: 60 }, { submittedAt: new Date('2026-11-02T10:00:00Z') });
      const early = bid(10 * M, { 2: 80, 3: 60 }, { submittedAt: new Date('2026-11-01T10:00:00Z') });
      const results = rankLot({ budget: 50 * M, criteria: noPrice, bids: [late, early] });
      expect(results.map((r) => [r.bidId, r.rank])).toEqual([[early.bidId, 1], [late.bidId, 2]]);
      const allocation = allocateAwards([{ lotId: 1, number: 1, admitCount: 1, results }], null);
      expect(allocation.get(1)!.winners.map((w) => w.bidId)).toEqual([early.bidId]);
    });
  });
});

/** A ranked lot from [supplierId, total] in rank order. */
const lot = (lotId: number, admitCount: number, ranked: Array<[number, number]>): RankedLot => ({
  lotId, number: lotId, admitCount,
  results: ranked.map(([supplierId, total], i): BidResult => ({
    bidId: lotId * 100 + supplierId, supplierId, price: M, submittedAt: new Date(0), criterionScores: {}, total, rank: i + 1, admissible: true, exclusion: null,
  })),
});
const winners = (allocation: ReturnType<typeof allocateAwards>) => Object.fromEntries([...allocation].map(([id, a]) => [id, a.winners.map((w) => w.supplierId)]));

describe('allocateAwards', () => {
  const lots = [lot(1, 1, [[1, 90], [2, 80], [3, 70]]), lot(2, 1, [[1, 95], [3, 85], [2, 60]]), lot(3, 1, [[2, 88], [1, 75]])];

  it('multi-award: the top admitCount of each lot without a cap; inadmissible bids never', () => {
    const three = lot(1, 2, [[1, 90], [2, 80], [3, 70]]);
    const withOut = { ...three, results: [...three.results, { ...three.results[0]!, bidId: 999, supplierId: 9, rank: null, admissible: false }] };
    expect(winners(allocateAwards([withOut], null))).toEqual({ 1: [1, 2] });
  });

  it('maxLotsWon 1: a supplier keeps its best-placed lot (rank, then total) and the next supplier is admitted elsewhere', () => {
    const allocation = allocateAwards(lots, 1);
    // Supplier 1 is first in lots 1 (90) and 2 (95): it keeps lot 2. Lot 1 then passes over 1 and 2 (who keeps lot 3).
    expect(winners(allocation)).toEqual({ 1: [3], 2: [1], 3: [2] });
    expect(allocation.get(1)!.passedOver).toEqual([101, 102]);
  });

  it('lots won earlier in the call count against the cap', () => {
    expect(winners(allocateAwards(lots, 1, new Map([[1, 1]])))).toEqual({ 1: [], 2: [3], 3: [2] });
  });

  it('equal rank and total: the lower lot number first', () => {
    const tie = [lot(2, 1, [[1, 90], [2, 50]]), lot(1, 1, [[1, 90], [3, 50]])];
    expect(winners(allocateAwards(tie, 1))).toEqual({ 2: [2], 1: [1] });
  });
});
