// Awarding a lot by its ranking (issue 8 point 4): the official's step once every bid within budget has a score from
// at least one evaluator on every evaluated criterion. The ranking (lot-ranking.ts) is written as the public report
// (procurement_bid_results), the winners — the top admitCount admissible bids, within the call's maxLotsWon
// (ranking.ts allocateAwards, which weighs this lot against the other lots of the call ready to award) — become
// pending awards, and the 'awarded' step starts the standstill: call.standstillDays business days after the award
// (Ley 19.880 art. 25 counting, on the institution's calendar), to the end of that Santiago day. With no admissible
// bid the lot is deserted instead (Ley 19.886 art. 9), with an automatic reason.
import { eq } from 'drizzle-orm';
import { conflict } from '../../../../core/http/errors.js';
import type { AuditActor } from '../../../../core/audit/log.js';
import type { Tx } from '../../../../core/db/client.js';
import { translator } from '../../../../core/i18n/index.js';
import { addBusinessDays, endOfSantiagoDay, findInstitutionCalendar, toSantiagoDate } from '../../../../core/calendar/index.js';
import { procurementCalls as calls } from '../../schema.js';
import { recordProcessEvent } from '../../process/commands/record-event.js';
import { procurementAwards as awards, procurementBidResults as results } from '../schema.js';
import { findEvaluationLot, lotsOf, lotsWonInCall } from '../queries.js';
import { rankLots } from '../lot-ranking.js';
import { allocateAwards } from '../ranking.js';
import { encodeExclusion } from '../exclusion.js';

export type AwardOutcome =
  | { outcome: 'awarded'; awardIds: number[]; standstillUntil: Date }
  | { outcome: 'deserted'; reason: string };

/** The end of the standstill: n business days after the award's Santiago date, to the end of that day. */
export async function standstillEnd(tx: Tx, institutionId: number, at: Date, days: number): Promise<Date> {
  const due = addBusinessDays(toSantiagoDate(at), days, await findInstitutionCalendar(tx, institutionId)).due;
  return endOfSantiagoDay(due);
}

export async function awardLotByRanking(tx: Tx, input: { lotId: number; actor: AuditActor; at?: Date }): Promise<AwardOutcome> {
  const at = input.at ?? new Date();
  const { call } = await findEvaluationLot(tx, input.lotId);
  // Before reading scores: a score in flight (FOR SHARE on the call) commits first, and none starts until this ends.
  await tx.select({ id: calls.id }).from(calls).where(eq(calls.id, call.id)).for('update');
  const lots = await lotsOf(tx, call.id);
  const lot = lots.find((l) => l.id === input.lotId)!;
  if (lot.state !== 'evaluation') throw conflict('procurement.rule.wrongLotState', { state: lot.state });
  const rankings = await rankLots(tx, call, lots.filter((l) => l.state === 'evaluation'));
  const ranking = rankings.find((r) => r.lotId === lot.id)!;
  if (ranking.unscored.length > 0) throw conflict('procurement.evaluation.error.unscored', { count: ranking.unscored.length });
  const ready = rankings.filter((r) => r.unscored.length === 0).map((r) => ({ ...r, ...lots.find((l) => l.id === r.lotId)! }));
  const { winners, passedOver } = allocateAwards(ready.map((r) => ({ lotId: r.id, number: r.number, admitCount: r.admitCount, results: r.results })),
    call.maxLotsWon, await lotsWonInCall(tx, call.id)).get(lot.id)!;
  if (ranking.results.length > 0) {
    await tx.insert(results).values(ranking.results.map((r) => ({
      bidId: r.bidId, lotId: lot.id, criterionScores: Object.fromEntries(Object.entries(r.criterionScores)), total: r.total, rank: r.rank,
      admissible: r.admissible, exclusionReason: passedOver.includes(r.bidId) ? 'max_lots_won' : encodeExclusion(r.exclusion),
    })));
  }
  if (winners.length === 0) {
    // The reason is public data of the process (events.ts), written once in the platform's language.
    const reason = translator('es-CL')(ranking.results.length === 0 ? 'procurement.evaluation.deserted.noBids' : 'procurement.evaluation.deserted.noneAdmissible',
      { count: ranking.results.length });
    await recordProcessEvent(tx, { callId: call.id, lotId: lot.id, kind: 'deserted', data: { reason }, author: 'official', actor: input.actor, at });
    return { outcome: 'deserted', reason };
  }
  const rows = await tx.insert(awards).values(winners.map((w) => ({
    lotId: lot.id, bidId: w.bidId, supplierId: w.supplierId, rank: w.rank!, amount: w.price, decidedAt: at,
  }))).returning({ id: awards.id, bidId: awards.bidId, supplierId: awards.supplierId, amount: awards.amount, rank: awards.rank });
  const standstillUntil = await standstillEnd(tx, call.institutionId, at, call.standstillDays);
  await recordProcessEvent(tx, {
    callId: call.id, lotId: lot.id, kind: 'awarded', author: 'official', actor: input.actor, at,
    data: { awards: rows.map((r) => ({ awardId: r.id, bidId: r.bidId, supplierId: r.supplierId, amount: r.amount, rank: r.rank })), standstillUntil: standstillUntil.toISOString() },
  });
  return { outcome: 'awarded', awardIds: rows.map((r) => r.id), standstillUntil };
}
