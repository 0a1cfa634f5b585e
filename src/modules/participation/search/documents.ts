// What full-text search reads of each searchable thing. Proposals and comments, the many, keep their document in a
// stored column (tsvector.ts), so ranking thousands of matches reads it instead of re-parsing each text; processes, the
// few, use an expression that must stay exactly that of their GIN index (migration participation_search_sql), or
// PostgreSQL will not use the index.
// participation_unaccent is an IMMUTABLE wrapper of unaccent (which is only STABLE, so not allowed in an index):
// "participacion" finds "participación" and the other way round; the 'spanish' configuration stems ("plazas" → "plaz").
import { sql } from 'drizzle-orm';

export const processDocument = sql`to_tsvector('spanish', participation_unaccent(participation_processes.title || ' ' || participation_processes.description))`;

/** A query as people type it in a search box (quotes for phrases, "-word" to exclude, "or"), accents ignored. */
export const searchQuery = (q: string) => sql`websearch_to_tsquery('spanish', participation_unaccent(${q}))`;

export const proposalDocument = sql`participation_proposals.search_vector`;

export const commentDocument = sql`participation_comments.search_vector`;
