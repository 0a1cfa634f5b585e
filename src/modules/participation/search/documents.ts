// What full-text search reads of each searchable thing, as SQL expressions. They must stay exactly the expressions
// of the GIN indexes of the participation_search migrations, or PostgreSQL will not use the indexes.
// participation_unaccent is an IMMUTABLE wrapper of unaccent (which is only STABLE, so not allowed in an index):
// "participacion" finds "participación" and the other way round; the 'spanish' configuration stems ("plazas" → "plaz").
import { sql } from 'drizzle-orm';

export const processDocument = sql`to_tsvector('spanish', participation_unaccent(participation_processes.title || ' ' || participation_processes.description))`;

/** A query as people type it in a search box (quotes for phrases, "-word" to exclude, "or"), accents ignored. */
export const searchQuery = (q: string) => sql`websearch_to_tsquery('spanish', participation_unaccent(${q}))`;

export const proposalDocument = sql`to_tsvector('spanish', participation_unaccent(participation_proposals.title || ' ' || participation_proposals.body))`;

export const commentDocument = sql`to_tsvector('spanish', participation_unaccent(participation_comments.body))`;
