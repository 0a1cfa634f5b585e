// Contracts, call-offs, milestones and payments. An award becomes a contract (one per awarded supplier and lot). Under
// a framework agreement the institution then places call-offs (órdenes de compra) with the admitted suppliers, directly
// or after a renewed competition among them: each call-off is its own contracting process with its own ocid, related to
// the agreement's (OCDS relatedProcesses, relationship 'framework'), and ends in a contract of its own. Payments made
// against a contract with a budget line feed the institution's budget execution (the budget module's technology lens).
import { pgTable, text, integer, bigint, date, timestamp, index, uniqueIndex } from 'drizzle-orm/pg-core';
import { institutions } from '../../../core/tenancy/schema.js';
import { people } from '../../../core/auth/schema.js';
import { procurementCalls, procurementLots } from '../calls/schema.js';
import { procurementAwards } from '../evaluation/schema.js';
import { procurementSuppliers } from '../suppliers/schema.js';

export const CALL_OFF_METHODS = ['direct', 'mini_competition'] as const;
export type CallOffMethod = (typeof CALL_OFF_METHODS)[number];
export const CALL_OFF_STATES = ['competition', 'placed', 'cancelled'] as const;

export const procurementCallOffs = pgTable('procurement_call_offs', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  institutionId: integer().notNull().references(() => institutions.id),
  /** The framework agreement (a call of kind 'framework') and the lot it draws on. */
  callId: integer().notNull().references(() => procurementCalls.id),
  lotId: integer().notNull().references(() => procurementLots.id),
  /** Its own contracting process: '<agreement ocid>-co-<n>'. */
  ocid: text().notNull(),
  title: text().notNull(),
  description: text().notNull().default(''),
  method: text({ enum: CALL_OFF_METHODS }).notNull(),
  /** The most it may cost, integer pesos; the sum of call-offs never exceeds the lot's budget. */
  maxAmount: bigint({ mode: 'number' }).notNull(),
  /** For a renewed competition: quotes accepted until then. */
  quotesUntil: timestamp({ withTimezone: true }),
  state: text({ enum: CALL_OFF_STATES }).notNull(),
  supplierId: integer().references(() => procurementSuppliers.id),
  /** What it was awarded for, integer pesos (≤ maxAmount): the direct amount, or the winning quote; null until awarded. */
  amount: bigint({ mode: 'number' }),
  createdBy: integer().references(() => people.id),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [uniqueIndex('procurement_call_offs_ocid_idx').on(t.ocid), index('procurement_call_offs_call_idx').on(t.callId, t.id)]);

/**
 * Quotes of a renewed competition (mini_competition) among the admitted suppliers of a framework lot: one per supplier,
 * revisable until quotesUntil, hidden from everyone but its supplier until then (like a sealed bid), public after.
 */
export const procurementCallOffQuotes = pgTable('procurement_call_off_quotes', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  callOffId: integer().notNull().references(() => procurementCallOffs.id),
  supplierId: integer().notNull().references(() => procurementSuppliers.id),
  /** Integer pesos, ≤ the call-off's maxAmount. */
  amount: bigint({ mode: 'number' }).notNull(),
  submittedBy: integer().notNull().references(() => people.id),
  /** Of the current quote: a revision counts from when it was made (ties go to the earlier quote). */
  submittedAt: timestamp({ withTimezone: true }).notNull(),
}, (t) => [uniqueIndex('procurement_call_off_quotes_supplier_idx').on(t.callOffId, t.supplierId)]);

export const CONTRACT_STATES = ['active', 'terminated', 'completed'] as const;
export type ContractState = (typeof CONTRACT_STATES)[number];

export const procurementContracts = pgTable('procurement_contracts', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  /** The process the contract belongs to: the call's ocid, or the call-off's. */
  ocid: text().notNull(),
  callId: integer().notNull().references(() => procurementCalls.id),
  lotId: integer().notNull().references(() => procurementLots.id),
  awardId: integer().references(() => procurementAwards.id),
  callOffId: integer().references(() => procurementCallOffs.id),
  supplierId: integer().notNull().references(() => procurementSuppliers.id),
  title: text().notNull(),
  amount: bigint({ mode: 'number' }).notNull(),
  periodStart: date({ mode: 'string' }).notNull(),
  periodEnd: date({ mode: 'string' }).notNull(),
  /** Overrides the lot's budget line for this contract's payments. */
  budgetLine: text(),
  state: text({ enum: CONTRACT_STATES }).notNull().default('active'),
  signedAt: timestamp({ withTimezone: true }).notNull(),
  /**
   * A grant agreement's initiative in the digital-services incubator (issue 10, not built yet): a free URL or slug,
   * set when the initiative graduates into a permanent service; null: none.
   */
  incubatorRef: text(),
}, (t) => [
  index('procurement_contracts_ocid_idx').on(t.ocid), index('procurement_contracts_supplier_idx').on(t.supplierId),
  // One contract per award and per call-off, even when two officials sign at once.
  uniqueIndex('procurement_contracts_award_idx').on(t.awardId), uniqueIndex('procurement_contracts_call_off_idx').on(t.callOffId),
  index('procurement_contracts_call_idx').on(t.callId, t.id),
]);

export const MILESTONE_STATES = ['scheduled', 'met', 'cancelled'] as const;

export const procurementMilestones = pgTable('procurement_milestones', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  contractId: integer().notNull().references(() => procurementContracts.id),
  title: text().notNull(),
  dueOn: date({ mode: 'string' }).notNull(),
  /** The payment due when it is met, integer pesos; null: none. */
  amount: bigint({ mode: 'number' }),
  state: text({ enum: MILESTONE_STATES }).notNull().default('scheduled'),
  metOn: date({ mode: 'string' }),
}, (t) => [index('procurement_milestones_contract_idx').on(t.contractId)]);

export const procurementPayments = pgTable('procurement_payments', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  contractId: integer().notNull().references(() => procurementContracts.id),
  milestoneId: integer().references(() => procurementMilestones.id),
  amount: bigint({ mode: 'number' }).notNull(),
  paidOn: date({ mode: 'string' }).notNull(),
  /** The budget line executed (the contract's or the lot's when not given); null: outside the budget lens. */
  budgetLine: text(),
  recordedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('procurement_payments_contract_idx').on(t.contractId)]);
