// Bids (ofertas) per lot. Until the lot's bidsUntil passes a bid is sealed: its price, its answers per criterion and
// its documents are stored only encrypted (AES-256-GCM, bids/seal.ts, with a key from configuration), so no query,
// export or official can read them before the deadline; what stays clear is who bid on which lot and when, which the
// bidder sees and officials need to count. Opening (after the deadline, process event 'bids_opened') decrypts them
// into the clear columns once. A bid is withdrawable before the deadline; a withdrawn bid is never opened.
import { sql } from 'drizzle-orm';
import { pgTable, text, integer, bigint, timestamp, index, uniqueIndex, jsonb } from 'drizzle-orm/pg-core';
import { people } from '../../../core/auth/schema.js';
import { bytea } from '../../../core/db/bytea.js';
import { procurementLots } from '../calls/schema.js';
import { procurementSuppliers } from '../suppliers/schema.js';

export const BID_STATES = ['submitted', 'withdrawn'] as const;
export type BidState = (typeof BID_STATES)[number];

export const procurementBids = pgTable('procurement_bids', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  lotId: integer().notNull().references(() => procurementLots.id),
  supplierId: integer().notNull().references(() => procurementSuppliers.id),
  state: text({ enum: BID_STATES }).notNull().default('submitted'),
  submittedBy: integer().notNull().references(() => people.id),
  submittedAt: timestamp({ withTimezone: true }).notNull(),
  withdrawnAt: timestamp({ withTimezone: true }),
  /** The sealed content: { price, answers: { [criterionId]: text } } encrypted (bids/seal.ts). */
  sealed: bytea().notNull(),
  // Clear after opening only.
  openedAt: timestamp({ withTimezone: true }),
  price: bigint({ mode: 'number' }),
  answers: jsonb().$type<Record<string, string>>(),
}, (t) => [
  // One live bid per supplier and lot: a supplier changes its bid by withdrawing it and bidding again.
  uniqueIndex('procurement_bids_live_idx').on(t.lotId, t.supplierId).where(sql`state = 'submitted'`),
  index('procurement_bids_supplier_idx').on(t.supplierId),
]);

/** A bid's documents, sealed like the bid; readable (by officials, then by the public after the award) once opened. */
export const procurementBidDocuments = pgTable('procurement_bid_documents', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  bidId: integer().notNull().references(() => procurementBids.id),
  /** Sealed: file name, media type and bytes (bids/seal.ts). */
  sealed: bytea().notNull(),
  size: integer().notNull(),
  uploadedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('procurement_bid_documents_bid_idx').on(t.bidId)]);
