// The observatory's publications (policy briefs and reports: rich text in Markdown, with an optional PDF) and its
// panels and webinars (start in UTC, shown in America/Santiago; speakers; video link; a summary note afterwards).
// Both appear in the Atom feed once published.
import { pgTable, text, integer, timestamp, jsonb, uniqueIndex, index } from 'drizzle-orm/pg-core';
import { people } from '../../../core/auth/schema.js';
import { bytea } from '../../../core/db/bytea.js';

export const PUBLICATION_KINDS = ['brief', 'report'] as const;
export type PublicationKind = (typeof PUBLICATION_KINDS)[number];

export const observatoryPublications = pgTable('observatory_publications', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  slug: text().notNull(),
  kind: text({ enum: PUBLICATION_KINDS }).notNull(),
  title: text().notNull(),
  summary: text().notNull(),
  /** Markdown (CommonMark, raw HTML not allowed), rendered on the server. */
  body: text().notNull(),
  attachmentName: text(),
  attachment: bytea(),
  /** Null while a draft: drafts are seen by the observatory's stewards only. */
  publishedAt: timestamp({ withTimezone: true }),
  createdBy: integer().references(() => people.id),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [uniqueIndex('observatory_publications_slug_idx').on(t.slug), index('observatory_publications_published_idx').on(t.publishedAt)]);

export interface PanelSpeaker { name: string; affiliation: string }

export const observatoryPanels = pgTable('observatory_panels', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  slug: text().notNull(),
  title: text().notNull(),
  description: text().notNull(),
  startsAt: timestamp({ withTimezone: true }).notNull(),
  durationMinutes: integer().notNull(),
  speakers: jsonb().$type<PanelSpeaker[]>().notNull(),
  videoUrl: text(),
  /** Markdown: what was said, written after the panel. */
  summary: text(),
  createdBy: integer().references(() => people.id),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
}, (t) => [uniqueIndex('observatory_panels_slug_idx').on(t.slug), index('observatory_panels_starts_idx').on(t.startsAt)]);
