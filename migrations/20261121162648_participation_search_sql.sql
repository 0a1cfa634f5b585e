-- Full-text search of participation in Spanish, accents ignored (search/documents.ts holds the matching expressions).
-- unaccent() is only STABLE (its dictionary could change), so it cannot appear in an index: participation_unaccent
-- pins the dictionary and is declared IMMUTABLE, the documented way to index accent-free text.
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION participation_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;
--> statement-breakpoint
-- For highlighting only: ts_headline must read the original text (accents kept for display) yet find the
-- accent-free stems of the query, so this configuration unaccents each word before the Spanish stemmer.
CREATE TEXT SEARCH CONFIGURATION participation_es (COPY = pg_catalog.spanish);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION participation_es ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, spanish_stem;
--> statement-breakpoint
CREATE INDEX participation_processes_search_idx ON participation_processes
  USING gin (to_tsvector('spanish', participation_unaccent(title || ' ' || description)));
