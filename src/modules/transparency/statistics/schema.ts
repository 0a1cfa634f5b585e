// The ticker's outbox (ticker.ts): what it has already sent, so a repeated tick, or a second app process, never sends
// it twice. A reminder is kept per request, deadline and milestone (5 business days left, 1 left, overdue); a mail to
// the requester per event of their request; and the fingerprint of the holiday tables the open deadlines were last
// recomputed on, so a release that corrects them reaches open requests on its first tick.
import { pgTable, text, integer, date, timestamp, primaryKey, index } from 'drizzle-orm/pg-core';
import { institutions } from '../../../core/tenancy/schema.js';
import { transparencyRequests, transparencyRequestEvents } from '../requests/schema.js';

/** How close the deadline in force is: Ley 20.285 art. 14 gives 20 business days (30 once extended). */
export const REMINDER_MILESTONES = ['due_in_5', 'due_in_1', 'overdue'] as const;
export type ReminderMilestone = (typeof REMINDER_MILESTONES)[number];
/** The deadline reminded of: the 20 days, or the 10 more of the extension (a new deadline, reminded afresh). */
export const REMINDER_DEADLINES = ['due', 'extended'] as const;
export type ReminderDeadline = (typeof REMINDER_DEADLINES)[number];

export const transparencyReminders = pgTable('transparency_reminders', {
  requestId: integer().notNull().references(() => transparencyRequests.id),
  institutionId: integer().notNull().references(() => institutions.id),
  deadline: text({ enum: REMINDER_DEADLINES }).notNull(),
  milestone: text({ enum: REMINDER_MILESTONES }).notNull(),
  /** The due date the reminder spoke of (a recompute may move it later; the reminder is not repeated). */
  dueOn: date({ mode: 'string' }).notNull(),
  /** How many officials it went to by email (0 when none had a confirmed address: the menu still shows it). */
  recipients: integer().notNull(),
  sentAt: timestamp({ withTimezone: true }).notNull(),
}, (t) => [
  primaryKey({ columns: [t.requestId, t.deadline, t.milestone] }),
  index('transparency_reminders_institution_idx').on(t.institutionId, t.sentAt),
]);

export const transparencyRequesterMails = pgTable('transparency_requester_mails', {
  eventId: integer().primaryKey().references(() => transparencyRequestEvents.id),
  requestId: integer().notNull().references(() => transparencyRequests.id),
  sentAt: timestamp({ withTimezone: true }).notNull(),
});

/** One row per kind of periodic work ('recompute'): when it last ran and on what (the holiday tables' fingerprint). */
export const transparencyTickerState = pgTable('transparency_ticker_state', {
  name: text().primaryKey(),
  ranOn: date({ mode: 'string' }).notNull(),
  fingerprint: text().notNull(),
  updatedAt: timestamp({ withTimezone: true }).notNull(),
});
