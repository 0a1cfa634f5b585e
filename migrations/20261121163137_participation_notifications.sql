CREATE TABLE "participation_notification_settings" (
	"person_id" integer PRIMARY KEY NOT NULL,
	"email" text DEFAULT 'immediate' NOT NULL,
	"last_digest_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participation_notifications" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "participation_notifications_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"person_id" integer NOT NULL,
	"event_id" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone,
	"mailed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "participation_notifier_state" (
	"name" text PRIMARY KEY NOT NULL,
	"last_xact_id" bigint NOT NULL,
	"last_event_id" bigint NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "participation_events" ADD COLUMN "actor_id" integer;--> statement-breakpoint
ALTER TABLE "participation_events" ADD COLUMN "recipient_id" integer;--> statement-breakpoint
ALTER TABLE "participation_events" ADD COLUMN "marker" text;--> statement-breakpoint
ALTER TABLE "participation_events" ADD COLUMN "xact_id" bigint DEFAULT (pg_current_xact_id()::text::bigint) NOT NULL;--> statement-breakpoint
ALTER TABLE "participation_notification_settings" ADD CONSTRAINT "participation_notification_settings_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_notifications" ADD CONSTRAINT "participation_notifications_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_notifications" ADD CONSTRAINT "participation_notifications_event_id_participation_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."participation_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "participation_notifications_person_event_idx" ON "participation_notifications" USING btree ("person_id","event_id");--> statement-breakpoint
CREATE INDEX "participation_notifications_person_idx" ON "participation_notifications" USING btree ("person_id","id");--> statement-breakpoint
CREATE INDEX "participation_notifications_unread_idx" ON "participation_notifications" USING btree ("person_id") WHERE read_at is null;--> statement-breakpoint
CREATE INDEX "participation_notifications_unmailed_idx" ON "participation_notifications" USING btree ("person_id") WHERE mailed_at is null;--> statement-breakpoint
ALTER TABLE "participation_events" ADD CONSTRAINT "participation_events_actor_id_people_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_events" ADD CONSTRAINT "participation_events_recipient_id_people_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "participation_events_cursor_idx" ON "participation_events" USING btree ("xact_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "participation_events_marker_idx" ON "participation_events" USING btree ("marker");