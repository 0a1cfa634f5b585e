CREATE TABLE "transparency_datasets" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "transparency_datasets_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"institution_id" integer NOT NULL,
	"name" text NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"theme" text NOT NULL,
	"keywords" text[] DEFAULT '{}'::text[] NOT NULL,
	"licence" text DEFAULT 'cc-by-4.0' NOT NULL,
	"frequency" text NOT NULL,
	"temporal_start" date,
	"temporal_end" date,
	"spatial_code" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_at" timestamp with time zone,
	CONSTRAINT "transparency_datasets_temporal" CHECK ("transparency_datasets"."temporal_end" is null or "transparency_datasets"."temporal_start" is null or "transparency_datasets"."temporal_start" <= "transparency_datasets"."temporal_end")
);
--> statement-breakpoint
CREATE TABLE "transparency_distributions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "transparency_distributions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"dataset_id" integer NOT NULL,
	"institution_id" integer NOT NULL,
	"title" text NOT NULL,
	"format" text NOT NULL,
	"media_type" text NOT NULL,
	"url" text,
	"file_name" text,
	"size" integer,
	"sha256" text,
	"content" "bytea",
	"table_schema" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "transparency_distributions_source" CHECK (("transparency_distributions"."url" is null) = ("transparency_distributions"."content" is not null)),
	CONSTRAINT "transparency_distributions_size" CHECK ("transparency_distributions"."content" is null or "transparency_distributions"."size" = octet_length("transparency_distributions"."content"))
);
--> statement-breakpoint
ALTER TABLE "transparency_datasets" ADD CONSTRAINT "transparency_datasets_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transparency_distributions" ADD CONSTRAINT "transparency_distributions_dataset_id_transparency_datasets_id_fk" FOREIGN KEY ("dataset_id") REFERENCES "public"."transparency_datasets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transparency_distributions" ADD CONSTRAINT "transparency_distributions_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "transparency_datasets_name_idx" ON "transparency_datasets" USING btree ("name");--> statement-breakpoint
CREATE INDEX "transparency_datasets_institution_idx" ON "transparency_datasets" USING btree ("institution_id","id");--> statement-breakpoint
CREATE INDEX "transparency_distributions_dataset_idx" ON "transparency_distributions" USING btree ("dataset_id","id");