// An institution's own feriados, added by its admins: regional or communal holidays the corrections table lacks, a
// holiday set by a special law after this release, a day the institution's office was legally closed. They make the
// day inhábil for that institution's deadlines (Ley 19.880 art. 25), and adding or removing one recomputes the open
// deadlines that depend on it (AppModule.calendarChanged).
import { pgTable, text, integer, date, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { institutions } from '../tenancy/schema.js';

export const institutionHolidays = pgTable('institution_holidays', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  institutionId: integer().notNull().references(() => institutions.id),
  date: date({ mode: 'string' }).notNull(),
  name: text().notNull(),
  /** The law, decree or act that makes the day a holiday; shown in every deadline's provenance. */
  law: text().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [uniqueIndex('institution_holidays_date_idx').on(t.institutionId, t.date)]);
