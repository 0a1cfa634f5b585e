// Eligibility lists (padrones): who may take part in a given consultation or vote of an institution, e.g. the
// residents of a comuna or "apoderados Escuela N". Only keyed hashes of the RUNs are kept (run.ts: hashRun), so the
// table answers "is this person on the list?" without being a list of people (Ley 19.628: data kept only for the
// purpose it was collected for).
import { pgTable, text, integer, timestamp, uniqueIndex, primaryKey } from 'drizzle-orm/pg-core';
import { comunas, institutions } from '../tenancy/schema.js';

export const eligibilityLists = pgTable('eligibility_lists', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  institutionId: integer().notNull().references(() => institutions.id),
  name: text().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  /** Kept with each import, so listing the lists does not count their entries. */
  entryCount: integer().notNull().default(0),
}, (t) => [uniqueIndex('eligibility_lists_name_idx').on(t.institutionId, t.name)]);

export const eligibilityEntries = pgTable('eligibility_entries', {
  listId: integer().notNull().references(() => eligibilityLists.id, { onDelete: 'cascade' }),
  /** The list's institution again: every tenant-owned table carries it, so it can be distributed by institution. */
  institutionId: integer().notNull().references(() => institutions.id),
  runHash: text().notNull(),
  /** 5-digit CUT of the person's comuna, when the list gives it. */
  comuna: text().references(() => comunas.code),
  /** A subgroup within the list, e.g. "apoderados Escuela N° 5". */
  groupName: text(),
}, (t) => [primaryKey({ columns: [t.listId, t.runHash] })]);

/**
 * One ClaveÚnica client per institution: credentials are issued to each public body with its own redirect URIs
 * (ClaveÚnica integration manual). The secret is encrypted at rest (keys.ts, AES-256-GCM bound to the institution).
 */
export const claveunicaClients = pgTable('claveunica_clients', {
  institutionId: integer().primaryKey().references(() => institutions.id),
  issuer: text().notNull(),
  clientId: text().notNull(),
  clientSecretEncrypted: text().notNull(),
  redirectUri: text().notNull(),
  logoutUri: text().notNull(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
