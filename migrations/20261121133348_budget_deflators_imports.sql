CREATE TABLE "budget_deflators" (
	"year" smallint PRIMARY KEY NOT NULL,
	"variation" numeric(6, 2) NOT NULL,
	"source" text NOT NULL,
	"updated_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "budget_imports" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "budget_imports_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"institution_id" integer NOT NULL,
	"requested_by" integer NOT NULL,
	"format" text NOT NULL,
	"year" smallint NOT NULL,
	"cube" text,
	"source_names" text[] NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"done_rows" integer DEFAULT 0 NOT NULL,
	"total_rows" integer DEFAULT 0 NOT NULL,
	"problems" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"dataset_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "budget_deflators" ADD CONSTRAINT "budget_deflators_updated_by_people_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_imports" ADD CONSTRAINT "budget_imports_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_imports" ADD CONSTRAINT "budget_imports_requested_by_people_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_imports" ADD CONSTRAINT "budget_imports_dataset_id_budget_datasets_id_fk" FOREIGN KEY ("dataset_id") REFERENCES "public"."budget_datasets"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "budget_imports_institution_idx" ON "budget_imports" USING btree ("institution_id","created_at");--> statement-breakpoint
-- Average yearly change of Chile's consumer price index (IPC, INE), one decimal, as seed values for real-terms
-- comparisons; officials correct or extend them on the deflator page (README: "Real terms").
INSERT INTO "budget_deflators" ("year", "variation", "source") VALUES
  (2009, 1.5, 'INE, IPC: variación promedio anual'), (2010, 1.4, 'INE, IPC: variación promedio anual'),
  (2011, 3.3, 'INE, IPC: variación promedio anual'), (2012, 3.0, 'INE, IPC: variación promedio anual'),
  (2013, 1.8, 'INE, IPC: variación promedio anual'), (2014, 4.7, 'INE, IPC: variación promedio anual'),
  (2015, 4.3, 'INE, IPC: variación promedio anual'), (2016, 3.8, 'INE, IPC: variación promedio anual'),
  (2017, 2.2, 'INE, IPC: variación promedio anual'), (2018, 2.4, 'INE, IPC: variación promedio anual'),
  (2019, 2.6, 'INE, IPC: variación promedio anual'), (2020, 3.0, 'INE, IPC: variación promedio anual'),
  (2021, 4.5, 'INE, IPC: variación promedio anual'), (2022, 11.6, 'INE, IPC: variación promedio anual'),
  (2023, 7.6, 'INE, IPC: variación promedio anual'), (2024, 3.9, 'INE, IPC: variación promedio anual');
