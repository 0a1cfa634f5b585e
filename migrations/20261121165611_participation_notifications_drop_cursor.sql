ALTER TABLE "participation_notifier_state" DISABLE ROW LEVEL SECURITY;--> statement-breakpoint
DROP TABLE "participation_notifier_state" CASCADE;--> statement-breakpoint
DROP INDEX "participation_events_cursor_idx";--> statement-breakpoint
ALTER TABLE "participation_events" DROP COLUMN "xact_id";