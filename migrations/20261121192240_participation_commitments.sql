CREATE TABLE "participation_action_plans" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "participation_action_plans_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"institution_id" integer NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"period" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participation_commitment_axes" (
	"commitment_id" integer NOT NULL,
	"axis_id" integer NOT NULL,
	CONSTRAINT "participation_commitment_axes_commitment_id_axis_id_pk" PRIMARY KEY("commitment_id","axis_id")
);
--> statement-breakpoint
CREATE TABLE "participation_commitment_versions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "participation_commitment_versions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"commitment_id" integer NOT NULL,
	"institution_id" integer NOT NULL,
	"version" integer NOT NULL,
	"snapshot" jsonb NOT NULL,
	"changed_by_name" text NOT NULL,
	"changed_by_role" text NOT NULL,
	"note" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participation_commitments" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "participation_commitments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"institution_id" integer NOT NULL,
	"process_id" integer,
	"parent_id" integer,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"origin_type" text NOT NULL,
	"origin_id" integer,
	"origin_ref" text,
	"action_plan_id" integer,
	"pillar_id" integer,
	"responsible_unit" text NOT NULL,
	"due_date" date NOT NULL,
	"weight" integer DEFAULT 1 NOT NULL,
	"progress" integer DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "participation_commitments_progress_range" CHECK ("participation_commitments"."progress" between 0 and 100),
	CONSTRAINT "participation_commitments_weight_min" CHECK ("participation_commitments"."weight" >= 1)
);
--> statement-breakpoint
CREATE TABLE "participation_commitment_evidence" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "participation_commitment_evidence_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"commitment_id" integer NOT NULL,
	"milestone_id" integer,
	"institution_id" integer NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"url" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participation_commitment_milestones" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "participation_commitment_milestones_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"commitment_id" integer NOT NULL,
	"institution_id" integer NOT NULL,
	"title" text NOT NULL,
	"due_date" date NOT NULL,
	"done_date" date
);
--> statement-breakpoint
CREATE TABLE "participation_plan_axes" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "participation_plan_axes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"plan_id" integer NOT NULL,
	"institution_id" integer NOT NULL,
	"name" text NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participation_plan_pillars" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "participation_plan_pillars_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"plan_id" integer NOT NULL,
	"institution_id" integer NOT NULL,
	"name" text NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "participation_action_plans" ADD CONSTRAINT "participation_action_plans_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_commitment_axes" ADD CONSTRAINT "participation_commitment_axes_commitment_id_participation_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."participation_commitments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_commitment_axes" ADD CONSTRAINT "participation_commitment_axes_axis_id_participation_plan_axes_id_fk" FOREIGN KEY ("axis_id") REFERENCES "public"."participation_plan_axes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_commitment_versions" ADD CONSTRAINT "participation_commitment_versions_commitment_id_participation_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."participation_commitments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_commitment_versions" ADD CONSTRAINT "participation_commitment_versions_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_commitments" ADD CONSTRAINT "participation_commitments_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_commitments" ADD CONSTRAINT "participation_commitments_process_id_participation_processes_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."participation_processes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_commitments" ADD CONSTRAINT "participation_commitments_parent_id_participation_commitments_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."participation_commitments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_commitments" ADD CONSTRAINT "participation_commitments_action_plan_id_participation_action_plans_id_fk" FOREIGN KEY ("action_plan_id") REFERENCES "public"."participation_action_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_commitments" ADD CONSTRAINT "participation_commitments_pillar_id_participation_plan_pillars_id_fk" FOREIGN KEY ("pillar_id") REFERENCES "public"."participation_plan_pillars"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_commitment_evidence" ADD CONSTRAINT "participation_commitment_evidence_commitment_id_participation_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."participation_commitments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_commitment_evidence" ADD CONSTRAINT "participation_commitment_evidence_milestone_id_participation_commitment_milestones_id_fk" FOREIGN KEY ("milestone_id") REFERENCES "public"."participation_commitment_milestones"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_commitment_evidence" ADD CONSTRAINT "participation_commitment_evidence_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_commitment_milestones" ADD CONSTRAINT "participation_commitment_milestones_commitment_id_participation_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."participation_commitments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_commitment_milestones" ADD CONSTRAINT "participation_commitment_milestones_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_plan_axes" ADD CONSTRAINT "participation_plan_axes_plan_id_participation_action_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."participation_action_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_plan_axes" ADD CONSTRAINT "participation_plan_axes_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_plan_pillars" ADD CONSTRAINT "participation_plan_pillars_plan_id_participation_action_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."participation_action_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_plan_pillars" ADD CONSTRAINT "participation_plan_pillars_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "participation_action_plans_institution_idx" ON "participation_action_plans" USING btree ("institution_id","id");--> statement-breakpoint
CREATE INDEX "participation_commitment_axes_axis_idx" ON "participation_commitment_axes" USING btree ("axis_id");--> statement-breakpoint
CREATE UNIQUE INDEX "participation_commitment_versions_idx" ON "participation_commitment_versions" USING btree ("commitment_id","version");--> statement-breakpoint
CREATE INDEX "participation_commitments_institution_idx" ON "participation_commitments" USING btree ("institution_id","id");--> statement-breakpoint
CREATE INDEX "participation_commitments_parent_idx" ON "participation_commitments" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "participation_commitments_plan_idx" ON "participation_commitments" USING btree ("action_plan_id");--> statement-breakpoint
CREATE INDEX "participation_commitment_evidence_commitment_idx" ON "participation_commitment_evidence" USING btree ("commitment_id","id");--> statement-breakpoint
CREATE INDEX "participation_commitment_milestones_commitment_idx" ON "participation_commitment_milestones" USING btree ("commitment_id","due_date");--> statement-breakpoint
CREATE UNIQUE INDEX "participation_plan_axes_name_idx" ON "participation_plan_axes" USING btree ("plan_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "participation_plan_pillars_name_idx" ON "participation_plan_pillars" USING btree ("plan_id","name");