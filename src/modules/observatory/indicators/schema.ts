// The values of the indicators: one per comuna (5-digit CUT), year and indicator code (indicators/catalogue.ts),
// keyed by territory rather than by institution, since the index covers all 345 municipalities whether or not they use
// Cabildo. Each value says where it came from: an import (an official's CSV, e.g. SUBDERE SINIM), another module of
// this installation (computed, with the figures behind it in `provenance`), or the adoption tracker.
import { pgTable, text, integer, doublePrecision, timestamp, jsonb, uniqueIndex, index } from 'drizzle-orm/pg-core';
import { comunas } from '../../../core/tenancy/schema.js';
import type { IndicatorOrigin } from './catalogue.js';

export const observatoryValues = pgTable('observatory_values', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  cut: text().notNull().references(() => comunas.code),
  year: integer().notNull(),
  indicator: text().notNull(),
  /** Finite, in the indicator's unit (never NaN or Infinity: the import and the sources refuse them). */
  value: doublePrecision().notNull(),
  origin: text({ enum: ['computed', 'import', 'tracker'] }).$type<IndicatorOrigin>().notNull(),
  /** The source as cited: 'SINIM', a module name, 'adoption-tracker', or the `source` column of an imported row. */
  source: text().notNull(),
  /** For computed values: the module, the definition and the figures behind the value (numerator, denominator…). */
  provenance: jsonb().$type<Record<string, unknown>>(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  uniqueIndex('observatory_values_key_idx').on(t.cut, t.year, t.indicator),
  index('observatory_values_year_idx').on(t.year, t.indicator),
]);
