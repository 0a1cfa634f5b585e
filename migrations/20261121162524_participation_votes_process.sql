ALTER TABLE "participation_votes" ADD COLUMN "process_id" integer;--> statement-breakpoint
ALTER TABLE "participation_votes" ADD COLUMN "description" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "participation_votes" ADD CONSTRAINT "participation_votes_process_id_participation_processes_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."participation_processes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "participation_votes_process_idx" ON "participation_votes" USING btree ("process_id","closes_at");