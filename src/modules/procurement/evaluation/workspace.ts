// What the evaluators' workspace shows one reader: the call and its lots, the committee, the opened bids, the
// reader's own declaration and scores (never another evaluator's), the officials still appointable and, for those who
// manage the evaluation, each lot's provisional ranking and how many bids still lack scores. 404 for a draft, 401/403
// for anyone who neither manages the evaluation nor sits on the committee.
import type { DbOrTx } from '../../../core/db/client.js';
import { denied } from '../../../core/http/errors.js';
import type { Actor } from '../../../core/policy.js';
import { findRepresentedSuppliers } from '../suppliers/queries.js';
import { canManageEvaluation, canSeeEvaluation } from './policy.js';
import { criteriaOf, evaluatorsOf, findEvaluationCall, lotsOf, officialsOf, openedBidsOf, scoresOf } from './queries.js';
import { isManual, rankLots } from './lot-ranking.js';

export async function loadWorkspace(db: DbOrTx, callId: number, actor: Actor | null) {
  const call = await findEvaluationCall(db, callId);
  const evaluators = await evaluatorsOf(db, call.id);
  if (!canSeeEvaluation(actor, call.institutionId, evaluators.map((e) => e.personId))) throw denied(!!actor);
  const manages = canManageEvaluation(actor, call.institutionId);
  const [lots, criteria] = await Promise.all([lotsOf(db, call.id), criteriaOf(db, call.id)]);
  const bids = await openedBidsOf(db, lots.map((l) => l.id));
  const me = evaluators.find((e) => e.personId === actor!.personId) ?? null;
  const scores = await scoresOf(db, bids.map((b) => b.id));
  const officials = manages ? (await officialsOf(db, call.institutionId)).filter((o) => !evaluators.some((e) => e.personId === o.personId)) : [];
  const rankings = manages ? await rankLots(db, call, lots.filter((l) => l.state === 'evaluation')) : [];
  return {
    call, lots, criteria, evaluators, bids, me, manages, officials, rankings,
    represented: me ? (await findRepresentedSuppliers(db, actor!.personId)).map((s) => s.id) : [],
    myScores: me ? scores.filter((s) => s.evaluatorId === me.id) : [],
    /** Bid id → how many evaluators scored it on every evaluated criterion. */
    completeBy: countComplete(scores, criteria.filter(isManual).length),
    /** Bid id → how many evaluated criteria no evaluator has scored yet (what keeps its lot from being awarded). */
    unscoredCriteria: new Map(bids.map((b) => [b.id, criteria.filter(isManual).filter((c) => !scores.some((s) => s.bidId === b.id && s.criterionId === c.id)).length])),
  };
}
export type Workspace = Awaited<ReturnType<typeof loadWorkspace>>;

function countComplete(scores: Array<{ bidId: number; evaluatorId: number }>, manualCount: number): Map<number, number> {
  const per = new Map<string, number>();
  for (const s of scores) per.set(`${s.bidId}:${s.evaluatorId}`, (per.get(`${s.bidId}:${s.evaluatorId}`) ?? 0) + 1);
  const out = new Map<number, number>();
  for (const [key, n] of per) if (n >= manualCount) out.set(Number(key.split(':')[0]), (out.get(Number(key.split(':')[0])) ?? 0) + 1);
  return out;
}
