// Participación's tables for binding votes (consultas vinculantes).
//
// SECRECY BY DESIGN (DESIGN.md rule 10: secret ballots keep *who voted* apart from *what was voted*):
// - participation_vote_participations records WHO voted: (vote_id, person_id), and nothing about the ballot.
// - participation_ballots records WHAT was voted: a random uuid, the SHA-256 of the voter's receipt code, the choices,
//   and whether it is counted. No person id, no timestamp, no sequential id: nothing orders the ballots or ties one to
//   a participation (a test reads information_schema to keep it so). The public bulletin lists ballots sorted by
//   receipt hash, an order unrelated to when they were cast.
// - The one thing that links a ballot to its voter is the receipt code, which only the voter holds: the server keeps
//   only its SHA-256 in the ballot and, in the participation, a salted SHA-256 (`receipt_check`) of the same code.
//   Neither hash can be computed from the other without the code, so a copy of the database cannot join them.
//
// Replacing a ballot (only when the vote allows it, e.g. to resist coercion while it is open): the request carries the
// old receipt. Its salted hash must match the person's participation (so nobody can discard another person's ballot
// with a receipt they obtained), its plain hash finds the old ballot, which is marked counted = false (kept, so the old
// receipt still answers "not counted" instead of "unknown"), and the new ballot's receipt replaces the check. Someone
// who lost their receipt cannot replace: the server has no other way to find their ballot, by design.
//
// Residual risk, written down: PostgreSQL stores rows in heap order, so someone with raw access to the data files
// could try to match the physical position of a participation with a ballot's. Operators who need more should vacuum
// full / cluster the ballots table (by receipt_hash) after the vote closes; the application never reads that order.
import { sql } from 'drizzle-orm';
import { pgTable, text, integer, smallint, boolean, timestamp, uuid, index, uniqueIndex, primaryKey } from 'drizzle-orm/pg-core';
import { institutions } from '../../../core/tenancy/schema.js';
import { people } from '../../../core/auth/schema.js';
import { eligibilityLists } from '../../../core/identity/schema.js';

export const CHOICE_KINDS = ['single', 'multiple'] as const;
export type ChoiceKind = (typeof CHOICE_KINDS)[number];

export const participationVotes = pgTable('participation_votes', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  institutionId: integer().notNull().references(() => institutions.id),
  title: text().notNull(),
  choice: text({ enum: CHOICE_KINDS }).notNull(),
  /** How many options a ballot may mark: 1 for 'single'. */
  maxChoices: smallint().notNull(),
  opensAt: timestamp({ withTimezone: true }).notNull(),
  closesAt: timestamp({ withTimezone: true }).notNull(),
  /** Whether a voter may replace their ballot while the vote is open (with their receipt; see above). */
  allowReplace: boolean().notNull().default(false),
  /** Voters must be identity-verified (one per RUN, policy.ts); when set, their RUN's hash must also be on this list. */
  eligibilityListId: integer().references(() => eligibilityLists.id),
  /**
   * Binding rule: the result binds when turnout reaches this percent of `eligibleCount` (e.g. Ley 18.695 art. 99 asks
   * municipal plebiscites for more than half of the electorate). Both null: binding with no turnout threshold.
   */
  minTurnoutPercent: smallint(),
  eligibleCount: integer(),
  createdBy: integer().notNull().references(() => people.id),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [index('participation_votes_institution_idx').on(t.institutionId, t.closesAt)]);

export const participationVoteOptions = pgTable('participation_vote_options', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  voteId: integer().notNull().references(() => participationVotes.id, { onDelete: 'cascade' }),
  institutionId: integer().notNull().references(() => institutions.id),
  label: text().notNull(),
  position: smallint().notNull(),
}, (t) => [index('participation_vote_options_vote_idx').on(t.voteId, t.position)]);

/** WHO voted. The primary key is what makes "one ballot per person" hold under concurrency (commands/cast-ballot.ts). */
export const participationVoteParticipations = pgTable('participation_vote_participations', {
  voteId: integer().notNull().references(() => participationVotes.id, { onDelete: 'cascade' }),
  personId: integer().notNull().references(() => people.id),
  institutionId: integer().notNull().references(() => institutions.id),
  /** "<salt hex>.<sha256(salt ‖ receipt) hex>": proves a replacement request holds this person's receipt; unlinkable. */
  receiptCheck: text().notNull(),
}, (t) => [primaryKey({ columns: [t.voteId, t.personId] })]);

/** WHAT was voted: no person, no time, no sequence (see the header). */
export const participationBallots = pgTable('participation_ballots', {
  id: uuid().primaryKey().default(sql`gen_random_uuid()`),
  voteId: integer().notNull().references(() => participationVotes.id, { onDelete: 'cascade' }),
  institutionId: integer().notNull().references(() => institutions.id),
  /** SHA-256 (hex) of the receipt code the voter was given once. */
  receiptHash: text().notNull(),
  /** Option ids, sorted. */
  choices: integer().array().notNull(),
  counted: boolean().notNull().default(true),
}, (t) => [uniqueIndex('participation_ballots_receipt_idx').on(t.voteId, t.receiptHash)]);
