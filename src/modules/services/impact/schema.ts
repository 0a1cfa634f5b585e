// Impact, in public (issue 10 point 2): each service defines its indicators (procedures completed online, time saved,
// users served, satisfaction…) with a monthly series and targets. The roadmap's third rule: teams are guided by
// measuring real impact on users' lives, so the series are public from the first value.
//
// A month is 'YYYY-MM' (a Santiago calendar month); one value per indicator and month, replaced by a later entry or
// import (the audit log keeps the previous value). Values are finite doubles (never NaN or Infinity; commands check).
// A target is the value the team aims at by a month; several targets make a trajectory.
import { pgTable, text, integer, doublePrecision, smallint, timestamp, index, uniqueIndex, primaryKey, check } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { people } from '../../../core/auth/schema.js';
import { servicesServices } from '../registry/schema.js';

/** What an indicator measures: use of the service, its impact on users' lives, or users' satisfaction. */
export const INDICATOR_KINDS = ['usage', 'impact', 'satisfaction'] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

export const INDICATOR_UNITS = ['count', 'percent', 'minutes', 'hours', 'days', 'pesos', 'grade_1_7'] as const;
export type IndicatorUnit = (typeof INDICATOR_UNITS)[number];

/** Whether more is better ('up', e.g. procedures online) or less is ('down', e.g. days to get a permit). */
export const DIRECTIONS = ['up', 'down'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const VALUE_ORIGINS = ['entered', 'import', 'api'] as const;
export type ValueOrigin = (typeof VALUE_ORIGINS)[number];

/** 'YYYY-MM' with a month 01–12. */
export const MONTH_PATTERN = '^[0-9]{4}-(0[1-9]|1[0-2])$';

export const servicesIndicators = pgTable('services_indicators', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  serviceId: integer().notNull().references(() => servicesServices.id, { onDelete: 'cascade' }),
  /** Lower-case letters, digits and '-', unique per service: the column of CSV imports and the API's key. */
  code: text().notNull(),
  name: text().notNull(),
  description: text().notNull().default(''),
  kind: text({ enum: INDICATOR_KINDS }).notNull(),
  unit: text({ enum: INDICATOR_UNITS }).notNull(),
  direction: text({ enum: DIRECTIONS }).notNull().default('up'),
  /** How the figure is obtained (the system's logs, a survey, a sample of procedures…): shown next to the chart. */
  method: text().notNull().default(''),
  position: smallint().notNull().default(0),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [uniqueIndex('services_indicators_code_idx').on(t.serviceId, t.code)]);

export const servicesIndicatorValues = pgTable('services_indicator_values', {
  indicatorId: integer().notNull().references(() => servicesIndicators.id, { onDelete: 'cascade' }),
  month: text().notNull(),
  value: doublePrecision().notNull(),
  origin: text({ enum: VALUE_ORIGINS }).notNull(),
  recordedBy: integer().references(() => people.id),
  recordedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  primaryKey({ columns: [t.indicatorId, t.month] }),
  index('services_indicator_values_recorded_idx').on(t.recordedAt),
  check('services_indicator_values_month', sql`${t.month} ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`),
]);

export const servicesIndicatorTargets = pgTable('services_indicator_targets', {
  indicatorId: integer().notNull().references(() => servicesIndicators.id, { onDelete: 'cascade' }),
  /** The month by which the value should be reached. */
  month: text().notNull(),
  value: doublePrecision().notNull(),
}, (t) => [
  primaryKey({ columns: [t.indicatorId, t.month] }),
  check('services_indicator_targets_month', sql`${t.month} ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`),
]);
