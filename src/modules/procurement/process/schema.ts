// The history of each contracting process (a call, or a call-off under a framework agreement) as append-only events,
// from which the lifecycle (lifecycle.ts) is replayed, and the OCDS releases those events emit. Every public event
// emits one release: a full snapshot of the process at that moment (ocds/build-release.ts), stored as its JSON text,
// so the API streams releases without rebuilding them. Release dates are UTC and strictly increasing per ocid (the
// OCDS merge rules order releases by date).
import { pgTable, text, integer, bigint, timestamp, index, uniqueIndex, jsonb, boolean } from 'drizzle-orm/pg-core';
import { institutions } from '../../../core/tenancy/schema.js';
import { people } from '../../../core/auth/schema.js';
import { procurementCalls, procurementLots } from '../calls/schema.js';

/** Who wrote an event: an official of the institution, a supplier's representative, or the clock (a deadline passed). */
export const EVENT_AUTHORS = ['official', 'supplier', 'system'] as const;
export type EventAuthor = (typeof EVENT_AUTHORS)[number];

export const procurementEvents = pgTable('procurement_events', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  institutionId: integer().notNull().references(() => institutions.id),
  /** The process: the call's ocid or a call-off's. */
  ocid: text().notNull(),
  callId: integer().notNull().references(() => procurementCalls.id),
  /** Set for lot events (opened, awarded, deserted …). */
  lotId: integer().references(() => procurementLots.id),
  /** One of PROCESS_EVENT_KINDS (events.ts). */
  kind: text().notNull(),
  data: jsonb().notNull().default({}),
  author: text({ enum: EVENT_AUTHORS }).notNull(),
  personId: integer().references(() => people.id),
  at: timestamp({ withTimezone: true }).notNull(),
  /** Events before publication (drafting) and bids stay off the public timeline and emit no release. */
  public: boolean().notNull().default(true),
}, (t) => [index('procurement_events_ocid_idx').on(t.ocid, t.id), index('procurement_events_call_idx').on(t.callId, t.id)]);

export const procurementReleases = pgTable('procurement_releases', {
  id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  institutionId: integer().notNull().references(() => institutions.id),
  ocid: text().notNull(),
  /** '<ocid>-<event id>': unique within the ocid as OCDS asks. */
  releaseId: text().notNull(),
  /** The release date (UTC), strictly after the previous release of the same ocid. */
  date: timestamp({ withTimezone: true, precision: 3 }).notNull(),
  tags: text().array().notNull(),
  eventId: integer().references(() => procurementEvents.id),
  /** The release as JSON text, exactly as served. */
  json: text().notNull(),
}, (t) => [
  uniqueIndex('procurement_releases_release_id_idx').on(t.ocid, t.releaseId),
  index('procurement_releases_date_idx').on(t.date, t.id),
  index('procurement_releases_institution_date_idx').on(t.institutionId, t.date, t.id),
  index('procurement_releases_ocid_date_idx').on(t.ocid, t.date),
]);
