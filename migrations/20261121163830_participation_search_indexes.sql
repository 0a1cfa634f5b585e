-- GIN index for full-text search of comments (search/documents.ts holds the matching expression; proposals have
-- theirs from participation_proposals_sql). Only public comments are searched, so only they are indexed.
CREATE INDEX participation_comments_search_idx ON participation_comments
  USING gin (to_tsvector('spanish', participation_unaccent(body)))
  WHERE hidden_at IS NULL AND status = 'visible';
