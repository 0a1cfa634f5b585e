// Participación's participatory budgets (presupuestos participativos, issue 6): a budget is a component of a process
// with a total in pesos (optionally split by district: comunas by CUT code, each with its own amount), its stage
// dates, its ballot rule and the tallying rule chosen at creation. Projects are proposed in the ideas stage, reviewed
// by officials (feasibility and cost, reasoned and public, with their history), and the feasible ones become the
// options of a binding vote per district (votes/: same secrecy, receipts, bulletin and seal; the vote's ballot rule
// makes its ballots budget ballots). Results are computed from the sealed bulletin and stored with their explanation;
// an override replaces the outcome only with a published justification.
import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, jsonb, pgTable, smallint, text, timestamp, uniqueIndex, boolean } from 'drizzle-orm/pg-core';
import { institutions } from '../../../core/tenancy/schema.js';
import { people } from '../../../core/auth/schema.js';
import { participationProcesses } from '../processes/schema.js';
import { participationVoteOptions, participationVotes, type BudgetBallotKind } from '../votes/schema.js';

export const TALLY_RULES = ['greedy', 'mes'] as const;
export type TallyRule = (typeof TALLY_RULES)[number];
export const REVIEW_VERDICTS = ['feasible', 'unfeasible'] as const;
export type ReviewVerdict = (typeof REVIEW_VERDICTS)[number];

/** A district's share of the budget: a comuna (5-digit CUT) and its amount in pesos (decimal string: JSON has no bigint). */
export interface BudgetDistrict { code: string; amount: string }

export const participationBudgets = pgTable('participation_budgets', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  institutionId: integer().notNull().references(() => institutions.id),
  processId: integer().notNull().references(() => participationProcesses.id),
  title: text().notNull(),
  description: text().notNull().default(''),
  /** Integer pesos (DESIGN.md rule 9). With districts, their amounts add up to it. */
  total: bigint({ mode: 'bigint' }).notNull(),
  districts: jsonb().$type<BudgetDistrict[]>().notNull().default([]),
  /** Stages: ideas [ideasAt, reviewAt) → technical review [reviewAt, votingAt) → voting [votingAt, resultsAt) → results. */
  ideasAt: timestamp({ withTimezone: true }).notNull(),
  reviewAt: timestamp({ withTimezone: true }).notNull(),
  votingAt: timestamp({ withTimezone: true }).notNull(),
  resultsAt: timestamp({ withTimezone: true }).notNull(),
  ballotKind: text({ enum: ['approval', 'knapsack', 'cumulative'] }).$type<BudgetBallotKind>().notNull(),
  minProjects: smallint(),
  maxProjects: smallint(),
  /** Knapsack: the least a ballot must spend, in pesos. */
  minSpend: bigint({ mode: 'bigint' }),
  /** Cumulative: the points each ballot distributes. */
  points: smallint(),
  rule: text({ enum: TALLY_RULES }).notNull(),
  /** MES options of the tally library (budgets/tally/types.ts): utilities and completion. */
  utilities: text({ enum: ['cost', 'approval'] }).notNull().default('cost'),
  completion: text({ enum: ['none', 'add1', 'add1-greedy', 'add1-no-stop', 'add1-comparison'] }).notNull().default('add1'),
  createdBy: integer().notNull().references(() => people.id),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  index('participation_budgets_process_idx').on(t.processId),
  index('participation_budgets_institution_idx').on(t.institutionId, t.id),
  check('participation_budgets_stages', sql`${t.ideasAt} <= ${t.reviewAt} and ${t.reviewAt} <= ${t.votingAt} and ${t.votingAt} < ${t.resultsAt}`),
]);

export const participationBudgetProjects = pgTable('participation_budget_projects', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  budgetId: integer().notNull().references(() => participationBudgets.id, { onDelete: 'cascade' }),
  institutionId: integer().notNull().references(() => institutions.id),
  title: text().notNull(),
  description: text().notNull().default(''),
  /** As proposed, in pesos; the review may set `reviewedCost`, which the ballot then uses. */
  cost: bigint({ mode: 'bigint' }).notNull(),
  location: text().notNull().default(''),
  comunaCode: text(),
  category: text().notNull().default(''),
  /** The district (comuna CUT) whose ballot lists it, when the budget is split. */
  district: text(),
  /** Null for projects loaded by an import or the seed. */
  authorId: integer().references(() => people.id),
  /** Held by the spam heuristic (participation/spam.ts) until an official reviews it: not public meanwhile. */
  held: boolean().notNull().default(false),
  verdict: text({ enum: REVIEW_VERDICTS }),
  reviewedCost: bigint({ mode: 'bigint' }),
  answer: text(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('participation_budget_projects_budget_idx').on(t.budgetId, t.id)]);

/** Every technical review, kept: the public history of a project's feasibility and cost. */
export const participationBudgetReviews = pgTable('participation_budget_reviews', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  projectId: integer().notNull().references(() => participationBudgetProjects.id, { onDelete: 'cascade' }),
  institutionId: integer().notNull().references(() => institutions.id),
  verdict: text({ enum: REVIEW_VERDICTS }).notNull(),
  cost: bigint({ mode: 'bigint' }).notNull(),
  answer: text().notNull(),
  reviewedBy: integer().notNull().references(() => people.id),
  reviewedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('participation_budget_reviews_project_idx').on(t.projectId, t.id)]);

/** The vote of each district ('' when the budget is not split), and which option stands for which project. */
export const participationBudgetOptions = pgTable('participation_budget_options', {
  optionId: integer().primaryKey().references(() => participationVoteOptions.id, { onDelete: 'cascade' }),
  voteId: integer().notNull().references(() => participationVotes.id, { onDelete: 'cascade' }),
  budgetId: integer().notNull().references(() => participationBudgets.id, { onDelete: 'cascade' }),
  projectId: integer().notNull().references(() => participationBudgetProjects.id),
  district: text().notNull().default(''),
}, (t) => [uniqueIndex('participation_budget_options_project_idx').on(t.projectId), index('participation_budget_options_budget_idx').on(t.budgetId, t.district)]);

export const RESULT_KINDS = ['computed', 'override'] as const;

/**
 * Outcomes per district and rule: the budget's rule and the other one (side by side), as computed from the sealed
 * bulletin; an override row replaces the budget rule's outcome, with its justification, and never deletes the computed one.
 */
export const participationBudgetResults = pgTable('participation_budget_results', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  budgetId: integer().notNull().references(() => participationBudgets.id, { onDelete: 'cascade' }),
  institutionId: integer().notNull().references(() => institutions.id),
  district: text().notNull().default(''),
  kind: text({ enum: RESULT_KINDS }).notNull(),
  rule: text({ enum: TALLY_RULES }).notNull(),
  options: jsonb().$type<{ utilities?: string; completion?: string }>().notNull(),
  /** Project ids in the order the rule funded them. */
  selected: integer().array().notNull(),
  cost: bigint({ mode: 'bigint' }).notNull(),
  /** The tally library's Explanation (ids are project ids as text); for an override, the computed one it replaced. */
  explanation: jsonb().notNull(),
  justification: text(),
  decidedBy: integer().references(() => people.id),
  computedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [uniqueIndex('participation_budget_results_idx').on(t.budgetId, t.district, t.kind, t.rule)]);
