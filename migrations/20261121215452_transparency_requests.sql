CREATE TABLE "transparency_request_events" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "transparency_request_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"request_id" integer NOT NULL,
	"institution_id" integer NOT NULL,
	"kind" text NOT NULL,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"author" text NOT NULL,
	"person_id" integer,
	"at" timestamp with time zone NOT NULL,
	"public" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "transparency_requests" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "transparency_requests_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"institution_id" integer NOT NULL,
	"folio" text NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"format" text DEFAULT 'digital' NOT NULL,
	"delivery" text DEFAULT 'email' NOT NULL,
	"requester_name" text NOT NULL,
	"requester_email" text NOT NULL,
	"requester_address" text,
	"requester_person_id" integer,
	"show_name" boolean DEFAULT false NOT NULL,
	"access_token_hash" text NOT NULL,
	"filed_at" timestamp with time zone NOT NULL,
	"transferred_from_id" integer,
	"state" text NOT NULL,
	"received_on" date,
	"due_on" date,
	"extended_due_on" date,
	"correction_due_on" date,
	"appeal_until" date,
	"clock" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"answer_kind" text,
	"answered_at" timestamp with time zone,
	"satisfied" boolean,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "transparency_request_events" ADD CONSTRAINT "transparency_request_events_request_id_transparency_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."transparency_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transparency_request_events" ADD CONSTRAINT "transparency_request_events_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transparency_request_events" ADD CONSTRAINT "transparency_request_events_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transparency_requests" ADD CONSTRAINT "transparency_requests_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transparency_requests" ADD CONSTRAINT "transparency_requests_requester_person_id_people_id_fk" FOREIGN KEY ("requester_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transparency_requests" ADD CONSTRAINT "transparency_requests_transferred_from_id_transparency_requests_id_fk" FOREIGN KEY ("transferred_from_id") REFERENCES "public"."transparency_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "transparency_request_events_request_idx" ON "transparency_request_events" USING btree ("request_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "transparency_requests_folio_idx" ON "transparency_requests" USING btree ("institution_id","folio");--> statement-breakpoint
CREATE INDEX "transparency_requests_institution_idx" ON "transparency_requests" USING btree ("institution_id","id");--> statement-breakpoint
CREATE INDEX "transparency_requests_open_due_idx" ON "transparency_requests" USING btree ("institution_id","state","due_on");--> statement-breakpoint
CREATE UNIQUE INDEX "transparency_requests_token_idx" ON "transparency_requests" USING btree ("access_token_hash");