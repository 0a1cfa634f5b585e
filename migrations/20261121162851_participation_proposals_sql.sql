-- Text filter of the proposal index (proposals/queries.ts proposalDocument must stay this exact expression, or
-- PostgreSQL will not use the index): Spanish stems, accents ignored (participation_unaccent, participation_search_sql).
CREATE INDEX participation_proposals_search_idx ON participation_proposals
  USING gin (to_tsvector('spanish', participation_unaccent(title || ' ' || body)));
