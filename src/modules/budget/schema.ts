// Presupuesto Abierto's tables. A dataset is one imported file (or folder) and is exposed as one cube; its facts are
// the leaves of the classification hierarchy (import/types.ts), its labels the names of every node.
//
// budget_facts is built for tens of millions of rows: narrow rows (short text codes, a smallint month, bigint
// measures), no surrogate key, and one index (dataset_id, for deleting a dataset and every per-cube query). It needs
// no drilldown index: the aggregate API reads budget_rollups (rollups.ts). institution_id is copied from the dataset
// and is there so the table can be distributed by institution (DESIGN.md).
//
// The per-dataset tables (facts, labels, rollups) have no foreign key: PostgreSQL checks one row by row, which more
// than doubled the time of a COPY of a million facts (bench/budget-import.ts), while their only writer, importDataset,
// inserts them with the dataset row it has just created, in the same transaction. Deleting a dataset deletes them as
// the cascade did, by a trigger on budget_datasets (migration budget_rollups).
import { pgTable, text, integer, smallint, bigint, boolean, numeric, jsonb, timestamp, index, uniqueIndex, primaryKey } from 'drizzle-orm/pg-core';
import { institutions } from '../../core/tenancy/schema.js';
import { people } from '../../core/auth/schema.js';

export const DATASET_KINDS = ['ley', 'ejecucion'] as const;
export type DatasetKind = (typeof DATASET_KINDS)[number];

/** The formats a budget is imported from (import/importers.ts, the upload page and `cabildo budget import`). */
export const BUDGET_FORMATS = ['dipres-ley', 'dipres-ejecucion', 'cabildo-csv', 'fdp'] as const;
export type BudgetFormat = (typeof BUDGET_FORMATS)[number];
/**
 * A dataset's origin: an import format, or 'cabildo-procurement' — the payments of procurement contracts Cabildo
 * records itself (procurement-execution.ts), which carry only ejecutado (queries.ts mainMeasure). Enums over text
 * columns are TypeScript-only (no check constraint in the database), so a new value needs no migration.
 */
export const DATASET_FORMATS = [...BUDGET_FORMATS, 'cabildo-procurement'] as const;
export type DatasetFormat = (typeof DATASET_FORMATS)[number];

export const budgetDatasets = pgTable('budget_datasets', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  institutionId: integer().notNull().references(() => institutions.id),
  /**
   * Unique in the installation and stable across re-imports, since it names the cube in URLs and exports:
   * "<institution slug>-<year>-<kind>" unless the importer names it (commands/import-dataset.ts), e.g. "dipres-2017-ley".
   */
  cube: text().notNull(),
  year: smallint().notNull(),
  format: text({ enum: DATASET_FORMATS }).notNull(),
  kind: text({ enum: DATASET_KINDS }).notNull(),
  /** File names as given (no paths): provenance shown next to the data. */
  sourceNames: text().array().notNull(),
  /** SHA-256 (hex) of the input bytes, files in name order: tells whether a re-import brought anything new. */
  checksum: text().notNull(),
  importedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  /** Kept with each import, so listing datasets does not count millions of facts. */
  factCount: integer().notNull(),
}, (t) => [
  uniqueIndex('budget_datasets_cube_idx').on(t.cube),
  index('budget_datasets_institution_idx').on(t.institutionId, t.year),
]);

/**
 * The six levels of the clasificador, as text codes zero-padded as published ("01", "003"); '' where the level does not
 * apply, so equality needs no null logic. A function: each table needs its own column builders.
 */
const classificationColumns = () => ({
  partida: text().notNull(),
  capitulo: text().notNull(),
  programa: text().notNull(),
  subtitulo: text().notNull(),
  item: text().notNull(),
  asignacion: text().notNull(),
});

export const budgetFacts = pgTable('budget_facts', {
  datasetId: integer().notNull(),
  institutionId: integer().notNull(),
  // Fixed-width columns first, widest first, so PostgreSQL adds no alignment padding between them.
  // Whole pesos (or dollars when moneda is USD); null when the source does not give the measure.
  inicial: bigint({ mode: 'bigint' }),
  vigente: bigint({ mode: 'bigint' }),
  ejecutado: bigint({ mode: 'bigint' }),
  /** 1–12 for monthly execution; null for a yearly figure (the Ley). */
  mes: smallint(),
  /** Matched the active technology rules at import (technology.ts). */
  tecnologia: boolean().notNull(),
  ...classificationColumns(),
  tipo: text({ enum: ['ingreso', 'gasto'] }).notNull(),
  moneda: text({ enum: ['CLP', 'USD'] }).notNull(),
}, (t) => [index('budget_facts_dataset_idx').on(t.datasetId)]);

/**
 * The facts of each dataset summed at a few grains, so the aggregate API sums thousands of rows where budget_facts
 * would give millions (rollups.ts chooses, builds and refreshes them). A grain drops some classification levels (''
 * in the row, summed over) and keeps every other dimension; `n` is how many facts a row sums, so counts stay exact.
 */
export const budgetRollups = pgTable('budget_rollups', {
  datasetId: integer().notNull(),
  institutionId: integer().notNull(),
  n: integer().notNull(),
  /** Which levels the row keeps (rollups.ts, ROLLUP_GRAINS). */
  grain: smallint().notNull(),
  mes: smallint(),
  tecnologia: boolean().notNull(),
  // bigint, as the facts: PostgreSQL sums bigint several times faster than numeric (rollups.ts never stores a grain
  // whose sums would not fit, and sum(bigint) in a query is numeric, so totals cannot overflow).
  inicial: bigint({ mode: 'bigint' }),
  vigente: bigint({ mode: 'bigint' }),
  ejecutado: bigint({ mode: 'bigint' }),
  ...classificationColumns(),
  tipo: text({ enum: ['ingreso', 'gasto'] }).notNull(),
  moneda: text({ enum: ['CLP', 'USD'] }).notNull(),
}, (t) => [
  // A query reads one grain of one cube, often cut by the levels the grain keeps from the top (partida, capítulo …).
  index('budget_rollups_cube_idx').on(t.datasetId, t.grain, t.partida, t.capitulo, t.programa, t.subtitulo),
]);

/** The grains stored for each dataset, and their sizes: a query reads the smallest that keeps its dimensions. */
export const budgetRollupGrains = pgTable('budget_rollup_grains', {
  datasetId: integer().notNull(),
  grain: smallint().notNull(),
  rows: integer().notNull(),
}, (t) => [primaryKey({ columns: [t.datasetId, t.grain] })]);

export const budgetLabels = pgTable('budget_labels', {
  datasetId: integer().notNull(),
  institutionId: integer().notNull(),
  ...classificationColumns(),
  label: text().notNull(),
}, (t) => [primaryKey({ columns: [t.datasetId, t.partida, t.capitulo, t.programa, t.subtitulo, t.item, t.asignacion] })]);

/**
 * What counts as technology spending, as clasificador codes (technology.ts explains the matching). Installation-wide
 * so national and municipal figures compare; seeded by the migration with the SOURCES.md table; officials may add,
 * relabel or deactivate rules (deactivated rather than deleted, so past figures can be explained).
 */
export const budgetTechnologyRules = pgTable('budget_technology_rules', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  /** "29.06" (a whole ítem) or "22.11.003" (one asignación): subtítulo.ítem[.asignación]. */
  code: text().notNull(),
  label: text().notNull(),
  active: boolean().notNull().default(true),
  /** Null for the rules the migration seeded. */
  createdBy: integer().references(() => people.id),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [uniqueIndex('budget_technology_rules_code_idx').on(t.code)]);

/**
 * The deflator behind "real terms" comparisons: the average yearly change of the consumer price index (IPC, INE) in
 * percent, one row per year. A chain of these turns pesos of one year into pesos of another (deflators.ts). Seeded by
 * the migration (sources in README); officials correct or extend it, and every change is audited.
 */
export const budgetDeflators = pgTable('budget_deflators', {
  year: smallint().primaryKey(),
  /** Percent, e.g. 2.18 for +2.18 % over the previous year's average; text-exact numeric, never a float in storage. */
  variation: numeric({ precision: 6, scale: 2 }).notNull(),
  source: text().notNull(),
  updatedBy: integer().references(() => people.id),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export const IMPORT_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/**
 * An import started from the upload page: the request stores the job and returns at once; the job runs in the server
 * and its page shows progress until it ends. A job still queued or running when the server starts was cut short by a
 * restart and is marked failed (its transaction never committed, so nothing was half-written).
 */
export const budgetImports = pgTable('budget_imports', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  institutionId: integer().notNull().references(() => institutions.id),
  requestedBy: integer().notNull().references(() => people.id),
  format: text({ enum: BUDGET_FORMATS }).notNull(),
  year: smallint().notNull(),
  cube: text(),
  sourceNames: text().array().notNull(),
  status: text({ enum: IMPORT_STATUSES }).notNull().default('queued'),
  /** Rows handled so far and in all, for the progress bar; total 0 until the files are parsed. */
  doneRows: integer().notNull().default(0),
  totalRows: integer().notNull().default(0),
  /** The parser's problems (line and message) when the file was rejected, or one message when the import failed. */
  problems: jsonb().$type<{ line: number; code: string; message: string }[]>().notNull().default([]),
  datasetId: integer().references(() => budgetDatasets.id, { onDelete: 'set null' }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  finishedAt: timestamp({ withTimezone: true }),
}, (t) => [index('budget_imports_institution_idx').on(t.institutionId, t.createdAt)]);
