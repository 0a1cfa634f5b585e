// Append-only, hash-chained audit log: each entry's hash covers the previous entry's hash (see audit/log.ts).
import { pgTable, text, integer, bigint, timestamp, jsonb, boolean, index } from 'drizzle-orm/pg-core';

export const auditLog = pgTable('audit_log', {
  seq: bigint({ mode: 'number' }).primaryKey(),
  at: timestamp({ withTimezone: true, precision: 3 }).notNull(),
  actorId: integer(),
  /** Display name of the actor at the time (a person's name, "cli", "system"); never an email or RUN. */
  actorLabel: text().notNull(),
  institutionId: integer(),
  action: text().notNull(),
  resourceType: text().notNull(),
  resourceId: text(),
  summary: jsonb().$type<Record<string, unknown>>().notNull(),
  /** Public entries are official acts on public resources, listed at /auditoria. */
  public: boolean().notNull(),
  prevHash: text().notNull(),
  hash: text().notNull(),
}, (t) => [
  index('audit_log_public_idx').on(t.public, t.seq),
  index('audit_log_institution_idx').on(t.institutionId, t.seq),
]);
