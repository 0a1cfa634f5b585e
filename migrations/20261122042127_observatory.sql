CREATE TABLE "observatory_values" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "observatory_values_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"cut" text NOT NULL,
	"year" integer NOT NULL,
	"indicator" text NOT NULL,
	"value" double precision NOT NULL,
	"origin" text NOT NULL,
	"source" text NOT NULL,
	"provenance" jsonb,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "observatory_methods" (
	"version" integer PRIMARY KEY NOT NULL,
	"spec" jsonb NOT NULL,
	"note" text NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_by" integer
);
--> statement-breakpoint
CREATE TABLE "observatory_scores" (
	"method_version" integer NOT NULL,
	"year" integer NOT NULL,
	"cut" text NOT NULL,
	"score" double precision,
	"rank" integer,
	"group" text,
	"peer_group" text NOT NULL,
	"peer_rank" integer,
	"pillars" jsonb NOT NULL,
	"coverage" double precision NOT NULL,
	"detail" jsonb NOT NULL,
	"score_change" double precision,
	"rank_change" integer,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "observatory_scores_method_version_year_cut_pk" PRIMARY KEY("method_version","year","cut")
);
--> statement-breakpoint
CREATE TABLE "observatory_sensitivity" (
	"method_version" integer NOT NULL,
	"year" integer NOT NULL,
	"seed" integer NOT NULL,
	"runs" integer NOT NULL,
	"units" jsonb NOT NULL,
	"factors" jsonb NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "observatory_sensitivity_method_version_year_pk" PRIMARY KEY("method_version","year")
);
--> statement-breakpoint
CREATE TABLE "observatory_adoption_events" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "observatory_adoption_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"cut" text NOT NULL,
	"platform" text NOT NULL,
	"status" text NOT NULL,
	"effective_on" date NOT NULL,
	"evidence" text NOT NULL,
	"evidence_url" text,
	"illustrative" boolean DEFAULT false NOT NULL,
	"recorded_by" integer,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "observatory_visit_ratings" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "observatory_visit_ratings_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"visit_id" integer NOT NULL,
	"score" smallint NOT NULL,
	"comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "observatory_visit_ratings_score" CHECK ("observatory_visit_ratings"."score" between 1 and 7)
);
--> statement-breakpoint
CREATE TABLE "observatory_visits" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "observatory_visits_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"region_code" text NOT NULL,
	"cut" text NOT NULL,
	"visited_on" date NOT NULL,
	"purpose" text NOT NULL,
	"illustrative" boolean DEFAULT false NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "observatory_workshops" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "observatory_workshops_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"region_code" text NOT NULL,
	"held_on" date NOT NULL,
	"place" text NOT NULL,
	"topic" text NOT NULL,
	"municipalities" text[] DEFAULT '{}'::text[] NOT NULL,
	"attendees" integer NOT NULL,
	"illustrative" boolean DEFAULT false NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "observatory_workshops_attendees" CHECK ("observatory_workshops"."attendees" >= 0)
);
--> statement-breakpoint
CREATE TABLE "observatory_panels" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "observatory_panels_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"duration_minutes" integer NOT NULL,
	"speakers" jsonb NOT NULL,
	"video_url" text,
	"summary" text,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "observatory_publications" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "observatory_publications_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"body" text NOT NULL,
	"attachment_name" text,
	"attachment" "bytea",
	"published_at" timestamp with time zone,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "observatory_values" ADD CONSTRAINT "observatory_values_cut_comunas_code_fk" FOREIGN KEY ("cut") REFERENCES "public"."comunas"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observatory_methods" ADD CONSTRAINT "observatory_methods_published_by_people_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observatory_scores" ADD CONSTRAINT "observatory_scores_method_version_observatory_methods_version_fk" FOREIGN KEY ("method_version") REFERENCES "public"."observatory_methods"("version") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observatory_scores" ADD CONSTRAINT "observatory_scores_cut_comunas_code_fk" FOREIGN KEY ("cut") REFERENCES "public"."comunas"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observatory_sensitivity" ADD CONSTRAINT "observatory_sensitivity_method_version_observatory_methods_version_fk" FOREIGN KEY ("method_version") REFERENCES "public"."observatory_methods"("version") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observatory_adoption_events" ADD CONSTRAINT "observatory_adoption_events_cut_comunas_code_fk" FOREIGN KEY ("cut") REFERENCES "public"."comunas"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observatory_adoption_events" ADD CONSTRAINT "observatory_adoption_events_recorded_by_people_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observatory_visit_ratings" ADD CONSTRAINT "observatory_visit_ratings_visit_id_observatory_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."observatory_visits"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observatory_visits" ADD CONSTRAINT "observatory_visits_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observatory_visits" ADD CONSTRAINT "observatory_visits_cut_comunas_code_fk" FOREIGN KEY ("cut") REFERENCES "public"."comunas"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observatory_visits" ADD CONSTRAINT "observatory_visits_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observatory_workshops" ADD CONSTRAINT "observatory_workshops_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observatory_workshops" ADD CONSTRAINT "observatory_workshops_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observatory_panels" ADD CONSTRAINT "observatory_panels_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observatory_publications" ADD CONSTRAINT "observatory_publications_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "observatory_values_key_idx" ON "observatory_values" USING btree ("cut","year","indicator");--> statement-breakpoint
CREATE INDEX "observatory_values_year_idx" ON "observatory_values" USING btree ("year","indicator");--> statement-breakpoint
CREATE INDEX "observatory_scores_rank_idx" ON "observatory_scores" USING btree ("method_version","year","rank");--> statement-breakpoint
CREATE INDEX "observatory_adoption_events_cut_idx" ON "observatory_adoption_events" USING btree ("cut","platform","effective_on");--> statement-breakpoint
CREATE INDEX "observatory_visit_ratings_visit_idx" ON "observatory_visit_ratings" USING btree ("visit_id");--> statement-breakpoint
CREATE INDEX "observatory_visits_region_idx" ON "observatory_visits" USING btree ("region_code","visited_on");--> statement-breakpoint
CREATE INDEX "observatory_workshops_region_idx" ON "observatory_workshops" USING btree ("region_code","held_on");--> statement-breakpoint
CREATE UNIQUE INDEX "observatory_panels_slug_idx" ON "observatory_panels" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "observatory_panels_starts_idx" ON "observatory_panels" USING btree ("starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "observatory_publications_slug_idx" ON "observatory_publications" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "observatory_publications_published_idx" ON "observatory_publications" USING btree ("published_at");