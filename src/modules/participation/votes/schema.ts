// Participación's tables for binding votes (consultas vinculantes).
//
// SECRECY BY DESIGN (DESIGN.md rule 10: secret ballots keep *who voted* apart from *what was voted*):
// - participation_vote_participations records WHO voted: (vote_id, person_id), and nothing about the ballot.
// - participation_ballots records WHAT was voted: a random uuid, the SHA-256 of the voter's receipt code, the choices,
//   and whether it is counted (encrypted while the vote is open, see below). No person id, no timestamp, no sequential
//   id: nothing orders the ballots or ties one to a participation (a test reads information_schema to keep it so). The
//   public bulletin lists ballots sorted by receipt hash, an order unrelated to when they were cast.
// - The one thing that links a ballot to its voter is the receipt code, which only the voter holds: the server keeps
//   only its SHA-256 in the ballot (an HMAC while open) and, in the participation, a salted SHA-256 (`receipt_check`)
//   of the same code. Neither can be computed from the other without the code, so a copy of the database cannot join
//   them.
//
// Replacing a ballot (only when the vote allows it, e.g. to resist coercion while it is open): the request carries the
// old receipt. Its salted hash must match the person's participation (so nobody can discard another person's ballot
// with a receipt they obtained), its HMAC finds the old ballot, which is marked counted = false (kept, so the old
// receipt still answers "not counted" instead of "unknown"), and the new ballot's receipt replaces the check. Someone
// who lost their receipt cannot replace: the server has no other way to find their ballot, by design.
//
// Below the columns, PostgreSQL stamps each row with the id of the transaction that wrote it (the hidden xmin column)
// and stores rows in the order they were written (ctid, the heap position). castBallot writes a participation and its
// ballot in one statement, so WHILE A VOTE IS OPEN someone with direct database access (any role that can SELECT both
// tables: no superuser needed) can pair them by xmin or by position. What they pair a participation with is then
// ciphertext: an open vote's ballot holds its receipt hash and choices encrypted (AES-256-GCM) and a keyed HMAC of the
// receipt, under keys derived from CABILDO_IDENTITY_KEY, which is configuration, not data (ballot-secrecy.ts). AT THE
// CLOSE the seal (commands/seal-vote.ts, sealed_at; the notifier's tick, or the first read of the results) decrypts
// every ballot and, in the same transaction, deletes and rewrites every participation and ballot of the vote, all with
// that transaction's xmin and in orders unrelated to casting (ballots by receipt hash, participations by person id),
// then runs plain VACUUM on both tables, which removes the old row versions. After that neither xmin nor position
// links them (seal.int.test.ts shows the join before and after).
//
// Residual risk, written down. Whoever holds both the database and the identity key while a vote is open (the
// application's operator, or an attacker who took the server and its configuration) can link. After the seal: the
// write-ahead log and any base backup, replica or dump taken while the vote was open keep the original rows (encrypted
// ballots beside their participations); free space that VACUUM released is not zeroed, so a superuser reading raw pages
// (pageinspect, the data files) may find old tuple bytes until they are overwritten; VACUUM skips versions an older open
// transaction could still see (autovacuum removes them later). Operators who need more, after the seal: VACUUM FULL both
// tables (a fresh file holding only the live rows; it locks the whole table, so every open vote of the installation
// waits, which is why the application does not do it), keep WAL archives and backups of the voting period under the
// same access rules as the live database and expire them. Freezing is no substitute: PostgreSQL keeps a frozen row's
// original xmin. The application never reads xmin or ctid.
import { sql } from 'drizzle-orm';
import { pgTable, text, integer, smallint, boolean, timestamp, uuid, index, uniqueIndex, primaryKey, check, bigint, jsonb } from 'drizzle-orm/pg-core';
import { institutions } from '../../../core/tenancy/schema.js';
import { people } from '../../../core/auth/schema.js';
import { eligibilityLists } from '../../../core/identity/schema.js';
import { participationProcesses } from '../processes/schema.js';

export const CHOICE_KINDS = ['single', 'multiple'] as const;
export type ChoiceKind = (typeof CHOICE_KINDS)[number];

export const BUDGET_BALLOT_KINDS = ['approval', 'knapsack', 'cumulative'] as const;
export type BudgetBallotKind = (typeof BUDGET_BALLOT_KINDS)[number];

/**
 * A participatory budget's ballot (issue 6): what validation.ts checks beyond the options, with the money in pesos as
 * decimal strings (JSON has no bigint). `approval`: up to maxProjects; `knapsack`: the options' costs add up to at
 * most `limit` and at least `minSpend`; `cumulative`: points per option, adding up to at most `points`. Every kind
 * honours min/maxProjects. A vote with a ballot rule belongs to the budget `budgetId` (budgets/), whose pages show it.
 */
export interface BudgetBallotRule {
  budgetId: number;
  kind: BudgetBallotKind;
  /** The pesos this ballot's district (or the whole budget) holds. */
  limit: string;
  minSpend?: string;
  minProjects?: number;
  maxProjects?: number;
  points?: number;
}

export const participationVotes = pgTable('participation_votes', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  institutionId: integer().notNull().references(() => institutions.id),
  /** The process this vote belongs to, if any: then ballots are also accepted only while its active phase enables 'vote'. */
  processId: integer().references(() => participationProcesses.id),
  title: text().notNull(),
  /** What is decided and why, shown above the ballot (plain text). */
  description: text().notNull().default(''),
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
  /** When commands/seal-vote.ts rewrote this closed vote's participations and ballots (see the header); null before. */
  sealedAt: timestamp({ withTimezone: true }),
  /** Set for a participatory budget's vote (null for a plain binding vote): its ballots are checked against it. */
  ballotRule: jsonb().$type<BudgetBallotRule>(),
}, (t) => [
  index('participation_votes_institution_idx').on(t.institutionId, t.closesAt),
  // The notifier's tick looks for closed votes not sealed yet: this index holds only those, so the look is free.
  index('participation_votes_unsealed_idx').on(t.closesAt).where(sql`sealed_at is null`),
  index('participation_votes_process_idx').on(t.processId, t.closesAt),
]);

export const participationVoteOptions = pgTable('participation_vote_options', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  voteId: integer().notNull().references(() => participationVotes.id, { onDelete: 'cascade' }),
  institutionId: integer().notNull().references(() => institutions.id),
  label: text().notNull(),
  position: smallint().notNull(),
  /** A budget vote's project cost in pesos (knapsack ballots add them up); null for a plain vote's option. */
  cost: bigint({ mode: 'bigint' }),
}, (t) => [index('participation_vote_options_vote_idx').on(t.voteId, t.position)]);

/** WHO voted. The primary key is what makes "one ballot per person" hold under concurrency (commands/cast-ballot.ts). */
export const participationVoteParticipations = pgTable('participation_vote_participations', {
  voteId: integer().notNull().references(() => participationVotes.id, { onDelete: 'cascade' }),
  personId: integer().notNull().references(() => people.id),
  institutionId: integer().notNull().references(() => institutions.id),
  /** "<salt hex>.<sha256(salt ‖ receipt) hex>": proves a replacement request holds this person's receipt; unlinkable. */
  receiptCheck: text().notNull(),
}, (t) => [primaryKey({ columns: [t.voteId, t.personId] })]);

/**
 * WHAT was voted: no person, no time, no sequence (see the header). While the vote is open a ballot is held encrypted
 * (`receiptTag` + `encrypted`, ballot-secrecy.ts); the seal writes it in the clear (`receiptHash` + `choices`) and
 * clears the other two. The check keeps every row in exactly one of the two forms.
 */
export const participationBallots = pgTable('participation_ballots', {
  id: uuid().primaryKey().default(sql`gen_random_uuid()`),
  voteId: integer().notNull().references(() => participationVotes.id, { onDelete: 'cascade' }),
  institutionId: integer().notNull().references(() => institutions.id),
  /** After the seal: SHA-256 (hex) of the receipt code the voter was given once, as the bulletin publishes it. */
  receiptHash: text(),
  /** After the seal: option ids, sorted. */
  choices: integer().array(),
  /** After the seal, cumulative budget ballots only: the points given to each choice, aligned with `choices`. */
  points: integer().array(),
  /** While open: HMAC of the receipt under a key kept outside the database, to find the ballot again (replacing, checking). */
  receiptTag: text(),
  /** While open: the receipt hash, choices (and points), AES-256-GCM under a key kept outside the database. */
  encrypted: text(),
  counted: boolean().notNull().default(true),
}, (t) => [
  uniqueIndex('participation_ballots_receipt_idx').on(t.voteId, t.receiptHash),
  uniqueIndex('participation_ballots_tag_idx').on(t.voteId, t.receiptTag),
  check('participation_ballots_one_form', sql`(${t.receiptTag} is null) = (${t.encrypted} is null)
    and (${t.receiptHash} is null) = (${t.choices} is null) and (${t.receiptHash} is null) <> (${t.receiptTag} is null)`),
]);
