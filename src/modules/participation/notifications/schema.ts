// Following and the events people are told about. Commands in every area of the module write an event in the same
// transaction as the change (an outbox: nothing is sent from inside a request); the notifier turns events into
// in-app notifications for the followers of the event's subject and of its process, and into emails (notify.ts).
// Events that happen by the clock (a phase starts, results are published) are written by the notifier's tick.
import { pgTable, text, integer, bigint, timestamp, jsonb, index, primaryKey } from 'drizzle-orm/pg-core';
import { institutions } from '../../../core/tenancy/schema.js';
import { people } from '../../../core/auth/schema.js';

/** What can be followed and what an event is about. */
export const SUBJECT_TYPES = ['process', 'proposal', 'consultation', 'vote'] as const;
export type SubjectType = (typeof SUBJECT_TYPES)[number];

export const participationFollows = pgTable('participation_follows', {
  personId: integer().notNull().references(() => people.id, { onDelete: 'cascade' }),
  subjectType: text({ enum: SUBJECT_TYPES }).notNull(),
  subjectId: integer().notNull(),
  institutionId: integer().notNull().references(() => institutions.id),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  primaryKey({ columns: [t.personId, t.subjectType, t.subjectId] }),
  index('participation_follows_subject_idx').on(t.subjectType, t.subjectId),
]);

export const participationEvents = pgTable('participation_events', {
  id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  institutionId: integer().notNull().references(() => institutions.id),
  /** The process the subject belongs to, so its followers hear of it too; null for a subject outside any process. */
  processId: integer(),
  subjectType: text({ enum: SUBJECT_TYPES }).notNull(),
  subjectId: integer().notNull(),
  /** e.g. 'proposal.answered', 'phase.started', 'vote.results' (EventKind in record.ts). */
  kind: text().notNull(),
  /** What the message needs (a title, the new state): public facts only, never personal data. */
  params: jsonb().$type<Record<string, string | number>>().notNull().default({}),
  occurredAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('participation_events_subject_idx').on(t.subjectType, t.subjectId, t.occurredAt)]);
