CREATE TABLE "participation_budget_options" (
	"option_id" integer PRIMARY KEY NOT NULL,
	"vote_id" integer NOT NULL,
	"budget_id" integer NOT NULL,
	"project_id" integer NOT NULL,
	"district" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participation_budget_projects" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "participation_budget_projects_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"budget_id" integer NOT NULL,
	"institution_id" integer NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"cost" bigint NOT NULL,
	"location" text DEFAULT '' NOT NULL,
	"comuna_code" text,
	"category" text DEFAULT '' NOT NULL,
	"district" text,
	"author_id" integer,
	"held" boolean DEFAULT false NOT NULL,
	"verdict" text,
	"reviewed_cost" bigint,
	"answer" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participation_budget_results" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "participation_budget_results_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"budget_id" integer NOT NULL,
	"institution_id" integer NOT NULL,
	"district" text DEFAULT '' NOT NULL,
	"kind" text NOT NULL,
	"rule" text NOT NULL,
	"options" jsonb NOT NULL,
	"selected" integer[] NOT NULL,
	"cost" bigint NOT NULL,
	"explanation" jsonb NOT NULL,
	"justification" text,
	"decided_by" integer,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participation_budget_reviews" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "participation_budget_reviews_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"project_id" integer NOT NULL,
	"institution_id" integer NOT NULL,
	"verdict" text NOT NULL,
	"cost" bigint NOT NULL,
	"answer" text NOT NULL,
	"reviewed_by" integer NOT NULL,
	"reviewed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participation_budgets" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "participation_budgets_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"institution_id" integer NOT NULL,
	"process_id" integer NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"total" bigint NOT NULL,
	"districts" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"ideas_at" timestamp with time zone NOT NULL,
	"review_at" timestamp with time zone NOT NULL,
	"voting_at" timestamp with time zone NOT NULL,
	"results_at" timestamp with time zone NOT NULL,
	"ballot_kind" text NOT NULL,
	"min_projects" smallint,
	"max_projects" smallint,
	"min_spend" bigint,
	"points" smallint,
	"rule" text NOT NULL,
	"utilities" text DEFAULT 'cost' NOT NULL,
	"completion" text DEFAULT 'add1' NOT NULL,
	"created_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "participation_budgets_stages" CHECK ("participation_budgets"."ideas_at" <= "participation_budgets"."review_at" and "participation_budgets"."review_at" <= "participation_budgets"."voting_at" and "participation_budgets"."voting_at" < "participation_budgets"."results_at")
);
--> statement-breakpoint
ALTER TABLE "participation_ballots" ADD COLUMN "points" integer[];--> statement-breakpoint
ALTER TABLE "participation_vote_options" ADD COLUMN "cost" bigint;--> statement-breakpoint
ALTER TABLE "participation_votes" ADD COLUMN "ballot_rule" jsonb;--> statement-breakpoint
ALTER TABLE "participation_budget_options" ADD CONSTRAINT "participation_budget_options_option_id_participation_vote_options_id_fk" FOREIGN KEY ("option_id") REFERENCES "public"."participation_vote_options"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_budget_options" ADD CONSTRAINT "participation_budget_options_vote_id_participation_votes_id_fk" FOREIGN KEY ("vote_id") REFERENCES "public"."participation_votes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_budget_options" ADD CONSTRAINT "participation_budget_options_budget_id_participation_budgets_id_fk" FOREIGN KEY ("budget_id") REFERENCES "public"."participation_budgets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_budget_options" ADD CONSTRAINT "participation_budget_options_project_id_participation_budget_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."participation_budget_projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_budget_projects" ADD CONSTRAINT "participation_budget_projects_budget_id_participation_budgets_id_fk" FOREIGN KEY ("budget_id") REFERENCES "public"."participation_budgets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_budget_projects" ADD CONSTRAINT "participation_budget_projects_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_budget_projects" ADD CONSTRAINT "participation_budget_projects_author_id_people_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_budget_results" ADD CONSTRAINT "participation_budget_results_budget_id_participation_budgets_id_fk" FOREIGN KEY ("budget_id") REFERENCES "public"."participation_budgets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_budget_results" ADD CONSTRAINT "participation_budget_results_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_budget_results" ADD CONSTRAINT "participation_budget_results_decided_by_people_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_budget_reviews" ADD CONSTRAINT "participation_budget_reviews_project_id_participation_budget_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."participation_budget_projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_budget_reviews" ADD CONSTRAINT "participation_budget_reviews_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_budget_reviews" ADD CONSTRAINT "participation_budget_reviews_reviewed_by_people_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_budgets" ADD CONSTRAINT "participation_budgets_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_budgets" ADD CONSTRAINT "participation_budgets_process_id_participation_processes_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."participation_processes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_budgets" ADD CONSTRAINT "participation_budgets_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "participation_budget_options_project_idx" ON "participation_budget_options" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "participation_budget_options_budget_idx" ON "participation_budget_options" USING btree ("budget_id","district");--> statement-breakpoint
CREATE INDEX "participation_budget_projects_budget_idx" ON "participation_budget_projects" USING btree ("budget_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "participation_budget_results_idx" ON "participation_budget_results" USING btree ("budget_id","district","kind","rule");--> statement-breakpoint
CREATE INDEX "participation_budget_reviews_project_idx" ON "participation_budget_reviews" USING btree ("project_id","id");--> statement-breakpoint
CREATE INDEX "participation_budgets_process_idx" ON "participation_budgets" USING btree ("process_id");--> statement-breakpoint
CREATE INDEX "participation_budgets_institution_idx" ON "participation_budgets" USING btree ("institution_id","id");