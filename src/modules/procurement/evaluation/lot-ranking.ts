// The ranking of lots from the stored scores: per bid and evaluated criterion the mean of the evaluators' scores,
// per formula criterion the formula (formulas.ts), then rankLot (ranking.ts). A bid not yet scored by anyone on some
// evaluated criterion is "unscored": a lot is ready to award only when none of its bids within budget is (a bid over
// budget is out whatever its scores).
import { FORMULA_CRITERIA } from '../calls/schema.js';
import type { DbOrTx } from '../../../core/db/client.js';
import { meanScore, scoreLocal, scoreSme } from './formulas.js';
import { rankLot, type BidResult, type RankBid } from './ranking.js';
import { criteriaOf, openedBidsOf, scoresOf, type EvaluationCall, type EvaluationCriterion, type OpenedBid, type Score } from './queries.js';

export interface LotRanking { lotId: number; results: BidResult[]; unscored: number[]; bids: OpenedBid[] }

export const isManual = (c: { kind: EvaluationCriterion['kind'] }) => !FORMULA_CRITERIA.includes(c.kind);

function rankBid(call: EvaluationCall, criteria: EvaluationCriterion[], bid: OpenedBid, scores: Score[]): RankBid & { complete: boolean } {
  const values: Record<number, number> = {};
  let complete = true;
  for (const c of criteria) {
    if (c.kind === 'local') values[c.id] = scoreLocal(bid.supplier, call.institution);
    else if (c.kind === 'sme') values[c.id] = scoreSme(bid.supplier);
    else if (c.kind !== 'price') {
      const given = scores.filter((s) => s.bidId === bid.id && s.criterionId === c.id).map((s) => s.score);
      if (given.length === 0) complete = false;
      else values[c.id] = meanScore(given);
    }
  }
  return { bidId: bid.id, supplierId: bid.supplierId, price: bid.price, submittedAt: bid.submittedAt, scores: values, complete };
}

/** Rankings of the given lots of a call (each { id, budgetAmount }), from what is stored now. */
export async function rankLots(db: DbOrTx, call: EvaluationCall, lots: ReadonlyArray<{ id: number; budgetAmount: number }>): Promise<LotRanking[]> {
  const criteria = await criteriaOf(db, call.id);
  const bids = await openedBidsOf(db, lots.map((l) => l.id));
  const scores = await scoresOf(db, bids.map((b) => b.id));
  return lots.map((lot) => {
    const lotBids = bids.filter((b) => b.lotId === lot.id);
    const inputs = lotBids.map((b) => rankBid(call, criteria, b, scores));
    const unscored = inputs.filter((i) => !i.complete && i.price <= lot.budgetAmount).map((i) => i.bidId);
    const results = rankLot({ budget: lot.budgetAmount, criteria: criteria.map((c) => ({ ...c, minScore: c.minScore })), bids: inputs });
    return { lotId: lot.id, results, unscored, bids: lotBids };
  });
}
