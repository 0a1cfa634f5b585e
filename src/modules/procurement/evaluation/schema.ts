// Evaluation of a call's opened bids: evaluators (each declares conflicts of interest before scoring: Ley 19.880
// art. 12, principio de abstención, and Ley 20.880 on probity), their scores per criterion with reasons, the ranking
// per lot and the awards.
// Formula criteria (price, local anchorage, SME) are computed (evaluation/formulas.ts), not scored by hand.
import { pgTable, text, integer, bigint, timestamp, index, uniqueIndex, numeric, boolean, smallint, jsonb } from 'drizzle-orm/pg-core';
import { people } from '../../../core/auth/schema.js';
import { procurementCalls, procurementCriteria, procurementLots } from '../calls/schema.js';
import { procurementBids } from '../bids/schema.js';
import { procurementSuppliers } from '../suppliers/schema.js';

/** An evaluator of a call and their declaration: the suppliers they have an interest in, whose bids they may not score. */
export const procurementEvaluators = pgTable('procurement_evaluators', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  callId: integer().notNull().references(() => procurementCalls.id),
  personId: integer().notNull().references(() => people.id),
  /** Null until the evaluator declares; no score is accepted before. */
  declaredAt: timestamp({ withTimezone: true }),
  /** Supplier ids declared in conflict (relatives, past employers, shares). */
  conflictSupplierIds: integer().array().notNull().default([]),
  declaration: text().notNull().default(''),
}, (t) => [uniqueIndex('procurement_evaluators_call_person_idx').on(t.callId, t.personId)]);

export const procurementScores = pgTable('procurement_scores', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  bidId: integer().notNull().references(() => procurementBids.id),
  criterionId: integer().notNull().references(() => procurementCriteria.id),
  evaluatorId: integer().notNull().references(() => procurementEvaluators.id),
  /** 0–100. */
  score: numeric({ precision: 5, scale: 2, mode: 'number' }).notNull(),
  reason: text().notNull(),
  scoredAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [uniqueIndex('procurement_scores_unique_idx').on(t.bidId, t.criterionId, t.evaluatorId)]);

/**
 * The result of each opened bid of a lot, written when the lot is awarded (the published report): its weighted total,
 * its rank (strict: ties on the total are broken by the rule in evaluation/ranking.ts), whether it was admissible
 * and, when it was not awarded for a reason, that reason as a code (evaluation/exclusion.ts): over_budget,
 * below_minimum:<criterionId>, or max_lots_won (admissible, passed over for the call's cap on lots won).
 */
export const procurementBidResults = pgTable('procurement_bid_results', {
  bidId: integer().primaryKey().references(() => procurementBids.id),
  lotId: integer().notNull().references(() => procurementLots.id),
  /** criterionId → the score used (mean of evaluators, or the formula's), 0–100. */
  criterionScores: jsonb().$type<Record<string, number>>().notNull(),
  total: numeric({ precision: 6, scale: 3, mode: 'number' }).notNull(),
  rank: smallint(),
  admissible: boolean().notNull(),
  exclusionReason: text(),
}, (t) => [index('procurement_bid_results_lot_idx').on(t.lotId)]);

export const AWARD_STATES = ['pending', 'active', 'cancelled'] as const;
export type AwardState = (typeof AWARD_STATES)[number];

/** An award of a lot to one supplier (several per lot when multi-award): pending during the standstill, then active. */
export const procurementAwards = pgTable('procurement_awards', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  lotId: integer().notNull().references(() => procurementLots.id),
  bidId: integer().notNull().references(() => procurementBids.id),
  supplierId: integer().notNull().references(() => procurementSuppliers.id),
  rank: smallint().notNull(),
  /** The awarded bid's price, integer pesos. */
  amount: bigint({ mode: 'number' }).notNull(),
  state: text({ enum: AWARD_STATES }).notNull().default('pending'),
  decidedAt: timestamp({ withTimezone: true }).notNull(),
}, (t) => [uniqueIndex('procurement_awards_bid_idx').on(t.bidId), index('procurement_awards_lot_idx').on(t.lotId)]);
