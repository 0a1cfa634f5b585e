// Participatory processes (procesos participativos) and their phases. A process belongs to one institution and covers
// a territory (a comuna or a region, by CUT code, DESIGN.md convention 9); its phases follow one another in time and
// each enables some components (consultation, proposals, debate, vote). The active phase is the one whose
// [startsAt, endsAt) holds now: phases never overlap (commands check it), so at most one is active, and the switch
// happens by the clock alone, with nothing to run (phases.ts).
import { pgTable, text, integer, smallint, timestamp, index } from 'drizzle-orm/pg-core';
import { institutions } from '../../../core/tenancy/schema.js';
import { people } from '../../../core/auth/schema.js';

/** What a phase may enable. */
export const COMPONENTS = ['consultation', 'proposals', 'debate', 'vote', 'budget'] as const;
export type Component = (typeof COMPONENTS)[number];

export const SCOPES = ['comuna', 'region'] as const;
export type Scope = (typeof SCOPES)[number];

export const participationProcesses = pgTable('participation_processes', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  institutionId: integer().notNull().references(() => institutions.id),
  title: text().notNull(),
  description: text().notNull(),
  scope: text({ enum: SCOPES }).notNull(),
  /** CUT code of the comuna (5 digits) or region (2 digits) the process covers. */
  scopeCode: text().notNull(),
  createdBy: integer().notNull().references(() => people.id),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('participation_processes_institution_idx').on(t.institutionId, t.createdAt)]);

export const participationPhases = pgTable('participation_phases', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  processId: integer().notNull().references(() => participationProcesses.id, { onDelete: 'cascade' }),
  institutionId: integer().notNull().references(() => institutions.id),
  title: text().notNull(),
  description: text().notNull().default(''),
  startsAt: timestamp({ withTimezone: true }).notNull(),
  endsAt: timestamp({ withTimezone: true }).notNull(),
  position: smallint().notNull(),
  components: text({ enum: COMPONENTS }).array().notNull(),
}, (t) => [index('participation_phases_process_idx').on(t.processId, t.startsAt)]);
