// The citizen oversight body (órgano contralor ciudadano) of an institution: its configuration, the public draws that
// choose its members among volunteers, the members with their fixed terms, the observations members open on a
// commitment, a budget line or a procurement process with the institution's answers, and the members' reports.
//
// Observations point at other areas' rows by target_type + target_id / target_ref, without foreign keys: commitments
// are another area's table and procurement does not exist yet (checked when written, service.ts / targets.ts).
// Overdue is not stored: it depends on today's date in Santiago (queries.ts compares due_date with it).
import { pgTable, text, integer, date, timestamp, jsonb, index, uniqueIndex, check } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { institutions } from '../../../core/tenancy/schema.js';
import { people } from '../../../core/auth/schema.js';
import type { SkippedDay } from '../../../core/calendar/index.js';

export const OBSERVATION_TARGETS = ['commitment', 'budget_line', 'procurement'] as const;
export type ObservationTarget = (typeof OBSERVATION_TARGETS)[number];
export const OBSERVATION_STATUSES = ['open', 'answered', 'closed'] as const;
export type ObservationStatus = (typeof OBSERVATION_STATUSES)[number];
export const MESSAGE_KINDS = ['answer', 'reply', 'close'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

export const participationOversightBodies = pgTable('participation_oversight_bodies', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  institutionId: integer().notNull().references(() => institutions.id),
  seats: integer().notNull(),
  /** Every term lasts this long (fixed terms: a draw's members start and end together). */
  termMonths: integer().notNull(),
  /** Business days (Ley 19.880 art. 25) the institution has to answer an observation; a setting of each body. */
  answerDays: integer().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  uniqueIndex('participation_oversight_bodies_institution_idx').on(t.institutionId),
  check('participation_oversight_bodies_seats', sql`${t.seats} between 1 and 50`),
  check('participation_oversight_bodies_term', sql`${t.termMonths} between 1 and 60`),
  check('participation_oversight_bodies_days', sql`${t.answerDays} between 1 and 60`),
]);

/**
 * A draw is announced with the SHA-256 of a seed only the announcing official knows (commit), volunteers sign up
 * until closes_at, then the seed is revealed and checked against the hash: nobody can pick the seed after seeing the
 * list. The result is a pure function of (seed, list) (draw.ts), stored with the list's hash.
 */
export const participationOversightDraws = pgTable('participation_oversight_draws', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  bodyId: integer().notNull().references(() => participationOversightBodies.id),
  institutionId: integer().notNull().references(() => institutions.id),
  seats: integer().notNull(),
  termStart: date({ mode: 'string' }).notNull(),
  termEnd: date({ mode: 'string' }).notNull(),
  seedHash: text().notNull(),
  closesAt: timestamp({ withTimezone: true }).notNull(),
  announcedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  /** Set when drawn, with the revealed seed and the hash of the list it was applied to. */
  seed: text(),
  listHash: text(),
  drawnAt: timestamp({ withTimezone: true }),
}, (t) => [index('participation_oversight_draws_body_idx').on(t.bodyId, t.id)]);

/** Volunteers are public by display name and public id (V0001 …) only: the draw's list. */
export const participationOversightVolunteers = pgTable('participation_oversight_volunteers', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  drawId: integer().notNull().references(() => participationOversightDraws.id),
  institutionId: integer().notNull().references(() => institutions.id),
  personId: integer().notNull().references(() => people.id),
  publicId: text().notNull(),
  displayName: text().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  uniqueIndex('participation_oversight_volunteers_person_idx').on(t.drawId, t.personId),
  uniqueIndex('participation_oversight_volunteers_public_idx').on(t.drawId, t.publicId),
]);

export const participationOversightMembers = pgTable('participation_oversight_members', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  bodyId: integer().notNull().references(() => participationOversightBodies.id),
  institutionId: integer().notNull().references(() => institutions.id),
  drawId: integer().notNull().references(() => participationOversightDraws.id),
  personId: integer().notNull().references(() => people.id),
  publicId: text().notNull(),
  displayName: text().notNull(),
  /** 1 = first drawn. */
  rank: integer().notNull(),
  termStart: date({ mode: 'string' }).notNull(),
  termEnd: date({ mode: 'string' }).notNull(),
}, (t) => [
  index('participation_oversight_members_body_idx').on(t.bodyId, t.termEnd),
  index('participation_oversight_members_person_idx').on(t.personId),
]);

export const participationOversightObservations = pgTable('participation_oversight_observations', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  bodyId: integer().notNull().references(() => participationOversightBodies.id),
  institutionId: integer().notNull().references(() => institutions.id),
  memberId: integer().notNull().references(() => participationOversightMembers.id),
  targetType: text({ enum: OBSERVATION_TARGETS }).notNull(),
  /** A commitment's id. */
  targetId: integer(),
  /** A budget line ("cube/tipo/partida.capítulo.…", targets.ts) or a procurement process's OCDS ocid. */
  targetRef: text(),
  /** What the target was called when the observation was opened (a commitment's title, a budget node's label). */
  targetLabel: text().notNull(),
  /** The target's public page as resolved when opened (targets.ts); null while procurement has no pages. */
  targetUrl: text(),
  title: text().notNull(),
  body: text().notNull(),
  status: text({ enum: OBSERVATION_STATUSES }).notNull().default('open'),
  openedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  /** Santiago calendar date: the answer is due by the end of this day (Ley 19.880 art. 25). */
  dueDate: date({ mode: 'string' }).notNull(),
  answerDays: integer().notNull(),
  /** The days skipped counting the deadline, with why (weekend, feriado and its law): DESIGN.md convention 3. */
  skippedDays: jsonb().$type<SkippedDay[]>().notNull(),
  answeredAt: timestamp({ withTimezone: true }),
  closedAt: timestamp({ withTimezone: true }),
}, (t) => [
  index('participation_oversight_observations_body_idx').on(t.bodyId, t.id),
  index('participation_oversight_observations_status_idx').on(t.bodyId, t.status, t.dueDate),
  index('participation_oversight_observations_target_idx').on(t.targetType, t.targetId),
]);

/** The public thread of an observation: officials' answers, members' replies and the closing note, each by name. */
export const participationOversightMessages = pgTable('participation_oversight_messages', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  observationId: integer().notNull().references(() => participationOversightObservations.id),
  institutionId: integer().notNull().references(() => institutions.id),
  kind: text({ enum: MESSAGE_KINDS }).notNull(),
  personId: integer().notNull().references(() => people.id),
  authorName: text().notNull(),
  body: text().notNull(),
  url: text(),
  at: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('participation_oversight_messages_observation_idx').on(t.observationId, t.id)]);

export const participationOversightReports = pgTable('participation_oversight_reports', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  bodyId: integer().notNull().references(() => participationOversightBodies.id),
  institutionId: integer().notNull().references(() => institutions.id),
  memberId: integer().notNull().references(() => participationOversightMembers.id),
  authorName: text().notNull(),
  title: text().notNull(),
  periodFrom: date({ mode: 'string' }).notNull(),
  periodTo: date({ mode: 'string' }).notNull(),
  body: text().notNull(),
  publishedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('participation_oversight_reports_body_idx').on(t.bodyId, t.id)]);
