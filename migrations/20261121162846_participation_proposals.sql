CREATE TABLE "participation_consultation_answers" (
	"consultation_id" integer NOT NULL,
	"response_id" integer NOT NULL,
	"question_id" integer NOT NULL,
	"institution_id" integer NOT NULL,
	"text" text,
	"value" smallint,
	"option_ids" integer[],
	CONSTRAINT "participation_consultation_answers_consultation_id_response_id_question_id_pk" PRIMARY KEY("consultation_id","response_id","question_id")
);
--> statement-breakpoint
CREATE TABLE "participation_consultation_options" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "participation_consultation_options_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"question_id" integer NOT NULL,
	"consultation_id" integer NOT NULL,
	"institution_id" integer NOT NULL,
	"label" text NOT NULL,
	"position" smallint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participation_consultation_questions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "participation_consultation_questions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"consultation_id" integer NOT NULL,
	"institution_id" integer NOT NULL,
	"position" smallint NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"help" text DEFAULT '' NOT NULL,
	"required" boolean DEFAULT false NOT NULL,
	"min_choices" smallint,
	"max_choices" smallint,
	"rows" text[] DEFAULT '{}' NOT NULL,
	"condition_question_id" integer,
	"condition_option_id" integer
);
--> statement-breakpoint
CREATE TABLE "participation_consultation_responses" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "participation_consultation_responses_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"consultation_id" integer NOT NULL,
	"institution_id" integer NOT NULL,
	"person_id" integer,
	"respondent_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participation_consultations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "participation_consultations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"institution_id" integer NOT NULL,
	"process_id" integer NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"opens_at" timestamp with time zone NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"results_at" timestamp with time zone NOT NULL,
	"respondents" text DEFAULT 'signed_in' NOT NULL,
	"eligibility_list_id" integer,
	"created_by" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participation_proposal_history" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "participation_proposal_history_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"proposal_id" integer NOT NULL,
	"institution_id" integer NOT NULL,
	"from_state" text,
	"to_state" text NOT NULL,
	"official_name" text,
	"note" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participation_proposal_settings" (
	"process_id" integer PRIMARY KEY NOT NULL,
	"institution_id" integer NOT NULL,
	"support_threshold" integer NOT NULL,
	"create_level" text DEFAULT 'email' NOT NULL,
	"support_level" text DEFAULT 'identity' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participation_proposal_supports" (
	"proposal_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"institution_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "participation_proposal_supports_proposal_id_person_id_pk" PRIMARY KEY("proposal_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "participation_proposals" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "participation_proposals_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"institution_id" integer NOT NULL,
	"process_id" integer NOT NULL,
	"author_id" integer NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"category" text DEFAULT 'other' NOT NULL,
	"state" text NOT NULL,
	"supports_count" integer DEFAULT 0 NOT NULL,
	"threshold_reached_at" timestamp with time zone,
	"answer" text,
	"estimated_cost" bigint,
	"answered_by" integer,
	"answered_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participation_comment_moderations" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "participation_comment_moderations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"comment_id" integer NOT NULL,
	"institution_id" integer NOT NULL,
	"moderator_id" integer NOT NULL,
	"action" text NOT NULL,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participation_comment_reports" (
	"comment_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"reason" text NOT NULL,
	"text" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "participation_comment_reports_comment_id_person_id_pk" PRIMARY KEY("comment_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "participation_comment_votes" (
	"comment_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"value" smallint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "participation_comment_votes_comment_id_person_id_pk" PRIMARY KEY("comment_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "participation_comments" (
	"id" integer PRIMARY KEY GENERATED BY DEFAULT AS IDENTITY (sequence name "participation_comments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"institution_id" integer NOT NULL,
	"target_type" text NOT NULL,
	"target_id" integer NOT NULL,
	"parent_id" integer,
	"root_id" integer NOT NULL,
	"path" text NOT NULL,
	"depth" smallint NOT NULL,
	"author_id" integer NOT NULL,
	"body" text NOT NULL,
	"alignment" text DEFAULT 'neutral' NOT NULL,
	"status" text DEFAULT 'visible' NOT NULL,
	"upvotes" integer DEFAULT 0 NOT NULL,
	"downvotes" integer DEFAULT 0 NOT NULL,
	"score" integer GENERATED ALWAYS AS (upvotes - downvotes) STORED,
	"report_count" integer DEFAULT 0 NOT NULL,
	"needs_review" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"edited_at" timestamp with time zone,
	"hidden_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "participation_consultation_answers" ADD CONSTRAINT "participation_consultation_answers_consultation_id_participation_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."participation_consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_consultation_answers" ADD CONSTRAINT "participation_consultation_answers_response_id_participation_consultation_responses_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."participation_consultation_responses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_consultation_answers" ADD CONSTRAINT "participation_consultation_answers_question_id_participation_consultation_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."participation_consultation_questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_consultation_answers" ADD CONSTRAINT "participation_consultation_answers_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_consultation_options" ADD CONSTRAINT "participation_consultation_options_question_id_participation_consultation_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."participation_consultation_questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_consultation_options" ADD CONSTRAINT "participation_consultation_options_consultation_id_participation_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."participation_consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_consultation_options" ADD CONSTRAINT "participation_consultation_options_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_consultation_questions" ADD CONSTRAINT "participation_consultation_questions_consultation_id_participation_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."participation_consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_consultation_questions" ADD CONSTRAINT "participation_consultation_questions_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_consultation_responses" ADD CONSTRAINT "participation_consultation_responses_consultation_id_participation_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."participation_consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_consultation_responses" ADD CONSTRAINT "participation_consultation_responses_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_consultation_responses" ADD CONSTRAINT "participation_consultation_responses_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_consultations" ADD CONSTRAINT "participation_consultations_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_consultations" ADD CONSTRAINT "participation_consultations_process_id_participation_processes_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."participation_processes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_consultations" ADD CONSTRAINT "participation_consultations_eligibility_list_id_eligibility_lists_id_fk" FOREIGN KEY ("eligibility_list_id") REFERENCES "public"."eligibility_lists"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_consultations" ADD CONSTRAINT "participation_consultations_created_by_people_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_proposal_history" ADD CONSTRAINT "participation_proposal_history_proposal_id_participation_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."participation_proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_proposal_history" ADD CONSTRAINT "participation_proposal_history_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_proposal_settings" ADD CONSTRAINT "participation_proposal_settings_process_id_participation_processes_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."participation_processes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_proposal_settings" ADD CONSTRAINT "participation_proposal_settings_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_proposal_supports" ADD CONSTRAINT "participation_proposal_supports_proposal_id_participation_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."participation_proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_proposal_supports" ADD CONSTRAINT "participation_proposal_supports_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_proposal_supports" ADD CONSTRAINT "participation_proposal_supports_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_proposals" ADD CONSTRAINT "participation_proposals_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_proposals" ADD CONSTRAINT "participation_proposals_process_id_participation_processes_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."participation_processes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_proposals" ADD CONSTRAINT "participation_proposals_author_id_people_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_proposals" ADD CONSTRAINT "participation_proposals_answered_by_people_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_comment_moderations" ADD CONSTRAINT "participation_comment_moderations_comment_id_participation_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."participation_comments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_comment_moderations" ADD CONSTRAINT "participation_comment_moderations_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_comment_moderations" ADD CONSTRAINT "participation_comment_moderations_moderator_id_people_id_fk" FOREIGN KEY ("moderator_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_comment_reports" ADD CONSTRAINT "participation_comment_reports_comment_id_participation_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."participation_comments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_comment_reports" ADD CONSTRAINT "participation_comment_reports_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_comment_votes" ADD CONSTRAINT "participation_comment_votes_comment_id_participation_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."participation_comments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_comment_votes" ADD CONSTRAINT "participation_comment_votes_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_comments" ADD CONSTRAINT "participation_comments_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_comments" ADD CONSTRAINT "participation_comments_author_id_people_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "participation_consultation_options_idx" ON "participation_consultation_options" USING btree ("question_id","position");--> statement-breakpoint
CREATE INDEX "participation_consultation_questions_idx" ON "participation_consultation_questions" USING btree ("consultation_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "participation_consultation_responses_person_idx" ON "participation_consultation_responses" USING btree ("consultation_id","person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "participation_consultation_responses_key_idx" ON "participation_consultation_responses" USING btree ("consultation_id","respondent_key");--> statement-breakpoint
CREATE INDEX "participation_consultations_process_idx" ON "participation_consultations" USING btree ("process_id","opens_at");--> statement-breakpoint
CREATE INDEX "participation_consultations_institution_idx" ON "participation_consultations" USING btree ("institution_id","closes_at");--> statement-breakpoint
CREATE INDEX "participation_proposal_history_proposal_idx" ON "participation_proposal_history" USING btree ("proposal_id","id");--> statement-breakpoint
CREATE INDEX "participation_proposal_supports_person_idx" ON "participation_proposal_supports" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "participation_proposals_process_idx" ON "participation_proposals" USING btree ("process_id","id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "participation_proposals_supports_idx" ON "participation_proposals" USING btree ("process_id","supports_count" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "participation_proposals_state_idx" ON "participation_proposals" USING btree ("process_id","state","id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "participation_proposals_author_idx" ON "participation_proposals" USING btree ("author_id");--> statement-breakpoint
CREATE INDEX "participation_proposals_held_idx" ON "participation_proposals" USING btree ("institution_id") WHERE "participation_proposals"."state" = 'held';--> statement-breakpoint
CREATE INDEX "participation_comment_moderations_comment_idx" ON "participation_comment_moderations" USING btree ("comment_id","created_at");--> statement-breakpoint
CREATE INDEX "participation_comments_thread_idx" ON "participation_comments" USING btree ("root_id","path");--> statement-breakpoint
CREATE INDEX "participation_comments_roots_idx" ON "participation_comments" USING btree ("target_type","target_id","id") WHERE parent_id is null;--> statement-breakpoint
CREATE INDEX "participation_comments_roots_score_idx" ON "participation_comments" USING btree ("target_type","target_id","score","id") WHERE parent_id is null;--> statement-breakpoint
CREATE INDEX "participation_comments_target_idx" ON "participation_comments" USING btree ("target_type","target_id","alignment") WHERE status = 'visible';--> statement-breakpoint
CREATE INDEX "participation_comments_queue_idx" ON "participation_comments" USING btree ("institution_id","id") WHERE status <> 'visible' or needs_review;