// The open-data catalogue: datasets an institution publishes (DCAT-AP's dcat:Dataset) and their distributions (files
// or links, dcat:Distribution). Datasets other modules publish are not stored here: each module lists its own live
// (AppModule.datasets) and the catalogue reads them next to these rows (sources.ts).
//
// `name` is the dataset's public identifier (URLs, CKAN's `name`, the Data Package's `name`): fixed at creation so
// links and harvesters' records survive a change of title. Withdrawn datasets keep their row (withdrawnAt), so the
// name is never reused and the audit trail can still point at it; they leave every list and export.
// Uploaded files are stored in the database, like the platform's other documents (processes are stateless); a CSV
// carries the Frictionless Table Schema inferred from it (table-schema.ts).
import { pgTable, text, integer, date, timestamp, jsonb, index, uniqueIndex, check } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { institutions } from '../../../core/tenancy/schema.js';
import { bytea } from '../../../core/db/bytea.js';


export const transparencyDatasets = pgTable('transparency_datasets', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  institutionId: integer().notNull().references(() => institutions.id),
  name: text().notNull(),
  title: text().notNull(),
  description: text().notNull(),
  /** DCAT-AP data-theme code (vocabularies.ts). */
  theme: text().notNull(),
  keywords: text().array().notNull().default(sql`'{}'::text[]`),
  licence: text().notNull().default('cc-by-4.0'),
  /** EU frequency code. */
  frequency: text().notNull(),
  temporalStart: date({ mode: 'string' }),
  temporalEnd: date({ mode: 'string' }),
  /** CUT code of the comuna (5 digits) or region (2) the data covers; null: the whole country or not territorial. */
  spatialCode: text(),
  version: integer().notNull().default(1),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  withdrawnAt: timestamp({ withTimezone: true }),
}, (t) => [
  uniqueIndex('transparency_datasets_name_idx').on(t.name),
  index('transparency_datasets_institution_idx').on(t.institutionId, t.id),
  check('transparency_datasets_temporal', sql`${t.temporalEnd} is null or ${t.temporalStart} is null or ${t.temporalStart} <= ${t.temporalEnd}`),
]);

export const transparencyDistributions = pgTable('transparency_distributions', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  datasetId: integer().notNull().references(() => transparencyDatasets.id, { onDelete: 'cascade' }),
  institutionId: integer().notNull().references(() => institutions.id),
  title: text().notNull(),
  /** EU file-type code (vocabularies.ts FORMATS). */
  format: text().notNull(),
  mediaType: text().notNull(),
  /** A link published elsewhere; null for an uploaded file (served at its stable URL, present.ts). */
  url: text(),
  fileName: text(),
  size: integer(),
  sha256: text(),
  content: bytea(),
  /** The Frictionless Table Schema inferred from an uploaded CSV. */
  tableSchema: jsonb(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  index('transparency_distributions_dataset_idx').on(t.datasetId, t.id),
  check('transparency_distributions_source', sql`(${t.url} is null) = (${t.content} is not null)`),
  check('transparency_distributions_size', sql`${t.content} is null or ${t.size} = octet_length(${t.content})`),
]);
