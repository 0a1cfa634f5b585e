// Following and the events people are told about. Commands in every area of the module write an event in the same
// transaction as the change (an outbox: nothing is sent from inside a request); the notifier (notifier.ts) turns
// events into in-app notifications for the followers of the event's subject and of its process, and those into
// emails (immediate or a daily digest, mail.ts). Events that happen by the clock (a phase starts, results are
// published) are written by the notifier's tick, once each (a unique marker).
import { sql } from 'drizzle-orm';
import { pgTable, text, integer, bigint, timestamp, jsonb, index, uniqueIndex, primaryKey } from 'drizzle-orm/pg-core';
import { institutions } from '../../../core/tenancy/schema.js';
import { people } from '../../../core/auth/schema.js';

/** What can be followed and what an event is about. */
export const SUBJECT_TYPES = ['process', 'proposal', 'consultation', 'vote', 'commitment', 'observation'] as const;
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
  /** Who caused it: never told of their own act. */
  actorId: integer().references(() => people.id, { onDelete: 'set null' }),
  /** A direct event (a reply to someone's comment) goes to this person only, not to the subject's followers. */
  recipientId: integer().references(() => people.id, { onDelete: 'cascade' }),
  /** Clock events only ('phase.started:12'): unique, so each is written once however many ticks run. */
  marker: text(),
  /**
   * When the notifier turned it into notifications; null while pending. A mark per event rather than a cursor of the
   * last id: identity values are taken before commit, so id 11 can commit before id 10, and a cursor would skip 10.
   */
  notifiedAt: timestamp({ withTimezone: true }),
}, (t) => [
  index('participation_events_subject_idx').on(t.subjectType, t.subjectId, t.occurredAt),
  index('participation_events_pending_idx').on(t.id).where(sql`notified_at is null`),
  uniqueIndex('participation_events_marker_idx').on(t.marker),
]);

/** A person's in-app notification of an event; one per person and event however many things they follow. */
export const participationNotifications = pgTable('participation_notifications', {
  id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  personId: integer().notNull().references(() => people.id, { onDelete: 'cascade' }),
  eventId: bigint({ mode: 'number' }).notNull().references(() => participationEvents.id, { onDelete: 'cascade' }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  readAt: timestamp({ withTimezone: true }),
  /** When it went out by email, or was passed over (email off, no confirmed address); null while pending. */
  mailedAt: timestamp({ withTimezone: true }),
}, (t) => [
  uniqueIndex('participation_notifications_person_event_idx').on(t.personId, t.eventId),
  index('participation_notifications_person_idx').on(t.personId, t.id),
  index('participation_notifications_unread_idx').on(t.personId).where(sql`read_at is null`),
  index('participation_notifications_unmailed_idx').on(t.personId).where(sql`mailed_at is null`),
]);

export const EMAIL_CHOICES = ['immediate', 'daily', 'off'] as const;
export type EmailChoice = (typeof EMAIL_CHOICES)[number];
/** Without a row, a person gets each notification by email as it happens (if their address is confirmed). */
export const DEFAULT_EMAIL_CHOICE: EmailChoice = 'immediate';

export const participationNotificationSettings = pgTable('participation_notification_settings', {
  personId: integer().primaryKey().references(() => people.id, { onDelete: 'cascade' }),
  email: text({ enum: EMAIL_CHOICES }).notNull().default(DEFAULT_EMAIL_CHOICE),
  lastDigestAt: timestamp({ withTimezone: true }),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
