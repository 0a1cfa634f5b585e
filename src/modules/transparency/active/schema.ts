// Active transparency (transparencia activa, Ley 20.285 art. 7): what an institution keeps published on its website,
// "actualizados, al menos, una vez al mes". Each category's columns are a Table Schema in code (categories.ts); an
// update is one CSV an official published for one category and one month (period 'YYYY-MM'), with its rows. Nothing is
// ever overwritten: publishing the same period again adds a newer update, and readers see the newest one of each
// period, so the history of what was published (and corrected) stays. Rows keep the typed values of the Table
// Schema as jsonb (integers as JSON numbers, dates as 'YYYY-MM-DD'), in the file's order.
import { pgTable, text, integer, timestamp, jsonb, index, primaryKey, check } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { institutions } from '../../../core/tenancy/schema.js';
import { people } from '../../../core/auth/schema.js';

export const transparencyActiveUpdates = pgTable('transparency_active_updates', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  institutionId: integer().notNull().references(() => institutions.id),
  /** A key of ACTIVE_CATEGORIES (categories.ts). */
  category: text().notNull(),
  /** The month the information describes, 'YYYY-MM'. */
  period: text().notNull(),
  rowCount: integer().notNull(),
  fileName: text().notNull(),
  /** SHA-256 of the uploaded bytes, so a published file can be matched to its source. */
  sha256: text().notNull(),
  publishedBy: integer().references(() => people.id),
  publishedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  index('transparency_active_updates_current_idx').on(t.institutionId, t.category, t.period, t.id),
  check('transparency_active_updates_period_check', sql`${t.period} ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`),
]);

export const transparencyActiveRows = pgTable('transparency_active_rows', {
  updateId: integer().notNull().references(() => transparencyActiveUpdates.id, { onDelete: 'cascade' }),
  /** Kept on every row so the table can be distributed by institution (DESIGN.md, Citus). */
  institutionId: integer().notNull().references(() => institutions.id),
  /** 1-based order in the file: the keyset of pages and exports. */
  position: integer().notNull(),
  data: jsonb().$type<Record<string, string | number | boolean | null>>().notNull(),
}, (t) => [primaryKey({ columns: [t.updateId, t.position] })]);
