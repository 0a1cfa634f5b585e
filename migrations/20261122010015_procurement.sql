CREATE TABLE "procurement_supplier_members" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "procurement_supplier_members_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"supplier_id" integer NOT NULL,
	"rut" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"size" text NOT NULL,
	"comuna_code" text NOT NULL,
	"natural_person" boolean DEFAULT false NOT NULL,
	"share_percent" smallint
);
--> statement-breakpoint
CREATE TABLE "procurement_supplier_references" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "procurement_supplier_references_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"supplier_id" integer NOT NULL,
	"client" text NOT NULL,
	"description" text NOT NULL,
	"year" smallint NOT NULL,
	"amount" bigint
);
--> statement-breakpoint
CREATE TABLE "procurement_supplier_representatives" (
	"supplier_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "procurement_supplier_representatives_supplier_id_person_id_pk" PRIMARY KEY("supplier_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "procurement_suppliers" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "procurement_suppliers_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"rut" text,
	"legal_name" text NOT NULL,
	"sort_key" text NOT NULL,
	"kind" text NOT NULL,
	"size" text NOT NULL,
	"comuna_code" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"website" text,
	"categories" text[] DEFAULT '{}' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "procurement_calls" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "procurement_calls_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"institution_id" integer NOT NULL,
	"ocid" text NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"max_lots_bid" smallint,
	"max_lots_won" smallint,
	"standstill_days" smallint DEFAULT 5 NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "procurement_criteria" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "procurement_criteria_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"call_id" integer NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"weight" smallint NOT NULL,
	"min_score" numeric(5, 2),
	"position" smallint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "procurement_lots" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "procurement_lots_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"call_id" integer NOT NULL,
	"number" smallint NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"budget_amount" bigint NOT NULL,
	"region_code" text,
	"category" text NOT NULL,
	"questions_until" timestamp with time zone NOT NULL,
	"bids_until" timestamp with time zone NOT NULL,
	"award_by" date NOT NULL,
	"delivery_start" date NOT NULL,
	"delivery_end" date NOT NULL,
	"admit_count" smallint DEFAULT 1 NOT NULL,
	"budget_line" text,
	"state" text DEFAULT 'draft' NOT NULL,
	"standstill_until" timestamp with time zone,
	"reason" text
);
--> statement-breakpoint
CREATE TABLE "procurement_questions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "procurement_questions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"call_id" integer NOT NULL,
	"lot_id" integer,
	"question" text NOT NULL,
	"asked_by" integer NOT NULL,
	"asked_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answer" text,
	"answered_by" integer,
	"answered_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "procurement_utm_values" (
	"month" date PRIMARY KEY NOT NULL,
	"pesos" integer NOT NULL,
	"source" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "procurement_bid_documents" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "procurement_bid_documents_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"bid_id" integer NOT NULL,
	"sealed" "bytea" NOT NULL,
	"size" integer NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "procurement_bids" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "procurement_bids_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"lot_id" integer NOT NULL,
	"supplier_id" integer NOT NULL,
	"state" text DEFAULT 'submitted' NOT NULL,
	"submitted_by" integer NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"withdrawn_at" timestamp with time zone,
	"sealed" "bytea" NOT NULL,
	"opened_at" timestamp with time zone,
	"price" bigint,
	"answers" jsonb
);
--> statement-breakpoint
CREATE TABLE "procurement_awards" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "procurement_awards_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"lot_id" integer NOT NULL,
	"bid_id" integer NOT NULL,
	"supplier_id" integer NOT NULL,
	"rank" smallint NOT NULL,
	"amount" bigint NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"decided_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "procurement_bid_results" (
	"bid_id" integer PRIMARY KEY NOT NULL,
	"lot_id" integer NOT NULL,
	"criterion_scores" jsonb NOT NULL,
	"total" numeric(6, 3) NOT NULL,
	"rank" smallint,
	"admissible" boolean NOT NULL,
	"exclusion_reason" text
);
--> statement-breakpoint
CREATE TABLE "procurement_evaluators" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "procurement_evaluators_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"call_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"declared_at" timestamp with time zone,
	"conflict_supplier_ids" integer[] DEFAULT '{}' NOT NULL,
	"declaration" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "procurement_scores" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "procurement_scores_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"bid_id" integer NOT NULL,
	"criterion_id" integer NOT NULL,
	"evaluator_id" integer NOT NULL,
	"score" numeric(5, 2) NOT NULL,
	"reason" text NOT NULL,
	"scored_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "procurement_call_offs" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "procurement_call_offs_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"institution_id" integer NOT NULL,
	"call_id" integer NOT NULL,
	"lot_id" integer NOT NULL,
	"ocid" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"method" text NOT NULL,
	"max_amount" bigint NOT NULL,
	"quotes_until" timestamp with time zone,
	"state" text NOT NULL,
	"supplier_id" integer,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "procurement_contracts" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "procurement_contracts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"ocid" text NOT NULL,
	"call_id" integer NOT NULL,
	"lot_id" integer NOT NULL,
	"award_id" integer,
	"call_off_id" integer,
	"supplier_id" integer NOT NULL,
	"title" text NOT NULL,
	"amount" bigint NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"budget_line" text,
	"state" text DEFAULT 'active' NOT NULL,
	"signed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "procurement_milestones" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "procurement_milestones_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"contract_id" integer NOT NULL,
	"title" text NOT NULL,
	"due_on" date NOT NULL,
	"amount" bigint,
	"state" text DEFAULT 'scheduled' NOT NULL,
	"met_on" date
);
--> statement-breakpoint
CREATE TABLE "procurement_payments" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "procurement_payments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"contract_id" integer NOT NULL,
	"milestone_id" integer,
	"amount" bigint NOT NULL,
	"paid_on" date NOT NULL,
	"budget_line" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "procurement_events" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "procurement_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"institution_id" integer NOT NULL,
	"ocid" text NOT NULL,
	"call_id" integer NOT NULL,
	"lot_id" integer,
	"kind" text NOT NULL,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"author" text NOT NULL,
	"person_id" integer,
	"at" timestamp with time zone NOT NULL,
	"public" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "procurement_releases" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "procurement_releases_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"institution_id" integer NOT NULL,
	"ocid" text NOT NULL,
	"release_id" text NOT NULL,
	"date" timestamp (3) with time zone NOT NULL,
	"tags" text[] NOT NULL,
	"event_id" integer,
	"json" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "procurement_supplier_members" ADD CONSTRAINT "procurement_supplier_members_supplier_id_procurement_suppliers_id_fk" FOREIGN KEY ("supplier_id") REFERENCES "public"."procurement_suppliers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement_supplier_members" ADD CONSTRAINT "procurement_supplier_members_comuna_code_comunas_code_fk" FOREIGN KEY ("comuna_code") REFERENCES "public"."comunas"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement_supplier_references" ADD CONSTRAINT "procurement_supplier_references_supplier_id_procurement_suppliers_id_fk" FOREIGN KEY ("supplier_id") REFERENCES "public"."procurement_suppliers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement_supplier_representatives" ADD CONSTRAINT "procurement_supplier_representatives_supplier_id_procurement_suppliers_id_fk" FOREIGN KEY ("supplier_id") REFERENCES "public"."procurement_suppliers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement_supplier_representatives" ADD CONSTRAINT "procurement_supplier_representatives_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement_suppliers" ADD CONSTRAINT "procurement_suppliers_comuna_code_comunas_code_fk" FOREIGN KEY ("comuna_code") REFERENCES "public"."comunas"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement_calls" ADD CONSTRAINT "procurement_calls_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement_calls" ADD CONSTRAINT "procurement_calls_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement_criteria" ADD CONSTRAINT "procurement_criteria_call_id_procurement_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."procurement_calls"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement_lots" ADD CONSTRAINT "procurement_lots_call_id_procurement_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."procurement_calls"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement_lots" ADD CONSTRAINT "procurement_lots_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement_questions" ADD CONSTRAINT "procurement_questions_call_id_procurement_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."procurement_calls"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement_questions" ADD CONSTRAINT "procurement_questions_lot_id_procurement_lots_id_fk" FOREIGN KEY ("lot_id") REFERENCES "public"."procurement_lots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement_questions" ADD CONSTRAINT "procurement_questions_asked_by_people_id_fk" FOREIGN KEY ("asked_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement_questions" ADD CONSTRAINT "procurement_questions_answered_by_people_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement_bid_documents" ADD CONSTRAINT "procurement_bid_documents_bid_id_procurement_bids_id_fk" FOREIGN KEY ("bid_id") REFERENCES "public"."procurement_bids"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement_bids" ADD CONSTRAINT "procurement_bids_lot_id_procurement_lots_id_fk" FOREIGN KEY ("lot_id") REFERENCES "public"."procurement_lots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement_bids" ADD CONSTRAINT "procurement_bids_supplier_id_procurement_suppliers_id_fk" FOREIGN KEY ("supplier_id") REFERENCES "public"."procurement_suppliers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement_bids" ADD CONSTRAINT "procurement_bids_submitted_by_people_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement_awards" ADD CONSTRAINT "procurement_awards_lot_id_procurement_lots_id_fk" FOREIGN KEY ("lot_id") REFERENCES "public"."procurement_lots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement_awards" ADD CONSTRAINT "procurement_awards_bid_id_procurement_bids_id_fk" FOREIGN KEY ("bid_id") REFERENCES "public"."procurement_bids"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement_awards" ADD CONSTRAINT "procurement_awards_supplier_id_procurement_suppliers_id_fk" FOREIGN KEY ("supplier_id") REFERENCES "public"."procurement_suppliers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement_bid_results" ADD CONSTRAINT "procurement_bid_results_bid_id_procurement_bids_id_fk" FOREIGN KEY ("bid_id") REFERENCES "public"."procurement_bids"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement_bid_results" ADD CONSTRAINT "procurement_bid_results_lot_id_procurement_lots_id_fk" FOREIGN KEY ("lot_id") REFERENCES "public"."procurement_lots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement_evaluators" ADD CONSTRAINT "procurement_evaluators_call_id_procurement_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."procurement_calls"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement_evaluators" ADD CONSTRAINT "procurement_evaluators_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement_scores" ADD CONSTRAINT "procurement_scores_bid_id_procurement_bids_id_fk" FOREIGN KEY ("bid_id") REFERENCES "public"."procurement_bids"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement_scores" ADD CONSTRAINT "procurement_scores_criterion_id_procurement_criteria_id_fk" FOREIGN KEY ("criterion_id") REFERENCES "public"."procurement_criteria"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement_scores" ADD CONSTRAINT "procurement_scores_evaluator_id_procurement_evaluators_id_fk" FOREIGN KEY ("evaluator_id") REFERENCES "public"."procurement_evaluators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement_call_offs" ADD CONSTRAINT "procurement_call_offs_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement_call_offs" ADD CONSTRAINT "procurement_call_offs_call_id_procurement_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."procurement_calls"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement_call_offs" ADD CONSTRAINT "procurement_call_offs_lot_id_procurement_lots_id_fk" FOREIGN KEY ("lot_id") REFERENCES "public"."procurement_lots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement_call_offs" ADD CONSTRAINT "procurement_call_offs_supplier_id_procurement_suppliers_id_fk" FOREIGN KEY ("supplier_id") REFERENCES "public"."procurement_suppliers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement_call_offs" ADD CONSTRAINT "procurement_call_offs_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement_contracts" ADD CONSTRAINT "procurement_contracts_call_id_procurement_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."procurement_calls"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement_contracts" ADD CONSTRAINT "procurement_contracts_lot_id_procurement_lots_id_fk" FOREIGN KEY ("lot_id") REFERENCES "public"."procurement_lots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement_contracts" ADD CONSTRAINT "procurement_contracts_award_id_procurement_awards_id_fk" FOREIGN KEY ("award_id") REFERENCES "public"."procurement_awards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement_contracts" ADD CONSTRAINT "procurement_contracts_call_off_id_procurement_call_offs_id_fk" FOREIGN KEY ("call_off_id") REFERENCES "public"."procurement_call_offs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement_contracts" ADD CONSTRAINT "procurement_contracts_supplier_id_procurement_suppliers_id_fk" FOREIGN KEY ("supplier_id") REFERENCES "public"."procurement_suppliers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement_milestones" ADD CONSTRAINT "procurement_milestones_contract_id_procurement_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."procurement_contracts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement_payments" ADD CONSTRAINT "procurement_payments_contract_id_procurement_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."procurement_contracts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement_payments" ADD CONSTRAINT "procurement_payments_milestone_id_procurement_milestones_id_fk" FOREIGN KEY ("milestone_id") REFERENCES "public"."procurement_milestones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement_events" ADD CONSTRAINT "procurement_events_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement_events" ADD CONSTRAINT "procurement_events_call_id_procurement_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."procurement_calls"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement_events" ADD CONSTRAINT "procurement_events_lot_id_procurement_lots_id_fk" FOREIGN KEY ("lot_id") REFERENCES "public"."procurement_lots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement_events" ADD CONSTRAINT "procurement_events_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement_releases" ADD CONSTRAINT "procurement_releases_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurement_releases" ADD CONSTRAINT "procurement_releases_event_id_procurement_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."procurement_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "procurement_supplier_members_rut_idx" ON "procurement_supplier_members" USING btree ("supplier_id","rut");--> statement-breakpoint
CREATE INDEX "procurement_supplier_references_supplier_idx" ON "procurement_supplier_references" USING btree ("supplier_id");--> statement-breakpoint
CREATE INDEX "procurement_supplier_representatives_person_idx" ON "procurement_supplier_representatives" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "procurement_suppliers_rut_idx" ON "procurement_suppliers" USING btree ("rut");--> statement-breakpoint
CREATE INDEX "procurement_suppliers_sort_idx" ON "procurement_suppliers" USING btree ("sort_key","id");--> statement-breakpoint
CREATE INDEX "procurement_suppliers_comuna_idx" ON "procurement_suppliers" USING btree ("comuna_code");--> statement-breakpoint
CREATE UNIQUE INDEX "procurement_calls_ocid_idx" ON "procurement_calls" USING btree ("ocid");--> statement-breakpoint
CREATE INDEX "procurement_calls_institution_idx" ON "procurement_calls" USING btree ("institution_id","id");--> statement-breakpoint
CREATE INDEX "procurement_calls_state_idx" ON "procurement_calls" USING btree ("state","published_at");--> statement-breakpoint
CREATE INDEX "procurement_criteria_call_idx" ON "procurement_criteria" USING btree ("call_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "procurement_lots_number_idx" ON "procurement_lots" USING btree ("call_id","number");--> statement-breakpoint
CREATE INDEX "procurement_lots_open_idx" ON "procurement_lots" USING btree ("state","bids_until");--> statement-breakpoint
CREATE INDEX "procurement_questions_call_idx" ON "procurement_questions" USING btree ("call_id","id");--> statement-breakpoint
CREATE INDEX "procurement_bid_documents_bid_idx" ON "procurement_bid_documents" USING btree ("bid_id");--> statement-breakpoint
CREATE UNIQUE INDEX "procurement_bids_live_idx" ON "procurement_bids" USING btree ("lot_id","supplier_id") WHERE state = 'submitted';--> statement-breakpoint
CREATE INDEX "procurement_bids_supplier_idx" ON "procurement_bids" USING btree ("supplier_id");--> statement-breakpoint
CREATE UNIQUE INDEX "procurement_awards_bid_idx" ON "procurement_awards" USING btree ("bid_id");--> statement-breakpoint
CREATE INDEX "procurement_awards_lot_idx" ON "procurement_awards" USING btree ("lot_id");--> statement-breakpoint
CREATE INDEX "procurement_bid_results_lot_idx" ON "procurement_bid_results" USING btree ("lot_id");--> statement-breakpoint
CREATE UNIQUE INDEX "procurement_evaluators_call_person_idx" ON "procurement_evaluators" USING btree ("call_id","person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "procurement_scores_unique_idx" ON "procurement_scores" USING btree ("bid_id","criterion_id","evaluator_id");--> statement-breakpoint
CREATE UNIQUE INDEX "procurement_call_offs_ocid_idx" ON "procurement_call_offs" USING btree ("ocid");--> statement-breakpoint
CREATE INDEX "procurement_call_offs_call_idx" ON "procurement_call_offs" USING btree ("call_id","id");--> statement-breakpoint
CREATE INDEX "procurement_contracts_ocid_idx" ON "procurement_contracts" USING btree ("ocid");--> statement-breakpoint
CREATE INDEX "procurement_contracts_supplier_idx" ON "procurement_contracts" USING btree ("supplier_id");--> statement-breakpoint
CREATE INDEX "procurement_milestones_contract_idx" ON "procurement_milestones" USING btree ("contract_id");--> statement-breakpoint
CREATE INDEX "procurement_payments_contract_idx" ON "procurement_payments" USING btree ("contract_id");--> statement-breakpoint
CREATE INDEX "procurement_events_ocid_idx" ON "procurement_events" USING btree ("ocid","id");--> statement-breakpoint
CREATE INDEX "procurement_events_call_idx" ON "procurement_events" USING btree ("call_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "procurement_releases_release_id_idx" ON "procurement_releases" USING btree ("ocid","release_id");--> statement-breakpoint
CREATE INDEX "procurement_releases_date_idx" ON "procurement_releases" USING btree ("date","id");--> statement-breakpoint
CREATE INDEX "procurement_releases_institution_date_idx" ON "procurement_releases" USING btree ("institution_id","date","id");--> statement-breakpoint
CREATE INDEX "procurement_releases_ocid_date_idx" ON "procurement_releases" USING btree ("ocid","date");