CREATE TABLE "transparency_reminders" (
	"request_id" integer NOT NULL,
	"institution_id" integer NOT NULL,
	"deadline" text NOT NULL,
	"milestone" text NOT NULL,
	"due_on" date NOT NULL,
	"recipients" integer NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	CONSTRAINT "transparency_reminders_request_id_deadline_milestone_pk" PRIMARY KEY("request_id","deadline","milestone")
);
--> statement-breakpoint
CREATE TABLE "transparency_requester_mails" (
	"event_id" integer PRIMARY KEY NOT NULL,
	"request_id" integer NOT NULL,
	"sent_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "transparency_ticker_state" (
	"name" text PRIMARY KEY NOT NULL,
	"ran_on" date NOT NULL,
	"fingerprint" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "transparency_reminders" ADD CONSTRAINT "transparency_reminders_request_id_transparency_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."transparency_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transparency_reminders" ADD CONSTRAINT "transparency_reminders_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transparency_requester_mails" ADD CONSTRAINT "transparency_requester_mails_event_id_transparency_request_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."transparency_request_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transparency_requester_mails" ADD CONSTRAINT "transparency_requester_mails_request_id_transparency_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."transparency_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "transparency_reminders_institution_idx" ON "transparency_reminders" USING btree ("institution_id","sent_at");