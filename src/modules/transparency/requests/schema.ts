// Access-to-information requests (solicitudes de acceso a la información, Ley 20.285 Title IV). A request is its
// events: transparency_request_events is the append-only history (filed, correction asked, extended, answered …) from
// which the lifecycle (lifecycle.ts) and the legal clock (clock.ts) are replayed. The columns on the request row that
// describe the state and the deadlines are a cache of that replay, rewritten in the same transaction as every event
// and whenever the calendar changes (recompute.ts), so lists can filter and sort on them with an index.
//
// Personal data (DESIGN.md rule 10): the requester's email and address are for the institution only and never leave
// through present.ts; their name is public only when they chose so (show_name, default false, as Alaveteli's users
// asked). A requester without an account follows the request through a private link whose token is stored hashed.
import { pgTable, text, integer, date, timestamp, jsonb, boolean, index, uniqueIndex, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { institutions } from '../../../core/tenancy/schema.js';
import { people } from '../../../core/auth/schema.js';

/**
 * received: filed, the clock runs; in_progress: acknowledged by the institution; awaiting_correction: art. 12, the
 * clock waits for the requester; answered / withdrawn / transferred (art. 13) are final.
 */
export const REQUEST_STATES = ['received', 'in_progress', 'awaiting_correction', 'answered', 'withdrawn', 'transferred'] as const;
export type RequestState = (typeof REQUEST_STATES)[number];
export const FINAL_STATES: readonly RequestState[] = ['answered', 'withdrawn', 'transferred'];

/** Ley 20.285 art. 12 c): the requester names the format in which they want the information. */
export const REQUEST_FORMATS = ['digital', 'paper', 'any'] as const;
export const REQUEST_DELIVERIES = ['email', 'post', 'in_person'] as const;

/** How a request was answered (art. 14, 15, 16, 21). */
export const ANSWER_KINDS = ['delivered', 'partially_delivered', 'denied', 'not_held', 'already_public'] as const;
export type AnswerKind = (typeof ANSWER_KINDS)[number];
/** The causes of secrecy or reserve of art. 21 (nº 1 has three lettered cases). */
export const DENIAL_CAUSES = ['21.1.a', '21.1.b', '21.1.c', '21.2', '21.3', '21.4', '21.5'] as const;
export type DenialCause = (typeof DENIAL_CAUSES)[number];

export const transparencyRequests = pgTable('transparency_requests', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  institutionId: integer().notNull().references(() => institutions.id),
  /** Public reference, unique per institution: '2026-000042' (year of filing, then a per-institution sequence). */
  folio: text().notNull(),
  subject: text().notNull(),
  /** The information wanted, in the requester's words (art. 12 b). */
  body: text().notNull(),
  format: text({ enum: REQUEST_FORMATS }).notNull().default('digital'),
  delivery: text({ enum: REQUEST_DELIVERIES }).notNull().default('email'),
  requesterName: text().notNull(),
  requesterEmail: text().notNull(),
  /** Needed only for delivery by post. */
  requesterAddress: text(),
  requesterPersonId: integer().references(() => people.id),
  showName: boolean().notNull().default(false),
  /** sha256 of the requester's private link token. */
  accessTokenHash: text().notNull(),
  filedAt: timestamp({ withTimezone: true }).notNull(),
  /** Set when this request came by transfer (art. 13) from another institution's request. */
  transferredFromId: integer().references((): AnyPgColumn => transparencyRequests.id),

  // The cache of the replay (lifecycle.ts, clock.ts): never written but by the commands and recompute.ts.
  state: text({ enum: REQUEST_STATES }).notNull(),
  receivedOn: date({ mode: 'string' }),
  dueOn: date({ mode: 'string' }),
  extendedDueOn: date({ mode: 'string' }),
  correctionDueOn: date({ mode: 'string' }),
  appealUntil: date({ mode: 'string' }),
  /** The clock's full computation with its provenance (skipped days, suspensions), as shown on the request page. */
  clock: jsonb().notNull().default({}),
  answerKind: text({ enum: ANSWER_KINDS }),
  answeredAt: timestamp({ withTimezone: true }),
  /** The requester's verdict on the answer: null until given. */
  satisfied: boolean(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  uniqueIndex('transparency_requests_folio_idx').on(t.institutionId, t.folio),
  index('transparency_requests_institution_idx').on(t.institutionId, t.id),
  index('transparency_requests_open_due_idx').on(t.institutionId, t.state, t.dueOn),
  uniqueIndex('transparency_requests_token_idx').on(t.accessTokenHash),
]);

/** Who wrote an event: the requester, an official of the institution, or the clock (a deadline passed, a recompute). */
export const EVENT_AUTHORS = ['requester', 'official', 'system'] as const;

export const transparencyRequestEvents = pgTable('transparency_request_events', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  requestId: integer().notNull().references(() => transparencyRequests.id),
  institutionId: integer().notNull().references(() => institutions.id),
  /** One of REQUEST_EVENT_KINDS (events.ts). */
  kind: text().notNull(),
  /** The event's fields, shaped by its kind (events.ts): reasons, cause, dates, third party … */
  data: jsonb().notNull().default({}),
  author: text({ enum: EVENT_AUTHORS }).notNull(),
  /** The official or the signed-in requester; null for the clock or a requester without an account. */
  personId: integer().references(() => people.id),
  /** The instant the event happened (for a correction or an opposition, when it was received). */
  at: timestamp({ withTimezone: true }).notNull(),
  /** Internal notes of officials are kept off the public timeline. */
  public: boolean().notNull().default(true),
}, (t) => [index('transparency_request_events_request_idx').on(t.requestId, t.id)]);
