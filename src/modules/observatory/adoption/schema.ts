// The regional adoption tracker: a regional government follows its municipalities' adoption of the shared national
// platforms (pillars.ts PLATFORMS), the workshops it gives and its support visits with their satisfaction survey.
// Statuses are events with the date they took effect, so the dashboard's trend and each year's indicator value
// (stage reached by 31 December) come from the same rows. Rows invented for the demo are marked illustrative.
import { pgTable, text, integer, smallint, date, timestamp, boolean, index, check } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { comunas, regions } from '../../../core/tenancy/schema.js';
import { people } from '../../../core/auth/schema.js';
import { ADOPTION_STATUSES, PLATFORMS } from '../pillars.js';

export const observatoryAdoptionEvents = pgTable('observatory_adoption_events', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  cut: text().notNull().references(() => comunas.code),
  platform: text({ enum: PLATFORMS }).notNull(),
  status: text({ enum: ADOPTION_STATUSES }).notNull(),
  /** The day the status took effect (a date in Chile, 'YYYY-MM-DD'), which may be before the day it was recorded. */
  effectiveOn: date({ mode: 'string' }).notNull(),
  /** What shows it: a resolution number, an email from the platform's team, a screenshot's description… */
  evidence: text().notNull(),
  evidenceUrl: text(),
  illustrative: boolean().notNull().default(false),
  recordedBy: integer().references(() => people.id),
  recordedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('observatory_adoption_events_cut_idx').on(t.cut, t.platform, t.effectiveOn)]);

export const observatoryWorkshops = pgTable('observatory_workshops', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  regionCode: text().notNull().references(() => regions.code),
  heldOn: date({ mode: 'string' }).notNull(),
  place: text().notNull(),
  topic: text().notNull(),
  /** CUT codes of the municipalities whose officials attended. */
  municipalities: text().array().notNull().default(sql`'{}'::text[]`),
  /** Officials trained in this workshop (a count: attendance lists stay with the regional government). */
  attendees: integer().notNull(),
  illustrative: boolean().notNull().default(false),
  createdBy: integer().references(() => people.id),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('observatory_workshops_region_idx').on(t.regionCode, t.heldOn), check('observatory_workshops_attendees', sql`${t.attendees} >= 0`)]);

export const observatoryVisits = pgTable('observatory_visits', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  regionCode: text().notNull().references(() => regions.code),
  cut: text().notNull().references(() => comunas.code),
  visitedOn: date({ mode: 'string' }).notNull(),
  purpose: text().notNull(),
  illustrative: boolean().notNull().default(false),
  createdBy: integer().references(() => people.id),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('observatory_visits_region_idx').on(t.regionCode, t.visitedOn)]);

/** One answer to a visit's satisfaction survey, on the Chilean 1–7 scale; 5 or more counts as positive. */
export const observatoryVisitRatings = pgTable('observatory_visit_ratings', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  visitId: integer().notNull().references(() => observatoryVisits.id, { onDelete: 'cascade' }),
  score: smallint().notNull(),
  comment: text(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('observatory_visit_ratings_visit_idx').on(t.visitId), check('observatory_visit_ratings_score', sql`${t.score} between 1 and 7`)]);
