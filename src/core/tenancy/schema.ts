// Territory (regions, comunas by CUT code) and institutions: the tenants every module's rows belong to.
import { pgTable, text, integer, timestamp, index, uniqueIndex } from 'drizzle-orm/pg-core';

export const regions = pgTable('regions', {
  code: text().primaryKey(), // 2-digit CUT, e.g. "09"
  name: text().notNull(),
  abbreviation: text().notNull(),
});

export const comunas = pgTable('comunas', {
  code: text().primaryKey(), // 5-digit CUT, e.g. "09101"
  name: text().notNull(),
  regionCode: text().notNull().references(() => regions.code),
  provinceCode: text().notNull(),
  provinceName: text().notNull(),
  population2017: integer(),
  population2024: integer(),
}, (t) => [index('comunas_region_idx').on(t.regionCode)]);

export const INSTITUTION_KINDS = ['municipality', 'regional_government', 'national_body', 'other'] as const;
export type InstitutionKind = (typeof INSTITUTION_KINDS)[number];

export const institutions = pgTable('institutions', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  slug: text().notNull(),
  name: text().notNull(),
  /** Lower-case, accent-free name: search and ordering behave the same on PGlite and on PostgreSQL whatever the collation. */
  sortKey: text().notNull(),
  kind: text({ enum: INSTITUTION_KINDS }).notNull(),
  /** 5-digit comuna CUT for a municipality, 2-digit region CUT for a regional government, null for national bodies. */
  cutCode: text(),
  regionCode: text().references(() => regions.code),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  uniqueIndex('institutions_slug_idx').on(t.slug),
  uniqueIndex('institutions_kind_cut_idx').on(t.kind, t.cutCode),
  index('institutions_region_idx').on(t.regionCode),
  index('institutions_sort_idx').on(t.sortKey, t.id),
]);
