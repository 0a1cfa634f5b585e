// The rules a call must meet, as pure functions of its content and a moment (`at`: now, or the moment a seed tells a
// story at), so the forms, the API and publication judge a call alike and the tests need no database.
import type { MessageKey } from '../../../core/i18n/index.js';
import { toSantiagoDate } from '../../../core/calendar/index.js';
import { toDayNumber } from '../../../core/calendar/calendar-date.js';
import { CATEGORIES } from '../categories.js';
import type { CallKind, CriterionKind } from './schema.js';

export type LotInput = {
  title: string; description: string; budgetAmount: number; regionCode: string | null; category: string;
  questionsUntil: Date; bidsUntil: Date; awardBy: string; deliveryStart: string; deliveryEnd: string;
  admitCount: number; budgetLine: string | null;
};
export type CriterionInput = { kind: CriterionKind; name: string; description: string; weight: number; minScore: number | null };
export type CallInput = {
  kind: CallKind; title: string; description: string; maxLotsBid: number | null; maxLotsWon: number | null; standstillDays: number;
  lots: LotInput[]; criteria: CriterionInput[];
};

/** A broken rule, on the form field it belongs to ('lot2_bidsUntil', 'crit1_weight', 'criteria' …). */
export type Problem = { field: string; key: MessageKey; params?: Record<string, string | number> };

export const lotField = (i: number, name: keyof LotInput) => `lot${i + 1}_${name}`;
export const criterionField = (i: number, name: keyof CriterionInput) => `crit${i + 1}_${name}`;

const isDay = (value: string) => { try { toDayNumber(value); return true; } catch { return false; } };

/**
 * The calendar of a lot in order: questions close no later than bids; the award comes on a later day than bids close
 * (bids are opened and scored in between); delivery starts no earlier than the award and ends no earlier than it
 * starts. `future` asks the deadlines to lie after `at`: at creation and publication both, at an amendment only the
 * bids deadline (questions may have closed while bids are still open).
 */
export function checkCalendar(lot: LotInput, i: number, at: Date, future: 'all' | 'bids'): Problem[] {
  const problems: Problem[] = [];
  const days = { awardBy: lot.awardBy, deliveryStart: lot.deliveryStart, deliveryEnd: lot.deliveryEnd } as const;
  for (const [name, value] of Object.entries(days)) if (!isDay(value)) problems.push({ field: lotField(i, name as keyof LotInput), key: 'procurement.calls.error.date' });
  if (lot.questionsUntil > lot.bidsUntil) problems.push({ field: lotField(i, 'questionsUntil'), key: 'procurement.calls.error.questionsAfterBids' });
  if (future === 'all' && lot.questionsUntil <= at) problems.push({ field: lotField(i, 'questionsUntil'), key: 'procurement.calls.error.past' });
  if (lot.bidsUntil <= at) problems.push({ field: lotField(i, 'bidsUntil'), key: 'procurement.calls.error.past' });
  if (problems.some((p) => p.key === 'procurement.calls.error.date')) return problems;
  if (lot.awardBy <= toSantiagoDate(lot.bidsUntil)) problems.push({ field: lotField(i, 'awardBy'), key: 'procurement.calls.error.awardBeforeBids' });
  if (lot.deliveryStart < lot.awardBy) problems.push({ field: lotField(i, 'deliveryStart'), key: 'procurement.calls.error.deliveryBeforeAward' });
  if (lot.deliveryEnd < lot.deliveryStart) problems.push({ field: lotField(i, 'deliveryEnd'), key: 'procurement.calls.error.deliveryEndBeforeStart' });
  return problems;
}

/**
 * Weights are percentages summing to exactly 100, so every bid's total score is on the same 0–100 scale. A price
 * criterion is scored by one formula (lowest price ÷ bid price × 100), so a call has at most one; a call that buys
 * something has one, while a grant call funds initiatives and may judge them on merit alone.
 */
export function checkCriteria(kind: CallKind, criteria: CriterionInput[]): Problem[] {
  const problems: Problem[] = [];
  if (criteria.length === 0) return [{ field: 'criteria', key: 'procurement.calls.error.noCriteria' }];
  criteria.forEach((c, i) => {
    if (!Number.isInteger(c.weight) || c.weight < 1 || c.weight > 100) problems.push({ field: criterionField(i, 'weight'), key: 'procurement.calls.error.weight' });
    if (c.minScore !== null && !(c.minScore >= 0 && c.minScore <= 100)) problems.push({ field: criterionField(i, 'minScore'), key: 'procurement.calls.error.minScore' });
  });
  const sum = criteria.reduce((s, c) => s + c.weight, 0);
  if (sum !== 100) problems.push({ field: 'criteria', key: 'procurement.calls.error.weightsSum', params: { sum } });
  const prices = criteria.filter((c) => c.kind === 'price').length;
  if (prices > 1) problems.push({ field: 'criteria', key: 'procurement.calls.error.onePrice' });
  if (prices === 0 && kind !== 'grant') problems.push({ field: 'criteria', key: 'procurement.calls.error.needsPrice' });
  return problems;
}

/**
 * The whole call: its limits, each lot (budget, region is looked up by the command, category, calendar) and the
 * criteria. `live(i)` says which lots' deadlines must still lie ahead (an amendment leaves a cancelled lot's alone).
 */
export function validateCall(input: CallInput, at: Date, future: 'all' | 'bids' = 'all', live: (i: number) => boolean = () => true): Problem[] {
  const problems: Problem[] = [];
  if (input.lots.length === 0) problems.push({ field: 'lots', key: 'procurement.calls.error.noLots' });
  if (input.maxLotsBid !== null && input.maxLotsWon !== null && input.maxLotsWon > input.maxLotsBid) {
    problems.push({ field: 'maxLotsWon', key: 'procurement.calls.error.maxWonAboveBid' });
  }
  input.lots.forEach((lot, i) => {
    if (!Number.isSafeInteger(lot.budgetAmount) || lot.budgetAmount < 1) problems.push({ field: lotField(i, 'budgetAmount'), key: 'procurement.calls.error.budget' });
    if (!(CATEGORIES as readonly string[]).includes(lot.category)) problems.push({ field: lotField(i, 'category'), key: 'procurement.calls.error.category' });
    if (lot.admitCount < 1) problems.push({ field: lotField(i, 'admitCount'), key: 'procurement.calls.error.admitCount' });
    problems.push(...checkCalendar(lot, i, live(i) ? at : new Date(0), future));
  });
  return [...problems, ...checkCriteria(input.kind, input.criteria)];
}

/**
 * What an amendment of a published call may change (only before bids close: the lifecycle's `amended` rule).
 * Suppliers are already preparing bids against what was published, so:
 * - lots are neither added nor removed (a lot withdrawn is a lot cancelled, with its reasons, on the public record);
 * - the criteria stay as published: bids answer each criterion, and a weight moved mid-call changes who wins;
 * - questions and bids deadlines may only move later: an earlier deadline could shut out a bidder who planned on it;
 * - a lot budget may only rise: a lower ceiling would turn bids already priced under the published one inadmissible.
 */
export function checkAmendment(before: CallInput, after: CallInput): Problem[] {
  const problems: Problem[] = [];
  if (after.lots.length !== before.lots.length) return [{ field: 'lots', key: 'procurement.calls.error.lotsFixed' }];
  if (after.kind !== before.kind) problems.push({ field: 'kind', key: 'procurement.calls.error.kindFixed' });
  if (JSON.stringify(after.criteria) !== JSON.stringify(before.criteria)) problems.push({ field: 'criteria', key: 'procurement.calls.error.criteriaFixed' });
  after.lots.forEach((lot, i) => {
    const old = before.lots[i]!;
    if (lot.budgetAmount < old.budgetAmount) problems.push({ field: lotField(i, 'budgetAmount'), key: 'procurement.calls.error.budgetDown' });
    if (lot.questionsUntil < old.questionsUntil) problems.push({ field: lotField(i, 'questionsUntil'), key: 'procurement.calls.error.deadlineEarlier' });
    if (lot.bidsUntil < old.bidsUntil) problems.push({ field: lotField(i, 'bidsUntil'), key: 'procurement.calls.error.deadlineEarlier' });
  });
  return problems;
}

/**
 * Quick purchases (compra ágil) are capped in UTM: the sum of the lot budgets may reach, not pass, `utm` times the
 * month's UTM in pesos. Integer arithmetic, so the boundary is exact.
 */
export const quickPurchaseCeiling = (utm: number, utmPesos: number) => utm * utmPesos;
export const totalBudget = (lots: ReadonlyArray<{ budgetAmount: number }>) => lots.reduce((s, l) => s + l.budgetAmount, 0);

/**
 * The fewest bids a lot needs to be evaluated; with fewer it is deserted. A quick purchase is the compra ágil of
 * ChileCompra, which asks for at least three quotes so the price is compared; other calls may award a single bid.
 */
export const minimumBidsOf = (call: { kind: CallKind }) => (call.kind === 'quick_purchase' ? 3 : 1);

/** The first day of the Santiago month of an instant: the key of the UTM table. */
export const utmMonthOf = (at: Date) => `${toSantiagoDate(at).slice(0, 7)}-01`;
