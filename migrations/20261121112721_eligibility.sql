CREATE TABLE "eligibility_entries" (
	"list_id" integer NOT NULL,
	"institution_id" integer NOT NULL,
	"run_hash" text NOT NULL,
	"comuna" text,
	"group_name" text,
	CONSTRAINT "eligibility_entries_list_id_run_hash_pk" PRIMARY KEY("list_id","run_hash")
);
--> statement-breakpoint
CREATE TABLE "eligibility_lists" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "eligibility_lists_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"institution_id" integer NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"entry_count" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "eligibility_entries" ADD CONSTRAINT "eligibility_entries_list_id_eligibility_lists_id_fk" FOREIGN KEY ("list_id") REFERENCES "public"."eligibility_lists"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eligibility_entries" ADD CONSTRAINT "eligibility_entries_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eligibility_entries" ADD CONSTRAINT "eligibility_entries_comuna_comunas_code_fk" FOREIGN KEY ("comuna") REFERENCES "public"."comunas"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eligibility_lists" ADD CONSTRAINT "eligibility_lists_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "eligibility_lists_name_idx" ON "eligibility_lists" USING btree ("institution_id","name");