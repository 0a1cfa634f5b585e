CREATE TABLE "participation_oversight_bodies" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "participation_oversight_bodies_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"institution_id" integer NOT NULL,
	"seats" integer NOT NULL,
	"term_months" integer NOT NULL,
	"answer_days" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "participation_oversight_bodies_seats" CHECK ("participation_oversight_bodies"."seats" between 1 and 50),
	CONSTRAINT "participation_oversight_bodies_term" CHECK ("participation_oversight_bodies"."term_months" between 1 and 60),
	CONSTRAINT "participation_oversight_bodies_days" CHECK ("participation_oversight_bodies"."answer_days" between 1 and 60)
);
--> statement-breakpoint
CREATE TABLE "participation_oversight_draws" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "participation_oversight_draws_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"body_id" integer NOT NULL,
	"institution_id" integer NOT NULL,
	"seats" integer NOT NULL,
	"term_start" date NOT NULL,
	"term_end" date NOT NULL,
	"seed_hash" text NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"announced_at" timestamp with time zone DEFAULT now() NOT NULL,
	"seed" text,
	"list_hash" text,
	"drawn_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "participation_oversight_members" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "participation_oversight_members_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"body_id" integer NOT NULL,
	"institution_id" integer NOT NULL,
	"draw_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"public_id" text NOT NULL,
	"display_name" text NOT NULL,
	"rank" integer NOT NULL,
	"term_start" date NOT NULL,
	"term_end" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participation_oversight_messages" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "participation_oversight_messages_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"observation_id" integer NOT NULL,
	"institution_id" integer NOT NULL,
	"kind" text NOT NULL,
	"person_id" integer NOT NULL,
	"author_name" text NOT NULL,
	"body" text NOT NULL,
	"url" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participation_oversight_observations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "participation_oversight_observations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"body_id" integer NOT NULL,
	"institution_id" integer NOT NULL,
	"member_id" integer NOT NULL,
	"target_type" text NOT NULL,
	"target_id" integer,
	"target_ref" text,
	"target_label" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	"due_date" date NOT NULL,
	"answer_days" integer NOT NULL,
	"skipped_days" jsonb NOT NULL,
	"answered_at" timestamp with time zone,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "participation_oversight_reports" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "participation_oversight_reports_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"body_id" integer NOT NULL,
	"institution_id" integer NOT NULL,
	"member_id" integer NOT NULL,
	"author_name" text NOT NULL,
	"title" text NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"body" text NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participation_oversight_volunteers" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "participation_oversight_volunteers_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"draw_id" integer NOT NULL,
	"institution_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"public_id" text NOT NULL,
	"display_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "participation_oversight_bodies" ADD CONSTRAINT "participation_oversight_bodies_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_oversight_draws" ADD CONSTRAINT "participation_oversight_draws_body_id_participation_oversight_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."participation_oversight_bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_oversight_draws" ADD CONSTRAINT "participation_oversight_draws_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_oversight_members" ADD CONSTRAINT "participation_oversight_members_body_id_participation_oversight_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."participation_oversight_bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_oversight_members" ADD CONSTRAINT "participation_oversight_members_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_oversight_members" ADD CONSTRAINT "participation_oversight_members_draw_id_participation_oversight_draws_id_fk" FOREIGN KEY ("draw_id") REFERENCES "public"."participation_oversight_draws"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_oversight_members" ADD CONSTRAINT "participation_oversight_members_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_oversight_messages" ADD CONSTRAINT "participation_oversight_messages_observation_id_participation_oversight_observations_id_fk" FOREIGN KEY ("observation_id") REFERENCES "public"."participation_oversight_observations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_oversight_messages" ADD CONSTRAINT "participation_oversight_messages_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_oversight_messages" ADD CONSTRAINT "participation_oversight_messages_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_oversight_observations" ADD CONSTRAINT "participation_oversight_observations_body_id_participation_oversight_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."participation_oversight_bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_oversight_observations" ADD CONSTRAINT "participation_oversight_observations_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_oversight_observations" ADD CONSTRAINT "participation_oversight_observations_member_id_participation_oversight_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."participation_oversight_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_oversight_reports" ADD CONSTRAINT "participation_oversight_reports_body_id_participation_oversight_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."participation_oversight_bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_oversight_reports" ADD CONSTRAINT "participation_oversight_reports_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_oversight_reports" ADD CONSTRAINT "participation_oversight_reports_member_id_participation_oversight_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."participation_oversight_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_oversight_volunteers" ADD CONSTRAINT "participation_oversight_volunteers_draw_id_participation_oversight_draws_id_fk" FOREIGN KEY ("draw_id") REFERENCES "public"."participation_oversight_draws"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_oversight_volunteers" ADD CONSTRAINT "participation_oversight_volunteers_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_oversight_volunteers" ADD CONSTRAINT "participation_oversight_volunteers_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "participation_oversight_bodies_institution_idx" ON "participation_oversight_bodies" USING btree ("institution_id");--> statement-breakpoint
CREATE INDEX "participation_oversight_draws_body_idx" ON "participation_oversight_draws" USING btree ("body_id","id");--> statement-breakpoint
CREATE INDEX "participation_oversight_members_body_idx" ON "participation_oversight_members" USING btree ("body_id","term_end");--> statement-breakpoint
CREATE INDEX "participation_oversight_members_person_idx" ON "participation_oversight_members" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "participation_oversight_messages_observation_idx" ON "participation_oversight_messages" USING btree ("observation_id","id");--> statement-breakpoint
CREATE INDEX "participation_oversight_observations_body_idx" ON "participation_oversight_observations" USING btree ("body_id","id");--> statement-breakpoint
CREATE INDEX "participation_oversight_observations_status_idx" ON "participation_oversight_observations" USING btree ("body_id","status","due_date");--> statement-breakpoint
CREATE INDEX "participation_oversight_observations_target_idx" ON "participation_oversight_observations" USING btree ("target_type","target_id");--> statement-breakpoint
CREATE INDEX "participation_oversight_reports_body_idx" ON "participation_oversight_reports" USING btree ("body_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "participation_oversight_volunteers_person_idx" ON "participation_oversight_volunteers" USING btree ("draw_id","person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "participation_oversight_volunteers_public_idx" ON "participation_oversight_volunteers" USING btree ("draw_id","public_id");