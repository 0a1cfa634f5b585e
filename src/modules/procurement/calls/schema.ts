// Calls (llamados) and their lots. A call is one contracting process (one OCDS ocid) of an institution, of one kind:
// a framework agreement (convenio marco, later call-offs among the admitted suppliers), a single tender (licitación),
// a quick purchase (compra ágil: up to a threshold in UTM, at least 3 quotes, Ley 19.886 art. 10 bis / Decreto 661
// of 2024) or a grant call for civil-society initiatives (fondo concursable). Its lots are awarded separately, each
// with a fixed budget and a fixed calendar and to up to `admitCount` suppliers (multi-award).
//
// The state columns of calls and lots are a cache of replaying the process events (process/lifecycle.ts), written in
// the same transaction as each event (process/record-event.ts), never by anything else.
import { pgTable, text, integer, smallint, bigint, date, timestamp, index, uniqueIndex, numeric } from 'drizzle-orm/pg-core';
import { institutions, regions } from '../../../core/tenancy/schema.js';
import { people } from '../../../core/auth/schema.js';

export const CALL_KINDS = ['framework', 'single_tender', 'quick_purchase', 'grant'] as const;
export type CallKind = (typeof CALL_KINDS)[number];
/** draft: being written, private; published: lots open or in evaluation; closed: every lot is final; cancelled. */
export const CALL_STATES = ['draft', 'published', 'closed', 'cancelled'] as const;
export type CallState = (typeof CALL_STATES)[number];
/**
 * open: bids accepted until bidsUntil; evaluation: bids opened after the deadline, being scored; standstill: award
 * proposed and its report published, challenges possible until standstillUntil; awarded: final; deserted: no bid
 * (or none admissible); cancelled: withdrawn by the institution, with reasons.
 */
export const LOT_STATES = ['draft', 'open', 'evaluation', 'standstill', 'awarded', 'deserted', 'cancelled'] as const;
export type LotState = (typeof LOT_STATES)[number];
export const FINAL_LOT_STATES: readonly LotState[] = ['awarded', 'deserted', 'cancelled'];

export const procurementCalls = pgTable('procurement_calls', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  institutionId: integer().notNull().references(() => institutions.id),
  /** '<prefix>-<institution slug>-<id>': fixed when the call is created (process/ocid.ts), whatever the prefix later. */
  ocid: text().notNull(),
  kind: text({ enum: CALL_KINDS }).notNull(),
  title: text().notNull(),
  description: text().notNull().default(''),
  /** How many lots one supplier may bid for, and win; null: no limit. */
  maxLotsBid: smallint(),
  maxLotsWon: smallint(),
  /** Business days between the award and its confirmation, when unsuccessful bidders may challenge it. */
  standstillDays: smallint().notNull().default(5),
  state: text({ enum: CALL_STATES }).notNull().default('draft'),
  publishedAt: timestamp({ withTimezone: true }),
  createdBy: integer().references(() => people.id),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  uniqueIndex('procurement_calls_ocid_idx').on(t.ocid),
  index('procurement_calls_institution_idx').on(t.institutionId, t.id),
  index('procurement_calls_state_idx').on(t.state, t.publishedAt),
]);

export const procurementLots = pgTable('procurement_lots', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  callId: integer().notNull().references(() => procurementCalls.id),
  /** 1, 2, 3 … within the call: the OCDS lot id. */
  number: smallint().notNull(),
  title: text().notNull(),
  description: text().notNull().default(''),
  /** The fixed budget, integer pesos: no bid may exceed it. */
  budgetAmount: bigint({ mode: 'number' }).notNull(),
  /** Where the work is (a lot by region); null: anywhere. */
  regionCode: text().references(() => regions.code),
  /** A CATEGORIES code (categories.ts). */
  category: text().notNull(),
  // The fixed calendar.
  questionsUntil: timestamp({ withTimezone: true }).notNull(),
  bidsUntil: timestamp({ withTimezone: true }).notNull(),
  awardBy: date({ mode: 'string' }).notNull(),
  deliveryStart: date({ mode: 'string' }).notNull(),
  deliveryEnd: date({ mode: 'string' }).notNull(),
  /** How many suppliers are admitted (awarded) at most: multi-award when above 1. */
  admitCount: smallint().notNull().default(1),
  /** A budget line (clasificador code, e.g. '22.11.002') the payments under this lot execute; null: none given. */
  budgetLine: text(),
  // The cache of the replay (process/lifecycle.ts).
  state: text({ enum: LOT_STATES }).notNull().default('draft'),
  standstillUntil: timestamp({ withTimezone: true }),
  /** Why the lot was deserted or cancelled (public). */
  reason: text(),
}, (t) => [
  uniqueIndex('procurement_lots_number_idx').on(t.callId, t.number),
  index('procurement_lots_open_idx').on(t.state, t.bidsUntil),
]);

export const CRITERION_KINDS = ['price', 'technical', 'team', 'local', 'sme', 'other'] as const;
export type CriterionKind = (typeof CRITERION_KINDS)[number];
/** Criteria scored by a formula rather than by evaluators (evaluation/formulas.ts documents each formula). */
export const FORMULA_CRITERIA: readonly CriterionKind[] = ['price', 'local', 'sme'];

/** Weighted evaluation criteria of a call, the same for all its lots; the weights sum to 100 (percent). */
export const procurementCriteria = pgTable('procurement_criteria', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  callId: integer().notNull().references(() => procurementCalls.id),
  kind: text({ enum: CRITERION_KINDS }).notNull(),
  name: text().notNull(),
  description: text().notNull().default(''),
  weight: smallint().notNull(),
  /** A bid scoring below this (0–100) on the criterion is not admissible; null: no minimum. */
  minScore: numeric({ precision: 5, scale: 2, mode: 'number' }),
  position: smallint().notNull(),
}, (t) => [index('procurement_criteria_call_idx').on(t.callId, t.position)]);

/** Questions and answers are public (the asker is not); an answer is given once. */
export const procurementQuestions = pgTable('procurement_questions', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  callId: integer().notNull().references(() => procurementCalls.id),
  lotId: integer().references(() => procurementLots.id),
  question: text().notNull(),
  askedBy: integer().notNull().references(() => people.id),
  askedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  answer: text(),
  answeredBy: integer().references(() => people.id),
  answeredAt: timestamp({ withTimezone: true }),
}, (t) => [index('procurement_questions_call_idx').on(t.callId, t.id)]);

/**
 * The UTM (Unidad Tributaria Mensual, published monthly by the SII) in pesos, by month: the quick-purchase threshold is
 * in UTM, so a call is checked against the UTM of the month it is published in.
 */
export const procurementUtmValues = pgTable('procurement_utm_values', {
  /** The first day of the month: '2026-11-01'. */
  month: date({ mode: 'string' }).primaryKey(),
  pesos: integer().notNull(),
  source: text().notNull(),
});
