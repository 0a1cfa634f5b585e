CREATE TABLE "services_incubators" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "services_incubators_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"institution_id" integer NOT NULL,
	"region_code" text,
	"description" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "services_phases" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "services_phases_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"service_id" integer NOT NULL,
	"phase" text NOT NULL,
	"started_on" date NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"recorded_by" integer,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "services_services" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "services_services_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"mission" text NOT NULL,
	"incubator_id" integer NOT NULL,
	"lead_person_id" integer NOT NULL,
	"lead_title" text DEFAULT '' NOT NULL,
	"user_types" text[] DEFAULT '{}'::text[] NOT NULL,
	"themes" text[] DEFAULT '{}'::text[] NOT NULL,
	"reach" text DEFAULT 'comunal' NOT NULL,
	"link" text,
	"repository" text,
	"contact" text,
	"accessibility" text,
	"accessibility_url" text,
	"risk_analysis_url" text,
	"grant_contract_id" integer,
	"proposal_id" integer,
	"needs_process_id" integer,
	"created_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "services_sponsors" (
	"service_id" integer NOT NULL,
	"institution_id" integer NOT NULL,
	CONSTRAINT "services_sponsors_service_id_institution_id_pk" PRIMARY KEY("service_id","institution_id")
);
--> statement-breakpoint
CREATE TABLE "services_team" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "services_team_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"service_id" integer NOT NULL,
	"name" text NOT NULL,
	"role" text NOT NULL,
	"position" smallint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "services_indicator_targets" (
	"indicator_id" integer NOT NULL,
	"month" text NOT NULL,
	"value" double precision NOT NULL,
	CONSTRAINT "services_indicator_targets_indicator_id_month_pk" PRIMARY KEY("indicator_id","month"),
	CONSTRAINT "services_indicator_targets_month" CHECK ("services_indicator_targets"."month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$')
);
--> statement-breakpoint
CREATE TABLE "services_indicator_values" (
	"indicator_id" integer NOT NULL,
	"month" text NOT NULL,
	"value" double precision NOT NULL,
	"origin" text NOT NULL,
	"recorded_by" integer,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "services_indicator_values_indicator_id_month_pk" PRIMARY KEY("indicator_id","month"),
	CONSTRAINT "services_indicator_values_month" CHECK ("services_indicator_values"."month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$')
);
--> statement-breakpoint
CREATE TABLE "services_indicators" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "services_indicators_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"service_id" integer NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"kind" text NOT NULL,
	"unit" text NOT NULL,
	"direction" text DEFAULT 'up' NOT NULL,
	"method" text DEFAULT '' NOT NULL,
	"position" smallint DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "services_reviews" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "services_reviews_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"service_id" integer NOT NULL,
	"due_on" date NOT NULL,
	"held_on" date NOT NULL,
	"phase" text NOT NULL,
	"decision" text NOT NULL,
	"evidence" text NOT NULL,
	"indicators" jsonb NOT NULL,
	"reasons" text NOT NULL,
	"national_impact" boolean DEFAULT false NOT NULL,
	"recorded_by" integer,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "services_surveys" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "services_surveys_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"service_id" integer NOT NULL,
	"consultation_id" integer NOT NULL,
	"grade_question_id" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "services_contracts" (
	"service_id" integer NOT NULL,
	"contract_id" integer NOT NULL,
	CONSTRAINT "services_contracts_service_id_contract_id_pk" PRIMARY KEY("service_id","contract_id")
);
--> statement-breakpoint
CREATE TABLE "services_spending" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "services_spending_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"service_id" integer NOT NULL,
	"year" smallint NOT NULL,
	"amount" bigint NOT NULL,
	"description" text NOT NULL,
	"budget_line" text,
	"recorded_by" integer,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "services_spending_amount" CHECK ("services_spending"."amount" > 0)
);
--> statement-breakpoint
ALTER TABLE "services_incubators" ADD CONSTRAINT "services_incubators_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services_incubators" ADD CONSTRAINT "services_incubators_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services_phases" ADD CONSTRAINT "services_phases_service_id_services_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services_services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services_phases" ADD CONSTRAINT "services_phases_recorded_by_people_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services_services" ADD CONSTRAINT "services_services_incubator_id_services_incubators_id_fk" FOREIGN KEY ("incubator_id") REFERENCES "public"."services_incubators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services_services" ADD CONSTRAINT "services_services_lead_person_id_people_id_fk" FOREIGN KEY ("lead_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services_services" ADD CONSTRAINT "services_services_grant_contract_id_procurement_contracts_id_fk" FOREIGN KEY ("grant_contract_id") REFERENCES "public"."procurement_contracts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services_services" ADD CONSTRAINT "services_services_proposal_id_participation_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."participation_proposals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services_services" ADD CONSTRAINT "services_services_needs_process_id_participation_processes_id_fk" FOREIGN KEY ("needs_process_id") REFERENCES "public"."participation_processes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services_services" ADD CONSTRAINT "services_services_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services_sponsors" ADD CONSTRAINT "services_sponsors_service_id_services_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services_services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services_sponsors" ADD CONSTRAINT "services_sponsors_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services_team" ADD CONSTRAINT "services_team_service_id_services_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services_services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services_indicator_targets" ADD CONSTRAINT "services_indicator_targets_indicator_id_services_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."services_indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services_indicator_values" ADD CONSTRAINT "services_indicator_values_indicator_id_services_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."services_indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services_indicator_values" ADD CONSTRAINT "services_indicator_values_recorded_by_people_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services_indicators" ADD CONSTRAINT "services_indicators_service_id_services_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services_services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services_reviews" ADD CONSTRAINT "services_reviews_service_id_services_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services_services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services_reviews" ADD CONSTRAINT "services_reviews_recorded_by_people_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services_surveys" ADD CONSTRAINT "services_surveys_service_id_services_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services_services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services_surveys" ADD CONSTRAINT "services_surveys_consultation_id_participation_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."participation_consultations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services_surveys" ADD CONSTRAINT "services_surveys_grade_question_id_participation_consultation_questions_id_fk" FOREIGN KEY ("grade_question_id") REFERENCES "public"."participation_consultation_questions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services_contracts" ADD CONSTRAINT "services_contracts_service_id_services_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services_services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services_contracts" ADD CONSTRAINT "services_contracts_contract_id_procurement_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."procurement_contracts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services_spending" ADD CONSTRAINT "services_spending_service_id_services_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services_services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services_spending" ADD CONSTRAINT "services_spending_recorded_by_people_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "services_incubators_slug_idx" ON "services_incubators" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "services_incubators_institution_idx" ON "services_incubators" USING btree ("institution_id");--> statement-breakpoint
CREATE UNIQUE INDEX "services_phases_day_idx" ON "services_phases" USING btree ("service_id","started_on");--> statement-breakpoint
CREATE INDEX "services_phases_recorded_idx" ON "services_phases" USING btree ("recorded_at");--> statement-breakpoint
CREATE UNIQUE INDEX "services_services_slug_idx" ON "services_services" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "services_services_incubator_idx" ON "services_services" USING btree ("incubator_id");--> statement-breakpoint
CREATE INDEX "services_services_lead_idx" ON "services_services" USING btree ("lead_person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "services_services_grant_idx" ON "services_services" USING btree ("grant_contract_id");--> statement-breakpoint
CREATE UNIQUE INDEX "services_services_proposal_idx" ON "services_services" USING btree ("proposal_id");--> statement-breakpoint
CREATE INDEX "services_sponsors_institution_idx" ON "services_sponsors" USING btree ("institution_id");--> statement-breakpoint
CREATE INDEX "services_team_service_idx" ON "services_team" USING btree ("service_id","position");--> statement-breakpoint
CREATE INDEX "services_indicator_values_recorded_idx" ON "services_indicator_values" USING btree ("recorded_at");--> statement-breakpoint
CREATE UNIQUE INDEX "services_indicators_code_idx" ON "services_indicators" USING btree ("service_id","code");--> statement-breakpoint
CREATE INDEX "services_reviews_service_idx" ON "services_reviews" USING btree ("service_id","held_on");--> statement-breakpoint
CREATE UNIQUE INDEX "services_surveys_consultation_idx" ON "services_surveys" USING btree ("consultation_id");--> statement-breakpoint
CREATE INDEX "services_surveys_service_idx" ON "services_surveys" USING btree ("service_id");--> statement-breakpoint
CREATE INDEX "services_contracts_contract_idx" ON "services_contracts" USING btree ("contract_id");--> statement-breakpoint
CREATE INDEX "services_spending_service_idx" ON "services_spending" USING btree ("service_id","year");