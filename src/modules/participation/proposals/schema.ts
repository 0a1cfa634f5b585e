// Proposals (propuestas) of a participatory process: residents write them while a phase enables 'proposals', people of
// the required verification level support them (apoyos), and officials answer them. One support per person is the
// database's job (primary key proposal_id + person_id); supports_count is kept in the same transaction as each
// support, so the list sorts by it with an index instead of counting. The history is public: state changes with the
// official who made them (officials act in public, Ley 20.285); a resident's own actions show no name.
import { pgTable, text, integer, bigint, timestamp, index, primaryKey } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { institutions } from '../../../core/tenancy/schema.js';
import { people } from '../../../core/auth/schema.js';
import { VERIFICATION_LEVELS } from '../../../core/policy.js';
import { participationProcesses } from '../processes/schema.js';
import { PROPOSAL_STATES } from './lifecycle.js';
import { spanishDocument } from '../search/tsvector.js';

export const PROPOSAL_CATEGORIES = ['public_spaces', 'mobility', 'environment', 'safety', 'culture', 'social', 'other'] as const;
export type ProposalCategory = (typeof PROPOSAL_CATEGORIES)[number];

export const participationProposals = pgTable('participation_proposals', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  institutionId: integer().notNull().references(() => institutions.id),
  processId: integer().notNull().references(() => participationProcesses.id),
  authorId: integer().notNull().references(() => people.id),
  title: text().notNull(),
  body: text().notNull(),
  category: text({ enum: PROPOSAL_CATEGORIES }).notNull().default('other'),
  /**
   * The association the author proposes for, as they name it (a junta de vecinos or another organización comunitaria,
   * Ley 19.418): shown with the proposal. Membership is the author's statement, not verified by the platform.
   */
  association: text(),
  state: text({ enum: PROPOSAL_STATES }).notNull(),
  supportsCount: integer().notNull().default(0),
  /** Set once, when supports first reach the process's threshold: the move to evaluation happens exactly once. */
  thresholdReachedAt: timestamp({ withTimezone: true }),
  answer: text(),
  /** Integer pesos (DESIGN.md convention 9). */
  estimatedCost: bigint({ mode: 'bigint' }),
  answeredBy: integer().references(() => people.id),
  answeredAt: timestamp({ withTimezone: true }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  /** Full-text document (search/tsvector.ts): the index page's text filter and participation search read it. */
  searchVector: spanishDocument(sql`title || ' ' || body`),
}, (t) => [
  index('participation_proposals_search_vector_idx').using('gin', t.searchVector),
  // The index page's two orders (newest, most supported) and the state filter, each a seek within a process. Ascending
  // on purpose: scanned backwards they give ORDER BY … DESC (NULLS FIRST); drizzle's .desc() writes DESC NULLS LAST,
  // an order the planner cannot use for that ORDER BY.
  index('participation_proposals_process_idx').on(t.processId, t.id),
  index('participation_proposals_supports_idx').on(t.processId, t.supportsCount, t.id),
  index('participation_proposals_state_idx').on(t.processId, t.state, t.id),
  index('participation_proposals_author_idx').on(t.authorId),
  index('participation_proposals_held_idx').on(t.institutionId).where(sql`${t.state} = 'held'`),
]);

export const participationProposalSupports = pgTable('participation_proposal_supports', {
  proposalId: integer().notNull().references(() => participationProposals.id, { onDelete: 'cascade' }),
  personId: integer().notNull().references(() => people.id, { onDelete: 'cascade' }),
  institutionId: integer().notNull().references(() => institutions.id),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [primaryKey({ columns: [t.proposalId, t.personId] }), index('participation_proposal_supports_person_idx').on(t.personId)]);

export const participationProposalHistory = pgTable('participation_proposal_history', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  proposalId: integer().notNull().references(() => participationProposals.id, { onDelete: 'cascade' }),
  institutionId: integer().notNull().references(() => institutions.id),
  fromState: text({ enum: PROPOSAL_STATES }),
  toState: text({ enum: PROPOSAL_STATES }).notNull(),
  /** The official who acted, by display name; null for the author's or the system's own steps (no resident named). */
  officialName: text(),
  note: text(),
  at: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('participation_proposal_history_proposal_idx').on(t.proposalId, t.id)]);

/** Per process: how many supports move a proposal to evaluation and who may write and support. */
export const participationProposalSettings = pgTable('participation_proposal_settings', {
  processId: integer().primaryKey().references(() => participationProcesses.id, { onDelete: 'cascade' }),
  institutionId: integer().notNull().references(() => institutions.id),
  supportThreshold: integer().notNull(),
  createLevel: text({ enum: VERIFICATION_LEVELS }).notNull().default('email'),
  supportLevel: text({ enum: VERIFICATION_LEVELS }).notNull().default('identity'),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
