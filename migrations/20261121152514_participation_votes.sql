CREATE TABLE "participation_ballots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"vote_id" integer NOT NULL,
	"institution_id" integer NOT NULL,
	"receipt_hash" text NOT NULL,
	"choices" integer[] NOT NULL,
	"counted" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participation_vote_options" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "participation_vote_options_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"vote_id" integer NOT NULL,
	"institution_id" integer NOT NULL,
	"label" text NOT NULL,
	"position" smallint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participation_vote_participations" (
	"vote_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"institution_id" integer NOT NULL,
	"receipt_check" text NOT NULL,
	CONSTRAINT "participation_vote_participations_vote_id_person_id_pk" PRIMARY KEY("vote_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "participation_votes" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "participation_votes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"institution_id" integer NOT NULL,
	"title" text NOT NULL,
	"choice" text NOT NULL,
	"max_choices" smallint NOT NULL,
	"opens_at" timestamp with time zone NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"allow_replace" boolean DEFAULT false NOT NULL,
	"eligibility_list_id" integer,
	"min_turnout_percent" smallint,
	"eligible_count" integer,
	"created_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "participation_ballots" ADD CONSTRAINT "participation_ballots_vote_id_participation_votes_id_fk" FOREIGN KEY ("vote_id") REFERENCES "public"."participation_votes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_ballots" ADD CONSTRAINT "participation_ballots_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_vote_options" ADD CONSTRAINT "participation_vote_options_vote_id_participation_votes_id_fk" FOREIGN KEY ("vote_id") REFERENCES "public"."participation_votes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_vote_options" ADD CONSTRAINT "participation_vote_options_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_vote_participations" ADD CONSTRAINT "participation_vote_participations_vote_id_participation_votes_id_fk" FOREIGN KEY ("vote_id") REFERENCES "public"."participation_votes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_vote_participations" ADD CONSTRAINT "participation_vote_participations_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_vote_participations" ADD CONSTRAINT "participation_vote_participations_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_votes" ADD CONSTRAINT "participation_votes_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_votes" ADD CONSTRAINT "participation_votes_eligibility_list_id_eligibility_lists_id_fk" FOREIGN KEY ("eligibility_list_id") REFERENCES "public"."eligibility_lists"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_votes" ADD CONSTRAINT "participation_votes_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "participation_ballots_receipt_idx" ON "participation_ballots" USING btree ("vote_id","receipt_hash");--> statement-breakpoint
CREATE INDEX "participation_vote_options_vote_idx" ON "participation_vote_options" USING btree ("vote_id","position");--> statement-breakpoint
CREATE INDEX "participation_votes_institution_idx" ON "participation_votes" USING btree ("institution_id","closes_at");