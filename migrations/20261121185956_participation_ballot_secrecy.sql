ALTER TABLE "participation_ballots" ALTER COLUMN "receipt_hash" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "participation_ballots" ALTER COLUMN "choices" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "participation_ballots" ADD COLUMN "receipt_tag" text;--> statement-breakpoint
ALTER TABLE "participation_ballots" ADD COLUMN "encrypted" text;--> statement-breakpoint
CREATE UNIQUE INDEX "participation_ballots_tag_idx" ON "participation_ballots" USING btree ("vote_id","receipt_tag");--> statement-breakpoint
ALTER TABLE "participation_ballots" ADD CONSTRAINT "participation_ballots_one_form" CHECK (("participation_ballots"."receipt_tag" is null) = ("participation_ballots"."encrypted" is null)
    and ("participation_ballots"."receipt_hash" is null) = ("participation_ballots"."choices" is null) and ("participation_ballots"."receipt_hash" is null) <> ("participation_ballots"."receipt_tag" is null));