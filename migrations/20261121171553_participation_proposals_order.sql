DROP INDEX "participation_proposals_process_idx";--> statement-breakpoint
DROP INDEX "participation_proposals_supports_idx";--> statement-breakpoint
DROP INDEX "participation_proposals_state_idx";--> statement-breakpoint
CREATE INDEX "participation_proposals_process_idx" ON "participation_proposals" USING btree ("process_id","id");--> statement-breakpoint
CREATE INDEX "participation_proposals_supports_idx" ON "participation_proposals" USING btree ("process_id","supports_count","id");--> statement-breakpoint
CREATE INDEX "participation_proposals_state_idx" ON "participation_proposals" USING btree ("process_id","state","id");