CREATE TABLE "transparency_documents" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "transparency_documents_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"request_id" integer NOT NULL,
	"institution_id" integer NOT NULL,
	"title" text NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"original" "bytea" NOT NULL,
	"redacted" "bytea",
	"redacted_size" integer NOT NULL,
	"sha256" text NOT NULL,
	"redaction_mode" text NOT NULL,
	"names" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"redactions" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"certified_by" integer,
	"certified_at" timestamp with time zone,
	"status" text DEFAULT 'draft' NOT NULL,
	"created_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "transparency_documents" ADD CONSTRAINT "transparency_documents_request_id_transparency_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."transparency_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transparency_documents" ADD CONSTRAINT "transparency_documents_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transparency_documents" ADD CONSTRAINT "transparency_documents_certified_by_people_id_fk" FOREIGN KEY ("certified_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transparency_documents" ADD CONSTRAINT "transparency_documents_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "transparency_documents_request_idx" ON "transparency_documents" USING btree ("request_id","id");