// Commitments (compromisos) and open-government action plans (planes de acción). A commitment is what an institution
// promised, linked to where the promise came from (origin_type + origin_id / origin_ref): an accepted proposal, a
// binding vote, a funded participatory-budget project, a consultation outcome, a procurement contract (by its OCDS
// ocid, as text: that module comes later) or a line of an action plan. Budget projects are stored by id without a
// foreign key, since their table is another area's and is being built in parallel.
//
// Progress rolls up: a leaf's progress is set by officials; a parent's is the weighted mean of its children's,
// rewritten in the same transaction as any change below it (rollup.ts), so no reader ever sees the two disagree.
// Every change writes a version row holding the full public snapshot (versions are the public history). Overdue is
// not stored: it depends on today's date in Santiago and is computed by one SQL expression (queries.ts).
import { pgTable, text, integer, date, timestamp, jsonb, index, primaryKey, uniqueIndex, check, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { institutions } from '../../../core/tenancy/schema.js';
import { participationProcesses } from '../processes/schema.js';
import { bytea } from '../../../core/db/bytea.js';

export const ORIGIN_TYPES = ['proposal', 'vote', 'budget_project', 'consultation', 'procurement_contract', 'action_plan_line'] as const;
export type OriginType = (typeof ORIGIN_TYPES)[number];
export const COMMITMENT_STATUSES = ['planned', 'in_progress', 'done', 'cancelled'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];
export const EVIDENCE_KINDS = ['link', 'document'] as const;

export const participationActionPlans = pgTable('participation_action_plans', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  institutionId: integer().notNull().references(() => institutions.id),
  title: text().notNull(),
  description: text().notNull().default(''),
  /** The plan's period, e.g. 2025-2027 (Open Government Partnership plans run two years). */
  period: text().notNull().default(''),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('participation_action_plans_institution_idx').on(t.institutionId, t.id)]);

/** The plan's own taxonomy: pillars (one per line) and transversal axes (any number per line). */
export const participationPlanPillars = pgTable('participation_plan_pillars', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  planId: integer().notNull().references(() => participationActionPlans.id, { onDelete: 'cascade' }),
  institutionId: integer().notNull().references(() => institutions.id),
  name: text().notNull(),
  position: integer().notNull(),
}, (t) => [uniqueIndex('participation_plan_pillars_name_idx').on(t.planId, t.name)]);

export const participationPlanAxes = pgTable('participation_plan_axes', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  planId: integer().notNull().references(() => participationActionPlans.id, { onDelete: 'cascade' }),
  institutionId: integer().notNull().references(() => institutions.id),
  name: text().notNull(),
  position: integer().notNull(),
}, (t) => [uniqueIndex('participation_plan_axes_name_idx').on(t.planId, t.name)]);

export const participationCommitments = pgTable('participation_commitments', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  institutionId: integer().notNull().references(() => institutions.id),
  processId: integer().references(() => participationProcesses.id),
  /** Set at creation only, so the tree can never hold a cycle. */
  parentId: integer().references((): AnyPgColumn => participationCommitments.id),
  title: text().notNull(),
  description: text().notNull().default(''),
  originType: text({ enum: ORIGIN_TYPES }).notNull(),
  /** The origin row's id (proposal, vote, consultation, budget project); null for contracts and plan lines. */
  originId: integer(),
  /** The OCDS ocid of a procurement contract. */
  originRef: text(),
  actionPlanId: integer().references(() => participationActionPlans.id),
  pillarId: integer().references(() => participationPlanPillars.id),
  responsibleUnit: text().notNull(),
  /** A Chilean calendar date: overdue from the next day in Santiago. */
  dueDate: date({ mode: 'string' }).notNull(),
  /** Weight within its parent's progress (≥ 1). */
  weight: integer().notNull().default(1),
  progress: integer().notNull().default(0),
  status: text({ enum: COMMITMENT_STATUSES }).notNull().default('planned'),
  /** Bumped by every change; equals the latest version row's number. */
  version: integer().notNull().default(1),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  check('participation_commitments_progress_range', sql`${t.progress} between 0 and 100`),
  check('participation_commitments_weight_min', sql`${t.weight} >= 1`),
  index('participation_commitments_institution_idx').on(t.institutionId, t.id),
  index('participation_commitments_parent_idx').on(t.parentId),
  index('participation_commitments_plan_idx').on(t.actionPlanId),
]);

export const participationCommitmentAxes = pgTable('participation_commitment_axes', {
  commitmentId: integer().notNull().references(() => participationCommitments.id, { onDelete: 'cascade' }),
  axisId: integer().notNull().references(() => participationPlanAxes.id, { onDelete: 'cascade' }),
}, (t) => [primaryKey({ columns: [t.commitmentId, t.axisId] }), index('participation_commitment_axes_axis_idx').on(t.axisId)]);

export const participationMilestones = pgTable('participation_commitment_milestones', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  commitmentId: integer().notNull().references(() => participationCommitments.id, { onDelete: 'cascade' }),
  institutionId: integer().notNull().references(() => institutions.id),
  title: text().notNull(),
  dueDate: date({ mode: 'string' }).notNull(),
  doneDate: date({ mode: 'string' }),
}, (t) => [index('participation_commitment_milestones_commitment_idx').on(t.commitmentId, t.dueDate)]);


/**
 * A document uploaded as a milestone's evidence. Stored in the database, bytes and all: the platform has no other file
 * storage and its processes are stateless, so any of them can serve it. The media type is the one read from the
 * file's first bytes, never the browser's claim; sha256 is the download's ETag.
 */
export const participationCommitmentDocuments = pgTable('participation_commitment_documents', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  commitmentId: integer().notNull().references(() => participationCommitments.id, { onDelete: 'cascade' }),
  milestoneId: integer().notNull().references(() => participationMilestones.id, { onDelete: 'cascade' }),
  institutionId: integer().notNull().references(() => institutions.id),
  fileName: text().notNull(),
  mediaType: text().notNull(),
  size: integer().notNull(),
  sha256: text().notNull(),
  content: bytea().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  check('participation_commitment_documents_size', sql`${t.size} > 0 and ${t.size} = octet_length(${t.content})`),
  index('participation_commitment_documents_commitment_idx').on(t.commitmentId),
]);

/** Evidence of a commitment or one of its milestones: a link, a document published elsewhere by its URL, or an uploaded document (documentId). */
export const participationEvidence = pgTable('participation_commitment_evidence', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  commitmentId: integer().notNull().references(() => participationCommitments.id, { onDelete: 'cascade' }),
  milestoneId: integer().references(() => participationMilestones.id, { onDelete: 'cascade' }),
  institutionId: integer().notNull().references(() => institutions.id),
  kind: text({ enum: EVIDENCE_KINDS }).notNull(),
  title: text().notNull(),
  url: text().notNull(),
  documentId: integer().references(() => participationCommitmentDocuments.id, { onDelete: 'cascade' }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('participation_commitment_evidence_commitment_idx').on(t.commitmentId, t.id)]);

/** The public history: one row per change with the whole public snapshot after it, who made it (officials act in public). */
export const participationCommitmentVersions = pgTable('participation_commitment_versions', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  commitmentId: integer().notNull().references(() => participationCommitments.id, { onDelete: 'cascade' }),
  institutionId: integer().notNull().references(() => institutions.id),
  version: integer().notNull(),
  snapshot: jsonb().notNull(),
  changedByName: text().notNull(),
  changedByRole: text().notNull(),
  note: text(),
  /** What kind of change made it: create, update, milestone.add, milestone.done, evidence.add or rollup. */
  change: text().notNull().default('update'),
  /** When this version was recomputed from a child's change (progress roll-up): that child. */
  causeId: integer(),
  at: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [uniqueIndex('participation_commitment_versions_idx').on(t.commitmentId, t.version)]);
