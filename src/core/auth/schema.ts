// People, their roles, sessions, API tokens and one-time email tokens. Secrets are stored only as SHA-256 hashes.
import { pgTable, text, integer, timestamp, index, uniqueIndex, boolean, primaryKey } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { institutions } from '../tenancy/schema.js';

export const people = pgTable('people', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  /** Stored lower-cased; unique when present (ClaveÚnica gives no email). */
  email: text(),
  name: text().notNull(),
  passwordHash: text(),
  emailConfirmedAt: timestamp({ withTimezone: true }),
  locale: text({ enum: ['es-CL', 'en'] }).notNull().default('es-CL'),
  /**
   * RUN, normalised "12345678-5" (identity/run.ts), only once verified: by ClaveÚnica or in person. Never shown in
   * public pages, exports or the API (Ley 19.628); one account per RUN.
   */
  run: text(),
  identityVerifiedAt: timestamp({ withTimezone: true }),
  identityMethod: text({ enum: ['claveunica', 'in_person'] }),
  /** For in-person verification: the official who checked the identity card. */
  identityVerifiedBy: integer(),
  disabled: boolean().notNull().default(false),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [uniqueIndex('people_email_idx').on(t.email), uniqueIndex('people_run_idx').on(t.run)]);

export const ROLES = ['platform_admin', 'institution_admin', 'official', 'oversight_member', 'supplier_representative'] as const;
export type Role = (typeof ROLES)[number];

export const roleAssignments = pgTable('role_assignments', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  personId: integer().notNull().references(() => people.id, { onDelete: 'cascade' }),
  role: text({ enum: ROLES }).notNull(),
  /** Null only for platform_admin (and supplier_representative until suppliers exist). */
  institutionId: integer().references(() => institutions.id),
  /** For officials: the modules they may act in (e.g. {"budget","transparency"}). */
  permissions: text().array().notNull().default(sql`'{}'::text[]`),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  index('role_assignments_person_idx').on(t.personId),
  uniqueIndex('role_assignments_unique_idx').on(t.personId, t.role, sql`coalesce(${t.institutionId}, 0)`),
]);

export const sessions = pgTable('sessions', {
  idHash: text().primaryKey(),
  personId: integer().notNull().references(() => people.id, { onDelete: 'cascade' }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  expiresAt: timestamp({ withTimezone: true }).notNull(),
  /** Set when signed in through an institution's ClaveÚnica client: signing out must end that session too. */
  claveunicaInstitutionId: integer().references(() => institutions.id),
}, (t) => [index('sessions_person_idx').on(t.personId)]);

export const apiTokens = pgTable('api_tokens', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  personId: integer().notNull().references(() => people.id, { onDelete: 'cascade' }),
  name: text().notNull(),
  tokenHash: text().notNull(),
  /** First characters of the token, shown so owners can tell tokens apart. */
  prefix: text().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  lastUsedAt: timestamp({ withTimezone: true }),
  revokedAt: timestamp({ withTimezone: true }),
}, (t) => [uniqueIndex('api_tokens_hash_idx').on(t.tokenHash), index('api_tokens_person_idx').on(t.personId)]);

export const EMAIL_TOKEN_PURPOSES = ['confirm', 'reset'] as const;

export const emailTokens = pgTable('email_tokens', {
  tokenHash: text().primaryKey(),
  personId: integer().notNull().references(() => people.id, { onDelete: 'cascade' }),
  purpose: text({ enum: EMAIL_TOKEN_PURPOSES }).notNull(),
  expiresAt: timestamp({ withTimezone: true }).notNull(),
  usedAt: timestamp({ withTimezone: true }),
}, (t) => [index('email_tokens_person_idx').on(t.personId)]);

/** Fixed-window counters shared by every app process (rate limits must not live in one process's memory). */
export const rateLimits = pgTable('rate_limits', {
  key: text().primaryKey(),
  windowStart: timestamp({ withTimezone: true }).notNull(),
  count: integer().notNull(),
});

/**
 * Form and API submissions already taken, by the key the form carried (a random hidden field) or the client sent
 * (Idempotency-Key): a double click or a retried request finds its key here and gets the first answer again instead of
 * creating a second proposal or comment (http/idempotency.ts). Keys are per person; rows older than a day may be purged.
 */
export const submissions = pgTable('submissions', {
  personId: integer().notNull().references(() => people.id, { onDelete: 'cascade' }),
  key: text().notNull(),
  /** What the first submission answered (typically the URL of what it created); null while it is being taken. */
  result: text(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [primaryKey({ columns: [t.personId, t.key] })]);
