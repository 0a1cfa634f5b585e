ALTER TABLE "participation_proposals" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (to_tsvector('spanish', participation_unaccent(title || ' ' || body))) STORED;--> statement-breakpoint
ALTER TABLE "participation_comments" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (to_tsvector('spanish', participation_unaccent(body))) STORED;--> statement-breakpoint
CREATE INDEX "participation_proposals_search_vector_idx" ON "participation_proposals" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "participation_comments_search_vector_idx" ON "participation_comments" USING gin ("search_vector") WHERE hidden_at is null and status = 'visible';--> statement-breakpoint
DROP INDEX IF EXISTS "participation_proposals_search_idx";--> statement-breakpoint
DROP INDEX IF EXISTS "participation_comments_search_idx";
