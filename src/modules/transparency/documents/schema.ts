// Documents attached to an information request's answer, and what was redacted from them before publication (Ley
// 20.285 art. 21 nº 2, Ley 19.628). The original as uploaded is kept for the institution's officials only (the record
// of what the institution holds); the public reads the redacted version, and only once an official published it.
//
// Text files (plain, CSV, Markdown) are redacted here (redaction.ts); a PDF or any other binary cannot be redacted
// reliably by text rules (text may be an image, or hidden under a black box), so it is accepted only when an official
// certifies it is already redacted: who and when is recorded, and the public version is then the file as uploaded.
import { pgTable, text, integer, timestamp, jsonb, index } from 'drizzle-orm/pg-core';
import { institutions } from '../../../core/tenancy/schema.js';
import { people } from '../../../core/auth/schema.js';
import { transparencyRequests } from '../requests/schema.js';
import { bytea } from '../../../core/db/bytea.js';


export const DOCUMENT_STATUSES = ['draft', 'published'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];
/** automatic: redacted here from the text; certified: a binary the official declared already redacted. */
export const REDACTION_MODES = ['automatic', 'certified'] as const;
export type RedactionMode = (typeof REDACTION_MODES)[number];

export const transparencyDocuments = pgTable('transparency_documents', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  requestId: integer().notNull().references(() => transparencyRequests.id),
  institutionId: integer().notNull().references(() => institutions.id),
  title: text().notNull(),
  fileName: text().notNull(),
  /** Read from the content, not from what the browser claimed. */
  mediaType: text().notNull(),
  /** Bytes of the original. */
  size: integer().notNull(),
  /** Never public: the file as the institution holds it. */
  original: bytea().notNull(),
  /** The public version of an automatic redaction; null when certified (the original is then the public version). */
  redacted: bytea(),
  redactedSize: integer().notNull(),
  /** sha256 of the public version: its ETag. */
  sha256: text().notNull(),
  redactionMode: text({ enum: REDACTION_MODES }).notNull(),
  /**
   * Names the official added to the rules (the requester's name is always applied): personal data, for the
   * institution only, kept so a later re-preview gives the same result.
   */
  names: jsonb().$type<string[]>().notNull().default([]),
  /** How many pieces of each kind were redacted ({ run: 2, name: 5 }): never the values. */
  redactions: jsonb().$type<Partial<Record<'run' | 'email' | 'name' | 'phone', number>>>().notNull().default({}),
  certifiedBy: integer().references(() => people.id),
  certifiedAt: timestamp({ withTimezone: true }),
  status: text({ enum: DOCUMENT_STATUSES }).notNull().default('draft'),
  createdBy: integer().notNull().references(() => people.id),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  publishedAt: timestamp({ withTimezone: true }),
}, (t) => [index('transparency_documents_request_idx').on(t.requestId, t.id)]);
