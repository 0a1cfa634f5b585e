// The index's method, versioned, and its results: scores per method version, year and municipality, and the
// Monte-Carlo sensitivity of the ranks. Results are recomputed (index/commands/recompute.ts) in the transaction of
// whatever changed their inputs, so a page never shows a score its data and method do not give.
import { pgTable, text, integer, doublePrecision, timestamp, jsonb, primaryKey, index } from 'drizzle-orm/pg-core';
import { comunas } from '../../../core/tenancy/schema.js';
import { people } from '../../../core/auth/schema.js';
import type { MethodSpec } from './method.js';
import type { IndicatorDetail, FactorEffect, UnitSensitivity } from './types.js';

export const observatoryMethods = pgTable('observatory_methods', {
  /** 1, 2, 3…: version 1 is the default method (DEFAULT_METHOD), written the first time the index is computed. */
  version: integer().primaryKey(),
  spec: jsonb().$type<MethodSpec>().notNull(),
  /** What changed and why, in the steward's words (shown on the methodology page). */
  note: text().notNull(),
  publishedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  publishedBy: integer().references(() => people.id),
});

export const GROUPS = ['A', 'B', 'C', 'D'] as const;
export type Group = (typeof GROUPS)[number];

export const observatoryScores = pgTable('observatory_scores', {
  methodVersion: integer().notNull().references(() => observatoryMethods.version),
  year: integer().notNull(),
  cut: text().notNull().references(() => comunas.code),
  /** 0–100, null when the municipality has no value at all (or less coverage than the method's minimum). */
  score: doublePrecision(),
  /** 1 = best; ties share the best rank of their place (1, 2, 2, 4). */
  rank: integer(),
  group: text({ enum: GROUPS }),
  peerGroup: text().notNull(),
  peerRank: integer(),
  /** Pillar → 0–100 or null when the pillar has no value. */
  pillars: jsonb().$type<Record<string, number | null>>().notNull(),
  /** Share (0–1) of the score's weight that rests on observed, not imputed, values. */
  coverage: doublePrecision().notNull(),
  /** Indicator code → raw value, whether imputed, normalised 0–100 (for the municipality page's "what to improve"). */
  detail: jsonb().$type<Record<string, IndicatorDetail>>().notNull(),
  /** Against the previous year under the same method; null when either year has no score. */
  scoreChange: doublePrecision(),
  rankChange: integer(),
  computedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  primaryKey({ columns: [t.methodVersion, t.year, t.cut] }),
  index('observatory_scores_rank_idx').on(t.methodVersion, t.year, t.rank),
]);

export const observatorySensitivity = pgTable('observatory_sensitivity', {
  methodVersion: integer().notNull().references(() => observatoryMethods.version),
  year: integer().notNull(),
  seed: integer().notNull(),
  runs: integer().notNull(),
  /** Per municipality: reference rank, median rank and 90 % interval (5th and 95th percentiles) over the runs. */
  units: jsonb().$type<UnitSensitivity[]>().notNull(),
  /** Per assumption (normalisation, imputation, aggregation, each pillar's weight): how much it moves the ranks. */
  factors: jsonb().$type<FactorEffect[]>().notNull(),
  computedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [primaryKey({ columns: [t.methodVersion, t.year] })]);
