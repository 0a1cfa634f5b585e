// The ranking of a lot's opened bids and the allocation of awards across a call's lots, as pure functions: the same
// scores always give the same report, so the published report can be recomputed by anyone from its own figures.
//
// Admissibility (an inadmissible bid gets no rank and is never awarded, with its reason published):
// - a price above the lot's fixed budget (the call's bases fix the budget; no bid may exceed it);
// - a score below a criterion's minimum. Minimums on evaluated criteria are judged first; then price is scored against
//   the lowest price among the bids still admissible (formulas.ts), and then any minimum on price. The lowest bid
//   scores 100 on price, so excluding on price never changes who is lowest: the order cannot loop.
//
// Rank: weighted total, highest first. Ties, in this order: the higher technical score (quality decides before price,
// which already weighs in the total), then the lower price, then the earlier submission, then the lower bid id. The
// order is strict, so ranks are 1, 2, 3 … with no shared rank, and a tie at the admission boundary (the admitCount-th
// place) is decided the same way: the earlier submission is admitted, never both.
import type { CriterionKind } from '../calls/schema.js';
import { scorePrice, weightedTotal } from './formulas.js';

export interface RankCriterion { id: number; kind: CriterionKind; weight: number; minScore: number | null }
export interface RankBid {
  bidId: number;
  supplierId: number;
  price: number;
  submittedAt: Date;
  /** criterionId → score 0–100 for every criterion but price: evaluators' means and the local and SME formulas. */
  scores: Record<number, number>;
}
/** Why a bid is out: stable codes the report translates. */
export type Exclusion = { code: 'over_budget' } | { code: 'below_minimum'; criterionId: number } | { code: 'max_lots_won' };
export interface BidResult {
  bidId: number;
  supplierId: number;
  price: number;
  submittedAt: Date;
  /** criterionId → the score used. */
  criterionScores: Record<number, number>;
  total: number;
  /** Null when inadmissible. */
  rank: number | null;
  admissible: boolean;
  exclusion: Exclusion | null;
}

const belowMinimum = (criteria: readonly RankCriterion[], scores: Record<number, number>, kinds: (k: CriterionKind) => boolean) =>
  criteria.find((c) => kinds(c.kind) && c.minScore !== null && (scores[c.id] ?? 0) < c.minScore);

const technicalScore = (criteria: readonly RankCriterion[], r: BidResult) =>
  criteria.filter((c) => c.kind === 'technical').reduce((s, c) => s + (r.criterionScores[c.id] ?? 0), 0);

/** The tie-break order of the header: total, technical, price, submission, id. */
function compareResults(criteria: readonly RankCriterion[]) {
  return (a: BidResult, b: BidResult) => b.total - a.total || technicalScore(criteria, b) - technicalScore(criteria, a)
    || a.price - b.price || a.submittedAt.getTime() - b.submittedAt.getTime() || a.bidId - b.bidId;
}

/** Every bid of the lot with its scores, total, admissibility and rank: the admissible ones first, by rank. */
export function rankLot(input: { budget: number; criteria: readonly RankCriterion[]; bids: readonly RankBid[] }): BidResult[] {
  const { budget, criteria } = input;
  const firstPass = input.bids.map((b) => {
    const failed = belowMinimum(criteria, b.scores, (k) => k !== 'price');
    const exclusion: Exclusion | null = b.price > budget ? { code: 'over_budget' } : failed ? { code: 'below_minimum', criterionId: failed.id } : null;
    return { bid: b, exclusion };
  });
  const admissiblePrices = firstPass.filter((p) => !p.exclusion).map((p) => p.bid.price);
  // With nothing admissible, price scores are still shown, against the lowest of all bids.
  const lowest = Math.min(...(admissiblePrices.length > 0 ? admissiblePrices : input.bids.map((b) => b.price)));
  const price = criteria.find((c) => c.kind === 'price');
  const results: BidResult[] = firstPass.map(({ bid, exclusion }) => {
    const criterionScores: Record<number, number> = {};
    for (const c of criteria) criterionScores[c.id] = c.kind === 'price' ? scorePrice(lowest, bid.price) : bid.scores[c.id] ?? 0;
    const failedPrice = !exclusion && price ? belowMinimum([price], criterionScores, () => true) : undefined;
    const out: Exclusion | null = exclusion ?? (failedPrice ? { code: 'below_minimum', criterionId: failedPrice.id } : null);
    return {
      bidId: bid.bidId, supplierId: bid.supplierId, price: bid.price, submittedAt: bid.submittedAt, criterionScores,
      total: weightedTotal(criteria.map((c) => ({ weight: c.weight, score: criterionScores[c.id]! }))),
      rank: null, admissible: out === null, exclusion: out,
    };
  });
  const admissible = results.filter((r) => r.admissible).sort(compareResults(criteria));
  admissible.forEach((r, i) => { r.rank = i + 1; });
  return [...admissible, ...results.filter((r) => !r.admissible).sort(compareResults(criteria))];
}

export interface RankedLot { lotId: number; number: number; admitCount: number; results: readonly BidResult[] }
export interface LotAllocation { winners: BidResult[]; passedOver: number[] }

type Seat = { lot: RankedLot; r: BidResult };
const placedBefore = (a: Seat, b: Seat) => a.r.rank! - b.r.rank! || b.r.total - a.r.total || a.lot.number - b.lot.number;

/**
 * The winners of each lot: its top admitCount admissible bids, unless the call caps the lots one supplier may win
 * (maxLotsWon). Then a supplier ranked to win more lots than allowed keeps its best-placed ones — by its rank in the
 * lot, then its higher total, then the lower lot number — and in the others the next ranked supplier is admitted.
 * `alreadyWon` counts the lots each supplier was awarded earlier in the call: those awards stand.
 */
export function allocateAwards(lots: readonly RankedLot[], maxLotsWon: number | null, alreadyWon: ReadonlyMap<number, number> = new Map()): Map<number, LotAllocation> {
  const won = new Map(alreadyWon);
  const out = new Map<number, LotAllocation>(lots.map((l) => [l.lotId, { winners: [], passedOver: [] }]));
  const queues = new Map(lots.map((l) => [l.lotId, l.results.filter((r) => r.admissible)]));
  for (;;) {
    // The best-placed candidate still waiting, over every lot that has a seat left.
    let pick: Seat | null = null;
    for (const lot of lots) {
      const r = queues.get(lot.lotId)![0];
      if (!r || out.get(lot.lotId)!.winners.length >= lot.admitCount) continue;
      if (!pick || placedBefore({ lot, r }, pick) < 0) pick = { lot, r };
    }
    if (!pick) return out;
    queues.get(pick.lot.lotId)!.shift();
    const allocation = out.get(pick.lot.lotId)!;
    const count = won.get(pick.r.supplierId) ?? 0;
    if (maxLotsWon !== null && count >= maxLotsWon) {
      allocation.passedOver.push(pick.r.bidId);
      continue;
    }
    won.set(pick.r.supplierId, count + 1);
    allocation.winners.push(pick.r);
  }
}
