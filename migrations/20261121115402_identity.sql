CREATE TABLE "claveunica_clients" (
	"institution_id" integer PRIMARY KEY NOT NULL,
	"issuer" text NOT NULL,
	"client_id" text NOT NULL,
	"client_secret_encrypted" text NOT NULL,
	"redirect_uri" text NOT NULL,
	"logout_uri" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "run" text;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "identity_verified_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "identity_method" text;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "identity_verified_by" integer;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "claveunica_institution_id" integer;--> statement-breakpoint
ALTER TABLE "claveunica_clients" ADD CONSTRAINT "claveunica_clients_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_claveunica_institution_id_institutions_id_fk" FOREIGN KEY ("claveunica_institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "people_run_idx" ON "people" USING btree ("run");