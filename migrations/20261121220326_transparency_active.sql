CREATE TABLE "transparency_active_rows" (
	"update_id" integer NOT NULL,
	"institution_id" integer NOT NULL,
	"position" integer NOT NULL,
	"data" jsonb NOT NULL,
	CONSTRAINT "transparency_active_rows_update_id_position_pk" PRIMARY KEY("update_id","position")
);
--> statement-breakpoint
CREATE TABLE "transparency_active_updates" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "transparency_active_updates_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"institution_id" integer NOT NULL,
	"category" text NOT NULL,
	"period" text NOT NULL,
	"row_count" integer NOT NULL,
	"file_name" text NOT NULL,
	"sha256" text NOT NULL,
	"published_by" integer,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "transparency_active_updates_period_check" CHECK ("transparency_active_updates"."period" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$')
);
--> statement-breakpoint
ALTER TABLE "transparency_active_rows" ADD CONSTRAINT "transparency_active_rows_update_id_transparency_active_updates_id_fk" FOREIGN KEY ("update_id") REFERENCES "public"."transparency_active_updates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transparency_active_rows" ADD CONSTRAINT "transparency_active_rows_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transparency_active_updates" ADD CONSTRAINT "transparency_active_updates_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transparency_active_updates" ADD CONSTRAINT "transparency_active_updates_published_by_people_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "transparency_active_updates_current_idx" ON "transparency_active_updates" USING btree ("institution_id","category","period","id");